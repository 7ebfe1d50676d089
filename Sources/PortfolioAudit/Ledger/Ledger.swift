import PortfolioDomain

import Hashing

/// A verified ledger in memory: its entries, their line bytes and the Merkle tree over the lines.
///
/// A `Ledger` only ever holds entries that chain correctly (each `prev` is the hash of the line before, seq
/// counts from 0, seq 0 is the genesis). Build one with ``create(ledgerID:time:author:key:)`` or read one with
/// ``LedgerVerifier``; extend it with ``append(_:time:author:key:)``. The file store (``LedgerStore``) writes
/// the same lines to disk.
public struct Ledger: Sendable {
  /// The entries, by seq.
  public private(set) var entries: [LedgerEntry] = []
  /// Each entry's line bytes (without newline), by seq.
  public private(set) var lines: [[UInt8]] = []
  /// The RFC 6962 tree over the lines.
  public private(set) var tree = MerkleTree()

  /// An empty ledger (no genesis yet); only ``LedgerVerifier`` and ``create(ledgerID:time:author:key:)`` use it.
  init() {}

  /// A new ledger holding only its genesis entry.
  public static func create(ledgerID: String, time: LedgerTime, author: String, key: [UInt8]?) -> Ledger {
    var ledger = Ledger()
    ledger.append(.genesis(GenesisEvent(ledgerID: ledgerID, created: time)), time: time, author: author, key: key)
    return ledger
  }

  /// The number of entries.
  public var count: Int { entries.count }

  /// Whether the ledger is authenticated: its genesis entry carries a MAC, so every entry must (the store refuses
  /// writes without the key). Without a key its MACs are not checked, and only the hash chain is.
  public var isAuthenticated: Bool { entries.first?.mac != nil }

  /// The hash the next entry's `prev` must carry.
  public var headHash: SHA256Digest { lines.last.map { SHA256.hash($0) } ?? LedgerEntry.zeroHash }

  /// The ledger's identity from its genesis entry.
  public var ledgerID: String? {
    if case .genesis(let genesis) = entries.first?.event { return genesis.ledgerID }
    return nil
  }

  /// The entry that would be appended next, sealed with `key`, and its line bytes.
  public func nextEntry(_ event: LedgerEvent, time: LedgerTime, author: String, key: [UInt8]?) -> LedgerEntry {
    LedgerEntry(seq: count, time: time, author: author, event: event, prev: headHash).sealed(key: key)
  }

  /// Appends an event as the next entry and returns it.
  @discardableResult
  public mutating func append(_ event: LedgerEvent, time: LedgerTime, author: String, key: [UInt8]?) -> LedgerEntry {
    let entry = nextEntry(event, time: time, author: author, key: key)
    appendVerified(entry, line: entry.lineBytes)
    return entry
  }

  /// Adds an entry whose chain the caller has checked.
  mutating func appendVerified(_ entry: LedgerEntry, line: [UInt8]) {
    entries.append(entry)
    lines.append(line)
    tree.append(leaf: line)
  }

  /// The checkpoint of the whole ledger.
  public var checkpoint: LedgerCheckpoint { LedgerCheckpoint(size: count, root: tree.root) }

  /// The checkpoint of the first `size` entries.
  ///
  /// - Precondition: 0 <= size <= count.
  public func checkpoint(size: Int) -> LedgerCheckpoint { LedgerCheckpoint(size: size, root: tree.root(size: size)) }

  /// Checks that this ledger extends `earlier` (an auditor's kept checkpoint) with an RFC 6962 consistency proof.
  ///
  /// - Returns: the proof and whether it verifies; a checkpoint larger than the ledger never verifies.
  public func consistency(from earlier: LedgerCheckpoint) -> ProofCheck {
    guard earlier.size >= 0, earlier.size <= count else {
      return ProofCheck(proof: [], verified: false, reason: "checkpoint size \(earlier.size) exceeds the ledger's \(count) entries")
    }
    let proof = tree.consistencyProof(oldSize: earlier.size, newSize: count)
    let verified = MerkleProof.verifyConsistency(
      oldSize: earlier.size, newSize: count, oldRoot: earlier.root, newRoot: tree.root, proof: proof)
    return ProofCheck(
      proof: proof, verified: verified,
      reason: verified ? nil : "the first \(earlier.size) entries do not match the checkpoint: history was rewritten")
  }

  /// Proves that entry `seq` is in the tree of checkpoint `at` (inclusion proof against its root).
  public func inclusion(seq: Int, at checkpoint: LedgerCheckpoint) -> ProofCheck {
    guard seq >= 0, seq < checkpoint.size else {
      return ProofCheck(proof: [], verified: false, reason: "entry \(seq) is not below checkpoint size \(checkpoint.size)")
    }
    guard checkpoint.size <= count else {
      return ProofCheck(proof: [], verified: false, reason: "checkpoint size \(checkpoint.size) exceeds the ledger's \(count) entries")
    }
    let proof = tree.inclusionProof(index: seq, size: checkpoint.size)
    let verified = MerkleProof.verifyInclusion(
      leafHash: tree.leafHashes[seq], index: seq, treeSize: checkpoint.size, proof: proof, root: checkpoint.root)
    return ProofCheck(
      proof: proof, verified: verified,
      reason: verified ? nil : "entry \(seq) is not in the tree with root \(checkpoint.root.hex)")
  }
}

/// The outcome of building and checking a Merkle proof.
public struct ProofCheck: Sendable, Equatable {
  /// The proof's hashes, in RFC 6962 order.
  public var proof: [SHA256Digest]
  /// Whether the proof verifies against the roots given.
  public var verified: Bool
  /// Why it does not verify (nil when it does).
  public var reason: String?
}
