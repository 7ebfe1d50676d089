import PortfolioDomain

/// Free text for the record (a meeting, a decision, context for an auditor).
///
/// Payload: `{"text": STRING}` plus an optional `candidate`.
public struct NoteEvent: Sendable, Equatable {
  /// The note.
  public var text: String
  /// The candidate it concerns, if any.
  public var candidate: CandidateID?

  /// Creates a note.
  public init(text: String, candidate: CandidateID? = nil) {
    self.text = text
    self.candidate = candidate
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(json, path: path, allowed: ["candidate", "text"])
    text = try reader.nonEmptyString("text")
    candidate = try reader.optionalString("candidate").map(CandidateID.init)
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("candidate", candidate?.rawValue)
    writer.set("text", text)
    return writer.json
  }
}
