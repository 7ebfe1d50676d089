import PortfolioDomain

/// The first entry of every ledger (seq 0): which ledger this is and when it was created.
///
/// Payload: `{"created": TIME, "ledgerId": STRING, "version": 1}`.
public struct GenesisEvent: Sendable, Equatable {
  /// A stable name for the ledger (`dcb-bih/audit`), so two ledgers cannot be confused.
  public var ledgerID: String
  /// When the ledger was created (the same instant as the entry's `time`).
  public var created: LedgerTime
  /// The ledger format version; this library writes and reads version 1.
  public var version: Int

  /// The format version written by this library.
  public static let currentVersion = 1

  /// Creates a genesis event of the current format version.
  public init(ledgerID: String, created: LedgerTime, version: Int = GenesisEvent.currentVersion) {
    self.ledgerID = ledgerID
    self.created = created
    self.version = version
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(json, path: path, allowed: ["created", "ledgerId", "version"])
    ledgerID = try reader.nonEmptyString("ledgerId")
    let createdText = try reader.string("created")
    guard let created = LedgerTime(createdText) else {
      throw LedgerFormatError(path: reader.child("created"), message: "'\(createdText)' is not YYYY-MM-DDTHH:MM:SSZ")
    }
    self.created = created
    version = try reader.int("version")
    guard version == GenesisEvent.currentVersion else {
      throw LedgerFormatError(path: reader.child("version"), message: "unsupported ledger version \(version)")
    }
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("created", created.description)
    writer.set("ledgerId", ledgerID)
    writer.set("version", version)
    return writer.json
  }
}
