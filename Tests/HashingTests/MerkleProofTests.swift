import Testing
@testable import Hashing

/// The corruption probes of transparency-dev/merkle's verify_test.go (EVM.md §8), applied to the published
/// proofs and to every proof of trees up to 17 leaves: each variant must be rejected.
@Suite("RFC 6962 proof verification")
struct MerkleProofTests {
  /// One inclusion claim.
  struct Inclusion {
    var leafHash: SHA256Digest
    var index: Int
    var size: Int
    var proof: [SHA256Digest]
    var root: SHA256Digest

    var verifies: Bool {
      MerkleProof.verifyInclusion(leafHash: leafHash, index: index, treeSize: size, proof: proof, root: root)
    }
  }

  /// One consistency claim.
  struct Consistency {
    var oldSize: Int
    var newSize: Int
    var oldRoot: SHA256Digest
    var newRoot: SHA256Digest
    var proof: [SHA256Digest]

    var verifies: Bool {
      MerkleProof.verifyConsistency(
        oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof)
    }
  }

  static let garbage = SHA256.hash("garbage".utf8)
  static let randomRoot = SHA256.hash("random root".utf8)
  static let emptyRoot = SHA256.hash([UInt8]())

  /// Every corrupted variant of a valid inclusion claim, with a label.
  ///
  /// Size ± 1 is not a probe: leaf 0 of a tree of 3 and of 4 leaves has a path of the same shape, so the
  /// algorithm cannot tell those sizes apart (the reference suite uses × 2 and ÷ 2 for that reason).
  static func corruptions(of claim: Inclusion) -> [(String, Inclusion)] {
    var variants: [(String, Inclusion)] = []
    func add(_ label: String, _ change: (inout Inclusion) -> Void) {
      var copy = claim
      change(&copy)
      variants.append((label, copy))
    }
    add("index + 1") { $0.index += 1 }
    add("index - 1") { $0.index -= 1 }
    if claim.index ^ 2 < claim.size { add("index ^ 2") { $0.index ^= 2 } }
    add("size * 2") { $0.size *= 2 }
    add("size / 2") { $0.size /= 2 }
    add("wrong leaf") { $0.leafHash = garbage }
    add("empty root") { $0.root = emptyRoot }
    add("random root") { $0.root = randomRoot }
    add("trailing garbage") { $0.proof.append(garbage) }
    add("leading garbage") { $0.proof.insert(garbage, at: 0) }
    add("root appended") { $0.proof.append(claim.root) }
    add("root prepended") { $0.proof.insert(claim.root, at: 0) }
    for element in claim.proof.indices {
      for byte in 0..<SHA256Digest.byteCount {
        add("byte \(byte) of element \(element) flipped") { $0.proof[element] = flip($0.proof[element], byte: byte) }
      }
      add("element \(element) removed") { $0.proof.remove(at: element) }
      add("element inserted at \(element)") { $0.proof.insert(garbage, at: element) }
    }
    for byte in 0..<SHA256Digest.byteCount {
      add("leaf byte \(byte) flipped") { $0.leafHash = flip($0.leafHash, byte: byte) }
    }
    return variants
  }

  /// Every corrupted variant of a valid consistency claim (oldSize > 0, oldSize < newSize), with a label.
  static func corruptions(of claim: Consistency) -> [(String, Consistency)] {
    var variants: [(String, Consistency)] = []
    func add(_ label: String, _ change: (inout Consistency) -> Void) {
      var copy = claim
      change(&copy)
      variants.append((label, copy))
    }
    add("roots swapped") { ($0.oldRoot, $0.newRoot) = ($0.newRoot, $0.oldRoot) }
    add("time travel") { ($0.oldSize, $0.newSize) = ($0.newSize, $0.oldSize) }
    add("empty proof") { $0.proof = [] }
    add("truncated proof") { $0.proof.removeLast() }
    add("old size * 2") { $0.oldSize *= 2 }
    add("old size / 2") { $0.oldSize /= 2 }
    add("new size * 2") { $0.newSize *= 2 }
    add("new size / 2") { $0.newSize /= 2 }
    add("wrong old root") { $0.oldRoot = randomRoot }
    add("wrong new root") { $0.newRoot = randomRoot }
    add("empty new root") { $0.newRoot = emptyRoot }
    add("trailing garbage") { $0.proof.append(garbage) }
    add("leading garbage") { $0.proof.insert(garbage, at: 0) }
    add("new root appended") { $0.proof.append(claim.newRoot) }
    add("old root prepended") { $0.proof.insert(claim.oldRoot, at: 0) }
    for element in claim.proof.indices {
      for byte in 0..<SHA256Digest.byteCount {
        add("byte \(byte) of element \(element) flipped") { $0.proof[element] = flip($0.proof[element], byte: byte) }
      }
      add("element \(element) removed") { $0.proof.remove(at: element) }
      add("element inserted at \(element)") { $0.proof.insert(garbage, at: element) }
    }
    return variants
  }

  static func flip(_ digest: SHA256Digest, byte: Int) -> SHA256Digest {
    var bytes = digest.bytes
    bytes[byte] ^= 0x01
    return SHA256Digest(uncheckedBytes: bytes)
  }

