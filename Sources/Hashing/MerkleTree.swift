/// The RFC 6962 Merkle tree hash (MTH) and its audit paths and consistency proofs.
///
/// - Leaf hash: SHA-256(0x00 || data); node hash: SHA-256(0x01 || left || right) (RFC 6962 §2.1).
/// - The root of the empty tree is SHA-256 of the empty string; for n > 1 leaves the tree splits at k,
///   the largest power of two strictly below n.
/// - Leaf indexes are 0-based; sizes count leaves.
///
/// The tree keeps only the leaf hashes. Roots and proofs are computed on demand in O(n) hash operations
/// (proofs are O(log n) hashes long); that is fast enough for ledgers of millions of lines.
public struct MerkleTree: Sendable, Equatable {
  /// The leaf hashes, in order (leaf hash, not raw data).
  public private(set) var leafHashes: [SHA256Digest]

  /// A tree over the given leaf hashes.
  public init(leafHashes: [SHA256Digest] = []) {
    self.leafHashes = leafHashes
  }

  /// A tree whose leaves are the given data items (each hashed as a leaf).
  public init<Leaf: Sequence<UInt8>>(leaves: some Sequence<Leaf>) {
    self.leafHashes = leaves.map { MerkleTree.leafHash($0) }
  }

  /// The number of leaves.
  public var size: Int { leafHashes.count }

  /// Appends one leaf (raw data, hashed here).
  public mutating func append(leaf data: some Sequence<UInt8>) {
    leafHashes.append(MerkleTree.leafHash(data))
  }

  /// Appends one precomputed leaf hash.
  public mutating func append(leafHash: SHA256Digest) {
    leafHashes.append(leafHash)
  }

  /// The leaf hash SHA-256(0x00 || data).
  public static func leafHash(_ data: some Sequence<UInt8>) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(CollectionOfOne(UInt8(0x00)))
    hasher.update(data)
    return hasher.finalize()
  }

  /// The interior node hash SHA-256(0x01 || left || right).
  public static func nodeHash(_ left: SHA256Digest, _ right: SHA256Digest) -> SHA256Digest {
    nodeHash(bytes: left.bytes, right.bytes)
  }

  /// SHA-256(0x01 || left || right) over arbitrary child bytes (RFC 6962 children are always 32-byte hashes;
  /// this form exists for the reference hasher vectors, whose children are short strings).
  public static func nodeHash(bytes left: some Sequence<UInt8>, _ right: some Sequence<UInt8>) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(CollectionOfOne(UInt8(0x01)))
    hasher.update(left)
    hasher.update(right)
    return hasher.finalize()
  }

  /// The root (MTH) of the whole tree.
  public var root: SHA256Digest { root(size: size) }

  /// The root of the tree made of the first `size` leaves.
  ///
  /// - Precondition: 0 <= size <= ``size``.
  public func root(size: Int) -> SHA256Digest {
    precondition(size >= 0 && size <= leafHashes.count, "tree size \(size) outside 0...\(leafHashes.count)")
    if size == 0 { return SHA256.hash([UInt8]()) }
    return subtreeRoot(0..<size)
  }

  /// The inclusion proof (audit path, RFC 6962 §2.1.1 PATH) of leaf `index` in the tree of the first `size`
  /// leaves, from the leaf's sibling up to the root's child.
  ///
  /// - Precondition: 0 <= index < size <= ``size``.
  public func inclusionProof(index: Int, size: Int) -> [SHA256Digest] {
    precondition(size <= leafHashes.count && index >= 0 && index < size, "leaf \(index) not in tree of size \(size)")
    var proof: [SHA256Digest] = []
    path(index, 0..<size, into: &proof)
    return proof
  }

  /// The consistency proof (RFC 6962 §2.1.2 PROOF) that the tree of the first `oldSize` leaves is a prefix of
  /// the tree of the first `newSize` leaves. Empty when oldSize is 0 or equals newSize.
  ///
  /// - Precondition: 0 <= oldSize <= newSize <= ``size``.
  public func consistencyProof(oldSize: Int, newSize: Int) -> [SHA256Digest] {
    precondition(
      oldSize >= 0 && oldSize <= newSize && newSize <= leafHashes.count,
      "consistency from \(oldSize) to \(newSize) in a tree of \(leafHashes.count)")
    var proof: [SHA256Digest] = []
    if oldSize > 0 && oldSize < newSize {
      subproof(oldSize, 0..<newSize, complete: true, into: &proof)
    }
    return proof
  }

  /// The largest power of two strictly smaller than `n` (n >= 2).
  static func splitPoint(_ n: Int) -> Int {
    precondition(n >= 2, "split of \(n) leaves")
    var k = 1
    while k << 1 < n { k <<= 1 }
    return k
  }

  /// MTH of a non-empty range of leaves, computed bottom-up without recursion.
  private func subtreeRoot(_ range: Range<Int>) -> SHA256Digest {
    // Repeatedly pair neighbours; an odd node at the end is carried up unchanged. For RFC 6962's
    // left-balanced split this yields exactly MTH, because carrying the last node up is the same as the
    // split at the largest power of two.
    var level = Array(leafHashes[range])
    while level.count > 1 {
      var next: [SHA256Digest] = []
      next.reserveCapacity((level.count + 1) / 2)
      var index = 0
      while index + 1 < level.count {
        next.append(MerkleTree.nodeHash(level[index], level[index + 1]))
        index += 2
      }
      if index < level.count { next.append(level[index]) }
      level = next
    }
    return level[0]
  }

  private func path(_ m: Int, _ range: Range<Int>, into proof: inout [SHA256Digest]) {
    let n = range.count
    guard n > 1 else { return }
    let k = MerkleTree.splitPoint(n)
    let middle = range.lowerBound + k
    if m < k {
      path(m, range.lowerBound..<middle, into: &proof)
      proof.append(subtreeRoot(middle..<range.upperBound))
    } else {
      path(m - k, middle..<range.upperBound, into: &proof)
      proof.append(subtreeRoot(range.lowerBound..<middle))
    }
  }

  private func subproof(_ m: Int, _ range: Range<Int>, complete: Bool, into proof: inout [SHA256Digest]) {
    let n = range.count
    if m == n {
      if !complete { proof.append(subtreeRoot(range)) }
      return
    }
    let k = MerkleTree.splitPoint(n)
    let middle = range.lowerBound + k
    if m <= k {
      subproof(m, range.lowerBound..<middle, complete: complete, into: &proof)
      proof.append(subtreeRoot(middle..<range.upperBound))
    } else {
      subproof(m - k, middle..<range.upperBound, complete: false, into: &proof)
      proof.append(subtreeRoot(range.lowerBound..<middle))
    }
  }
}
