/// Verification of RFC 6962 inclusion and consistency proofs, following RFC 9162 §2.1.3.2 and §2.1.4.2
/// (the same algorithms RFC 6962 §2.1.1-2.1.2 proofs are checked with).
///
/// Both functions only return `true` or `false`: a malformed proof (wrong length, index out of range,
/// sizes in the wrong order) is simply not a valid proof.
public enum MerkleProof {
  /// Whether `proof` shows that the leaf with hash `leafHash` is leaf number `index` (0-based) of the tree of
  /// `treeSize` leaves whose root is `root`.
  public static func verifyInclusion(
    leafHash: SHA256Digest, index: Int, treeSize: Int, proof: [SHA256Digest], root: SHA256Digest
  ) -> Bool {
    guard index >= 0, treeSize > 0, index < treeSize else { return false }
    var fn = index
    var sn = treeSize - 1
    var result = leafHash
    for sibling in proof {
      guard sn != 0 else { return false }
      if fn & 1 == 1 || fn == sn {
        result = MerkleTree.nodeHash(sibling, result)
        if fn & 1 == 0 {
          while fn & 1 == 0 && fn != 0 {
            fn >>= 1
            sn >>= 1
          }
        }
      } else {
        result = MerkleTree.nodeHash(result, sibling)
      }
      fn >>= 1
      sn >>= 1
    }
    return sn == 0 && result == root
  }

  /// Whether `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of
  /// `newSize` leaves with root `newRoot`.
  ///
  /// Equal sizes need an empty proof and equal roots; an old size of 0 needs an empty proof and the empty
  /// tree's root, SHA-256 of the empty string (every tree extends the empty one, but a claimed checkpoint
  /// `0:ROOT` with any other root is false); otherwise the proof must be non-empty.
  public static func verifyConsistency(
    oldSize: Int, newSize: Int, oldRoot: SHA256Digest, newRoot: SHA256Digest, proof: [SHA256Digest]
  ) -> Bool {
    guard oldSize >= 0, oldSize <= newSize else { return false }
    if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
    if oldSize == 0 { return proof.isEmpty && oldRoot == SHA256.hash([UInt8]()) }
    guard !proof.isEmpty else { return false }
    var path = proof[...]
    var nodes: [SHA256Digest] = []
    if oldSize & (oldSize - 1) == 0 { nodes.append(oldRoot) }
    nodes.append(contentsOf: path)
    path = nodes[...]
    var fn = oldSize - 1
    var sn = newSize - 1
    while fn & 1 == 1 {
      fn >>= 1
      sn >>= 1
    }
    guard let first = path.popFirst() else { return false }
    var oldResult = first
    var newResult = first
    for node in path {
      guard sn != 0 else { return false }
      if fn & 1 == 1 || fn == sn {
        oldResult = MerkleTree.nodeHash(node, oldResult)
        newResult = MerkleTree.nodeHash(node, newResult)
        if fn & 1 == 0 {
          while fn & 1 == 0 && fn != 0 {
            fn >>= 1
            sn >>= 1
          }
        }
      } else {
        newResult = MerkleTree.nodeHash(newResult, node)
      }
      fn >>= 1
      sn >>= 1
    }
    return sn == 0 && oldResult == oldRoot && newResult == newRoot
  }
}