  @Test("The published inclusion proofs verify and every corruption of them is rejected")
  func publishedInclusion() {
    let tree = MerkleVectors.tree
    for vector in MerkleVectors.inclusion {
      let claim = Inclusion(
        leafHash: tree.leafHashes[vector.index], index: vector.index, size: vector.size,
        proof: MerkleVectors.digests(vector.path), root: tree.root(size: vector.size))
      #expect(claim.verifies, "index \(vector.index) size \(vector.size)")
      for (label, variant) in Self.corruptions(of: claim) {
        #expect(!variant.verifies, "index \(vector.index) size \(vector.size): \(label) accepted")
      }
    }
  }

  @Test("The published consistency proofs verify and every corruption of them is rejected")
  func publishedConsistency() {
    let tree = MerkleVectors.tree
    for vector in MerkleVectors.consistency {
      let claim = Consistency(
        oldSize: vector.old, newSize: vector.new, oldRoot: tree.root(size: vector.old),
        newRoot: tree.root(size: vector.new), proof: MerkleVectors.digests(vector.proof))
      #expect(claim.verifies, "\(vector.old) -> \(vector.new)")
      for (label, variant) in Self.corruptions(of: claim) {
        #expect(!variant.verifies, "\(vector.old) -> \(vector.new): \(label) accepted")
      }
    }
  }

  @Test("Every corruption of every proof in trees up to 17 leaves is rejected")
  func exhaustiveSmallTrees() {
    let tree = MerkleVectors.bigTree(17)
    for size in 1...17 {
      let root = tree.root(size: size)
      for index in 0..<size {
        let claim = Inclusion(
          leafHash: tree.leafHashes[index], index: index, size: size,
          proof: tree.inclusionProof(index: index, size: size), root: root)
        for (label, variant) in Self.corruptions(of: claim) where !sameClaim(variant, claim, tree) {
          #expect(!variant.verifies, "leaf \(index) of \(size): \(label) accepted")
        }
      }
      for oldSize in 1..<size {
        let claim = Consistency(
          oldSize: oldSize, newSize: size, oldRoot: tree.root(size: oldSize), newRoot: root,
          proof: tree.consistencyProof(oldSize: oldSize, newSize: size))
        for (label, variant) in Self.corruptions(of: claim) where !sameClaim(variant, tree) {
          #expect(!variant.verifies, "\(oldSize) -> \(size): \(label) accepted")
        }
      }
    }
  }

  @Test("Malformed arguments are rejected rather than trapping")
  func malformedArguments() {
    let leaf = SHA256.hash("x".utf8)
    #expect(!MerkleProof.verifyInclusion(leafHash: leaf, index: 0, treeSize: 0, proof: [], root: leaf))
    #expect(!MerkleProof.verifyInclusion(leafHash: leaf, index: -1, treeSize: 4, proof: [], root: leaf))
    #expect(MerkleProof.verifyInclusion(leafHash: leaf, index: 0, treeSize: 1, proof: [], root: leaf))
    #expect(!MerkleProof.verifyConsistency(oldSize: -1, newSize: 2, oldRoot: leaf, newRoot: leaf, proof: []))
    // The empty tree is a prefix of every tree, but only under its own root (SHA-256 of the empty string).
    #expect(MerkleProof.verifyConsistency(oldSize: 0, newSize: 2, oldRoot: Self.emptyRoot, newRoot: leaf, proof: []))
    #expect(!MerkleProof.verifyConsistency(oldSize: 0, newSize: 2, oldRoot: leaf, newRoot: leaf, proof: []))
    #expect(!MerkleProof.verifyConsistency(oldSize: 0, newSize: 2, oldRoot: Self.emptyRoot, newRoot: leaf, proof: [leaf]))
    #expect(MerkleProof.verifyConsistency(oldSize: 3, newSize: 3, oldRoot: leaf, newRoot: leaf, proof: []))
    #expect(!MerkleProof.verifyConsistency(oldSize: 3, newSize: 3, oldRoot: leaf, newRoot: leaf, proof: [leaf]))
    let other = SHA256.hash("y".utf8)
    #expect(!MerkleProof.verifyConsistency(oldSize: 3, newSize: 3, oldRoot: leaf, newRoot: other, proof: []))
  }

  /// A size or index change can land on another *true* statement about the same tree (for example
  /// index ^ 2 on a leaf whose proof happens to be shared); such a variant is not a corruption.
  private func sameClaim(_ variant: Inclusion, _ original: Inclusion, _ tree: MerkleTree) -> Bool {
    guard variant.index >= 0, variant.size >= 1, variant.size <= tree.size, variant.index < variant.size else {
      return false
    }
    return variant.leafHash == tree.leafHashes[variant.index] && variant.root == tree.root(size: variant.size)
      && variant.proof == tree.inclusionProof(index: variant.index, size: variant.size)
  }

  private func sameClaim(_ variant: Consistency, _ tree: MerkleTree) -> Bool {
    guard variant.oldSize >= 0, variant.oldSize <= variant.newSize, variant.newSize <= tree.size else {
      return false
    }
    return variant.oldRoot == tree.root(size: variant.oldSize) && variant.newRoot == tree.root(size: variant.newSize)
      && variant.proof == tree.consistencyProof(oldSize: variant.oldSize, newSize: variant.newSize)
  }
}
