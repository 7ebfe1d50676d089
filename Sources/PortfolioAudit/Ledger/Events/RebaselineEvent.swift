import PortfolioDomain

/// A new schedule and budget for one candidate, with its reason and approver. The old baseline stays in the
/// ledger's history; earned value uses the latest one.
///
/// Payload: `{"approver": STRING, "bacCents": INT, "candidate": ID, "milestones": [MILESTONE...], "reason": STRING}`
/// where the milestones are the candidate's complete new list (same shape as in a baseline).
public struct RebaselineEvent: Sendable, Equatable {
  /// The candidate re-baselined.
  public var candidate: CandidateID
  /// Its complete new milestone list.
  public var milestones: [BaselineMilestone]
  /// Its new budget at completion, in cents.
  public var bac: Money
  /// Why.
  public var reason: String
  /// Who approved it.
  public var approver: String

  /// Creates a rebaseline.
  public init(candidate: CandidateID, milestones: [BaselineMilestone], bac: Money, reason: String, approver: String) {
    self.candidate = candidate
    self.milestones = milestones
    self.bac = bac
    self.reason = reason
    self.approver = approver
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path, allowed: ["approver", "bacCents", "candidate", "milestones", "reason"])
    candidate = CandidateID(try reader.nonEmptyString("candidate"))
    milestones = try BaselineMilestone.list(reader.array("milestones"), path: reader.child("milestones"))
    bac = try reader.money("bacCents")
    reason = try reader.nonEmptyString("reason")
    approver = try reader.nonEmptyString("approver")
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("approver", approver)
    writer.set("bacCents", bac)
    writer.set("candidate", candidate.rawValue)
    writer.set("milestones", .array(milestones.map(\.json)))
    writer.set("reason", reason)
    return writer.json
  }
}
