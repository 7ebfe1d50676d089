import Testing
@testable import Hashing

@Suite("RFC 6962 Merkle tree")
struct MerkleTreeTests {
  @Test("Hashes a leaf and a node like the reference hasher")
  func hasherVectors() {
    #expect(
      MerkleTree.leafHash("L123456".utf8).hex == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56")
    #expect(
      MerkleTree.nodeHash(bytes: "N123".utf8, "N456".utf8).hex
        == "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb")
    let left = SHA256.hash("l".utf8), right = SHA256.hash("r".utf8)
    #expect(MerkleTree.nodeHash(left, right) == MerkleTree.nodeHash(bytes: left.bytes, right.bytes))
    #expect(MerkleTree.nodeHash(left, right) != MerkleTree.nodeHash(right, left))
  }

  @Test("Computes the published root of every prefix of the eight reference leaves", arguments: 0...8)
  func roots(size: Int) {
    #expect(MerkleVectors.tree.root(size: size).hex == MerkleVectors.roots[size])
    #expect(MerkleTree(leaves: MerkleVectors.leaves.prefix(size)).root.hex == MerkleVectors.roots[size])
  }

  @Test("Agrees with the recursive definition for every size up to 70")
  func agreesWithRecursiveDefinition() {
    let tree = MerkleVectors.bigTree(70)
    for size in 0...70 {
      #expect(tree.root(size: size) == MerkleVectors.referenceRoot(tree.leafHashes[..<size]), "size \(size)")
    }
  }

  @Test("Produces the published inclusion proofs")
  func inclusionProofs() {
    for vector in MerkleVectors.inclusion {
      let proof = MerkleVectors.tree.inclusionProof(index: vector.index, size: vector.size)
      #expect(proof.map(\.hex) == vector.path, "index \(vector.index) size \(vector.size)")
    }
  }

  @Test("Produces the published consistency proofs")
  func consistencyProofs() {
    for vector in MerkleVectors.consistency {
      let proof = MerkleVectors.tree.consistencyProof(oldSize: vector.old, newSize: vector.new)
      #expect(proof.map(\.hex) == vector.proof, "\(vector.old) -> \(vector.new)")
    }
  }

  @Test("Every inclusion and consistency proof of trees up to 33 leaves verifies")
  func allProofsVerify() {
    let tree = MerkleVectors.bigTree(33)
    for size in 1...33 {
      let root = tree.root(size: size)
      for index in 0..<size {
        let proof = tree.inclusionProof(index: index, size: size)
        #expect(
          MerkleProof.verifyInclusion(
            leafHash: tree.leafHashes[index], index: index, treeSize: size, proof: proof, root: root),
          "leaf \(index) of \(size)")
      }
      for oldSize in 0...size {
        let proof = tree.consistencyProof(oldSize: oldSize, newSize: size)
        #expect(
          MerkleProof.verifyConsistency(
            oldSize: oldSize, newSize: size, oldRoot: tree.root(size: oldSize), newRoot: root, proof: proof),
          "\(oldSize) -> \(size)")
      }
    }
  }

  @Test("Proofs from 0 or to the same size are empty")
  func trivialProofs() {
    let tree = MerkleVectors.tree
    #expect(tree.consistencyProof(oldSize: 0, newSize: 8).isEmpty)
    #expect(tree.consistencyProof(oldSize: 5, newSize: 5).isEmpty)
    #expect(tree.inclusionProof(index: 0, size: 1).isEmpty)
  }
}
