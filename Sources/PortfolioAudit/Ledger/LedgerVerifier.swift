import PortfolioDomain

import Hashing

/// Reads ledger bytes and checks every line: syntax and schema, canonical form, seq, chain and (with a key) MACs.
///
/// Damage is told apart by what a crash can leave. Every write is whole lines ending in a newline, in one `write`
/// call, so a crash leaves a last line without its newline, or a tail of zero bytes where the file grew before
/// its data reached the disk. Those are an *interrupted write* (fixed by `audit repair`): a last line without
/// its newline, or a last line that does not parse and holds a zero byte. Anything else that fails is
/// *tampering*, reported at the first bad entry. That includes a complete last line, newline included, that no
/// longer parses: it is no crash, and calling it one would let `repair` delete an acknowledged entry.
/// (DESIGN §5 calls every unparsable last line an interrupted write; this is narrower on purpose.) Without a key the ledger is tamper-evident but unauthenticated: anyone can recompute the chain, so
/// only a kept checkpoint (``Ledger/consistency(from:)``) catches a rewrite.
public enum LedgerVerifier {
  /// Verifies `bytes` (the whole file). Never throws: problems are values.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - key: the raw MAC key, or `nil` to skip MAC checks.
  /// - Returns: the valid prefix as a ``Ledger`` and the first problem, if any.
  public static func verify(_ bytes: [UInt8], key: [UInt8]?) -> LedgerVerification {
    var ledger = Ledger()
    let authenticator = key.map { HMACSHA256(key: $0) }
    guard !bytes.isEmpty else {
      return LedgerVerification(ledger: ledger, problem: .empty, macsChecked: key != nil, validByteCount: 0)
    }
    var lineRanges: [Range<Int>] = []
    var start = 0
    for index in bytes.indices where bytes[index] == 0x0A {
      lineRanges.append(start..<index)
      start = index + 1
    }
    let hasTornTail = start < bytes.count
    var validEnd = 0
    for (position, range) in lineRanges.enumerated() {
      let line = Array(bytes[range])
      let isLast = position == lineRanges.count - 1 && !hasTornTail
      let entry: LedgerEntry
      do {
        entry = try LedgerEntry.decode(line: line)
      } catch {
        if isLast, case .syntax = error, line.contains(0) {
          return LedgerVerification(
            ledger: ledger,
            problem: .interruptedWrite(
              InterruptedWrite(
                offset: validEnd, removedBytes: bytes.count - validEnd,
                reason: "last line does not parse and holds zero bytes that a crash leaves: \(error)")),
            macsChecked: key != nil, validByteCount: validEnd)
        }
        return tampered(ledger, key, validEnd, seq: position, "line \(position + 1): \(error)")
      }
      if let problem = chainProblem(entry, line: line, position: position, ledger: ledger, authenticator: authenticator) {
        return tampered(ledger, key, validEnd, seq: position, problem)
      }
      ledger.appendVerified(entry, line: line)
      validEnd = range.upperBound + 1
    }
    if hasTornTail {
      return LedgerVerification(
        ledger: ledger,
        problem: .interruptedWrite(
          InterruptedWrite(offset: validEnd, removedBytes: bytes.count - validEnd, reason: "last line has no newline")),
        macsChecked: key != nil, validByteCount: validEnd)
    }
    return LedgerVerification(ledger: ledger, problem: nil, macsChecked: key != nil, validByteCount: validEnd)
  }

  private static func tampered(
    _ ledger: Ledger, _ key: [UInt8]?, _ validEnd: Int, seq: Int, _ reason: String
  ) -> LedgerVerification {
    LedgerVerification(
      ledger: ledger, problem: .tampered(seq: seq, reason: reason), macsChecked: key != nil, validByteCount: validEnd)
  }

  private static func chainProblem(
    _ entry: LedgerEntry, line: [UInt8], position: Int, ledger: Ledger, authenticator: HMACSHA256?
  ) -> String? {
    if entry.seq != position { return "line \(position + 1) has seq \(entry.seq), expected \(position)" }
    if entry.prev != ledger.headHash {
      return position == 0
        ? "seq 0: prev must be 64 zeros"
        : "seq \(position): prev does not match the hash of seq \(position - 1) (one of the two was altered)"
    }
    if case .genesis = entry.event {
      if position != 0 { return "seq \(position): a genesis entry after seq 0" }
    } else if position == 0 {
      return "seq 0: the first entry must be of type 'genesis', found '\(entry.event.typeName)'"
    }
    if let authenticator {
      guard let mac = entry.mac else { return "seq \(position): no mac although a key is configured" }
      var check = authenticator
      check.update(unsignedBytes(ofCanonicalLine: line, mac: mac))
      if !check.finalize().constantTimeEquals(mac) {
        return "seq \(position): mac does not match (entry altered or wrong key)"
      }
    }
    return nil
  }
}

extension LedgerVerifier {
  /// The bytes the MAC covers, cut from a line already known to be canonical: keys are sorted, so the member
  /// `"mac":"HEX",` sits between `author` and `payload`, and removing it leaves the canonical line without `mac`
  /// (equal to `LedgerEntry.unsignedLineBytes`, without encoding the entry a third time).
  static func unsignedBytes(ofCanonicalLine line: [UInt8], mac: SHA256Digest) -> [UInt8] {
    let member = Array(",\"mac\":\"\(mac.hex)\"".utf8)
    guard line.count > member.count else { return line }
    var index = 0
    while index + member.count <= line.count {
      if line[index] == member[0] && line[index..<(index + member.count)].elementsEqual(member) {
        return Array(line[..<index] + line[(index + member.count)...])
      }
      index += 1
    }
    return line
  }
}

/// The result of ``LedgerVerifier/verify(_:key:)``.
public struct LedgerVerification: Sendable {
  /// The entries that verified (all of them when `problem` is nil).
  public var ledger: Ledger
  /// The first problem found, if any.
  public var problem: LedgerProblem?
  /// Whether MACs were checked (a key was given).
  public var macsChecked: Bool
  /// The number of leading bytes that hold verified entries.
  public var validByteCount: Int

  /// Whether the whole file verified.
  public var isValid: Bool { problem == nil }
}

/// What is wrong with a ledger file.
public enum LedgerProblem: Sendable, Equatable, CustomStringConvertible {
  /// The file is empty: it has no genesis entry.
  case empty
  /// The last write was interrupted; `audit repair` removes the partial line and records that it did.
  case interruptedWrite(InterruptedWrite)
  /// The first entry that fails verification (0-based seq = its position), and why.
  case tampered(seq: Int, reason: String)

  /// A lowercase message for the user.
  public var description: String {
    switch self {
    case .empty: return "the ledger is empty (no genesis entry)"
    case .interruptedWrite(let tail):
      return "interrupted write: \(tail.reason) (\(tail.removedBytes) bytes after offset \(tail.offset)); "
        + "run 'dcbplan audit repair'"
    case .tampered(let seq, let reason): return "verification failed at entry \(seq): \(reason)"
    }
  }
}

/// The partial tail an interrupted write left behind.
public struct InterruptedWrite: Sendable, Equatable {
  /// The byte offset where the verified entries end (the repair truncates the file here).
  public var offset: Int
  /// How many bytes follow it.
  public var removedBytes: Int
  /// What is wrong with them.
  public var reason: String
}
