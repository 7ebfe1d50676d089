import PortfolioDomain

import Hashing

/// One line of the ledger: `{"author", "mac"?, "payload", "prev", "seq", "time", "type"}` (DESIGN §5).
///
/// The line is the canonical JSON of the entry (``CanonicalJSON``). `prev` is the SHA-256 of the previous line's
/// bytes (without its newline; 64 zeros for seq 0). `mac`, present when the ledger has a key, is the
/// HMAC-SHA256 of the line's bytes written without the `mac` field.
public struct LedgerEntry: Sendable, Equatable {
  /// The position in the ledger, 0-based.
  public var seq: Int
  /// The time claimed by the writer (UTC).
  public var time: LedgerTime
  /// Who wrote it (free text: a name or role).
  public var author: String
  /// The type and payload.
  public var event: LedgerEvent
  /// The SHA-256 of the previous line.
  public var prev: SHA256Digest
  /// The HMAC-SHA256 of the line without `mac`, when the ledger is keyed.
  public var mac: SHA256Digest?

  /// The `prev` of seq 0: 32 zero bytes.
  public static let zeroHash = SHA256Digest(bytes: [UInt8](repeating: 0, count: 32)) ?? SHA256.hash([UInt8]())

  /// Creates an entry (unsealed: `mac` is whatever is passed).
  public init(
    seq: Int, time: LedgerTime, author: String, event: LedgerEvent, prev: SHA256Digest, mac: SHA256Digest? = nil
  ) {
    self.seq = seq
    self.time = time
    self.author = author
    self.event = event
    self.prev = prev
    self.mac = mac
  }

  /// The entry as a JSON object, with or without its `mac`.
  public func json(includingMAC: Bool) -> CanonicalJSON {
    var members: [String: CanonicalJSON] = [
      "author": .string(author), "payload": event.payload, "prev": .string(prev.hex), "seq": .integer(Int64(seq)),
      "time": .string(time.description), "type": .string(event.typeName),
    ]
    if includingMAC, let mac { members["mac"] = .string(mac.hex) }
    return .object(members)
  }

  /// The canonical bytes of the line as stored (with `mac` when present), without the newline.
  public var lineBytes: [UInt8] { json(includingMAC: true).encoded() }

  /// The bytes the MAC covers: the canonical line without the `mac` field.
  public var unsignedLineBytes: [UInt8] { json(includingMAC: false).encoded() }

  /// This entry with `mac` set from `key` (or removed when `key` is `nil`).
  public func sealed(key: [UInt8]?) -> LedgerEntry {
    var copy = self
    copy.mac = key.map { HMACSHA256.authenticationCode(for: unsignedLineBytes, key: $0) }
    return copy
  }

  /// Reads one line (without its newline) into an entry. Only the line itself is checked here (syntax,
  /// fields, payload schema, canonical form); the chain and MAC are checked by ``LedgerVerifier``.
  ///
  /// - Throws: ``LedgerLineError``.
  public static func decode(line: [UInt8]) throws(LedgerLineError) -> LedgerEntry {
    let json: CanonicalJSON
    do {
      json = try CanonicalJSONParser.parse(line)
    } catch {
      throw .syntax(error)
    }
    let entry: LedgerEntry
    do {
      entry = try decodeFields(json)
    } catch {
      throw .format(error)
    }
    guard entry.lineBytes == line else { throw .notCanonical }
    return entry
  }

  private static func decodeFields(_ json: CanonicalJSON) throws(LedgerFormatError) -> LedgerEntry {
    let reader = try PayloadReader(
      json, path: "entry", allowed: ["author", "mac", "payload", "prev", "seq", "time", "type"])
    let seq = try reader.int("seq")
    let timeText = try reader.string("time")
    guard let time = LedgerTime(timeText) else {
      throw LedgerFormatError(path: "time", message: "'\(timeText)' is not YYYY-MM-DDTHH:MM:SSZ")
    }
    let author = try reader.string("author")
    let type = try reader.string("type")
    let event = try LedgerEvent(type: type, payload: try reader.value("payload"))
    guard let prev = SHA256Digest(hex: try reader.hexDigest("prev")) else {
      throw LedgerFormatError(path: "prev", message: "not a digest")
    }
    var mac: SHA256Digest?
    if reader.members["mac"] != nil {
      mac = SHA256Digest(hex: try reader.hexDigest("mac"))
    }
    return LedgerEntry(seq: seq, time: time, author: author, event: event, prev: prev, mac: mac)
  }
}

/// Why one ledger line cannot be read.
public enum LedgerLineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Not JSON (or not UTF-8): typical of a torn write.
  case syntax(CanonicalJSONError)
  /// JSON, but a field or payload does not follow the schema.
  case format(LedgerFormatError)
  /// Valid, but the bytes are not the canonical encoding of the entry.
  case notCanonical

  /// A lowercase message.
  public var description: String {
    switch self {
    case .syntax(let error): return "not json: \(error)"
    case .format(let error): return "\(error)"
    case .notCanonical: return "bytes are not the canonical encoding of the entry"
    }
  }
}
