import PortfolioDomain

/// What `audit repair` removed: the bytes an interrupted write left after the last complete entry.
///
/// Payload: `{"reason": STRING, "removedBytes": INT, "removedSHA256": HEX}`.
public struct RepairEvent: Sendable, Equatable {
  /// Why the tail was removed (`last line has no newline`, `last line does not parse and holds zero bytes ...`).
  public var reason: String
  /// How many bytes were truncated.
  public var removedBytes: Int
  /// The SHA-256 of the removed bytes, so the removal itself is on record.
  public var removedSHA256: String

  /// Creates a repair event.
  public init(reason: String, removedBytes: Int, removedSHA256: String) {
    self.reason = reason
    self.removedBytes = removedBytes
    self.removedSHA256 = removedSHA256
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(json, path: path, allowed: ["reason", "removedBytes", "removedSHA256"])
    reason = try reader.nonEmptyString("reason")
    removedBytes = try reader.int("removedBytes")
    removedSHA256 = try reader.hexDigest("removedSHA256")
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("reason", reason)
    writer.set("removedBytes", removedBytes)
    writer.set("removedSHA256", removedSHA256)
    return writer.json
  }
}
