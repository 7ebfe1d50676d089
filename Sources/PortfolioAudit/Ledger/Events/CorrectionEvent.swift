import PortfolioDomain

/// A correction of an earlier `milestone` or `cost` entry; the corrected entry itself is never rewritten.
///
/// Payload: `{"action": "amend"|"void", "fields": OBJECT, "reason": STRING, "refSeq": INT}`.
/// `amend` replaces the named payload fields of entry `refSeq` (the result must still be a valid payload of
/// that type); `void` cancels it (`fields` must then be empty). Replaying the ledger applies corrections in
/// ledger order; an invalid correction is reported as a finding and not applied.
public struct CorrectionEvent: Sendable, Equatable {
  /// What the correction does.
  public enum Action: String, Sendable, Equatable, CaseIterable {
    /// Replace some payload fields.
    case amend
    /// Cancel the entry.
    case void
  }

  /// The `seq` of the corrected entry (0-based).
  public var refSeq: Int
  /// Amend or void.
  public var action: Action
  /// The replacement payload fields (empty for `void`).
  public var fields: [String: CanonicalJSON]
  /// Why.
  public var reason: String

  /// Creates a correction.
  public init(refSeq: Int, action: Action, fields: [String: CanonicalJSON] = [:], reason: String) {
    self.refSeq = refSeq
    self.action = action
    self.fields = fields
    self.reason = reason
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(json, path: path, allowed: ["action", "fields", "reason", "refSeq"])
    refSeq = try reader.int("refSeq")
    guard refSeq >= 0 else { throw LedgerFormatError(path: reader.child("refSeq"), message: "negative seq \(refSeq)") }
    let actionText = try reader.string("action")
    guard let action = Action(rawValue: actionText) else {
      throw LedgerFormatError(path: reader.child("action"), message: "unknown action '\(actionText)' (amend, void)")
    }
    self.action = action
    fields = try reader.object("fields")
    reason = try reader.nonEmptyString("reason")
    if action == .void && !fields.isEmpty {
      throw LedgerFormatError(path: reader.child("fields"), message: "must be empty for 'void'")
    }
    if action == .amend && fields.isEmpty {
      throw LedgerFormatError(path: reader.child("fields"), message: "must name at least one field for 'amend'")
    }
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("action", action.rawValue)
    writer.set("fields", .object(fields))
    writer.set("reason", reason)
    writer.set("refSeq", refSeq)
    return writer.json
  }
}
