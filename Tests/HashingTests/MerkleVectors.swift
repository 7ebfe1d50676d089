@testable import Hashing

/// The RFC 6962 reference data of EVM.md §8 (transparency-dev/merkle test vectors, verified there).
enum MerkleVectors {
  /// Leaves D[0...7].
  static let leaves: [[UInt8]] = [
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
  ].map { Hex.decode($0) ?? [] }

  /// MTH of the first n leaves, n = 0...8.
  static let roots: [String] = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
  ]

  /// Inclusion proofs: (0-based index, tree size, audit path).
  static let inclusion: [(index: Int, size: Int, path: [String])] = [
    (
      0, 8,
      [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
      ]
    ),
    (
      5, 8,
      [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ]
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
      1, 5,
      [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      ]
    ),
  ]

  /// Consistency proofs: (old size, new size, PROOF(old, D[new])).
  static let consistency: [(old: Int, new: Int, proof: [String])] = [
    (
      1, 8,
      [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
      ]
    ),
    (
      6, 8,
      [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ]
    ),
    (
      2, 5,
      [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      ]
    ),
    (
      6, 7,
      [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ]
    ),
    (
      3, 7,
      [
        "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
        "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e",
      ]
    ),
  ]

  /// Decodes a list of hex digests (test data is well-formed; a bad entry becomes an all-zero digest and fails).
  static func digests(_ hexes: [String]) -> [SHA256Digest] {
    hexes.map { SHA256Digest(hex: $0) ?? zero }
  }

  static let zero = SHA256Digest(uncheckedBytes: [UInt8](repeating: 0, count: 32))

  /// The tree over all eight leaves.
  static var tree: MerkleTree { MerkleTree(leaves: leaves) }

  /// A tree of `count` synthetic leaves (the eight vector leaves, then "leaf-8", "leaf-9", ...).
  static func bigTree(_ count: Int) -> MerkleTree {
    var tree = MerkleTree()
    for index in 0..<count {
      tree.append(leaf: index < leaves.count ? leaves[index] : Array("leaf-\(index)".utf8))
    }
    return tree
  }

  /// MTH by RFC 6962's recursive definition, independent of the library's bottom-up loop.
  static func referenceRoot(_ hashes: ArraySlice<SHA256Digest>) -> SHA256Digest {
    if hashes.isEmpty { return SHA256.hash([UInt8]()) }
    if hashes.count == 1 { return hashes[hashes.startIndex] }
    var k = 1
    while k * 2 < hashes.count { k *= 2 }
    let middle = hashes.startIndex + k
    return MerkleTree.nodeHash(referenceRoot(hashes[..<middle]), referenceRoot(hashes[middle...]))
  }
}
