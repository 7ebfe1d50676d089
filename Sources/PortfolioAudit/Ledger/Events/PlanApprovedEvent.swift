import PortfolioDomain

/// The approval of a plan: the plan's input manifest hash, its objective and scenario.
///
/// Payload: `{"approver": STRING, "inputsSHA256": HEX, "objective": DECIMAL-STRING, "planSHA256": HEX,
/// "scenario": STRING}`.
public struct PlanApprovedEvent: Sendable, Equatable {
  /// The plan's `inputsSHA256` (DESIGN §3), lowercase hex.
  public var inputsSHA256: String
  /// The SHA-256 of the plan JSON file's bytes, lowercase hex.
  public var planSHA256: String
  /// The plan's primary objective, as a decimal string (the shortest text that reads back to the same
  /// `Double`, so no precision is lost and no float appears in the ledger).
  public var objective: String
  /// The scenario's name.
  public var scenario: String
  /// Who approved it.
  public var approver: String

  /// Creates the event.
  public init(inputsSHA256: String, planSHA256: String, objective: String, scenario: String, approver: String) {
    self.inputsSHA256 = inputsSHA256
    self.planSHA256 = planSHA256
    self.objective = objective
    self.scenario = scenario
    self.approver = approver
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path, allowed: ["approver", "inputsSHA256", "objective", "planSHA256", "scenario"])
    inputsSHA256 = try reader.hexDigest("inputsSHA256")
    planSHA256 = try reader.hexDigest("planSHA256")
    objective = try reader.nonEmptyString("objective")
    scenario = try reader.string("scenario")
    approver = try reader.nonEmptyString("approver")
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("approver", approver)
    writer.set("inputsSHA256", inputsSHA256)
    writer.set("objective", objective)
    writer.set("planSHA256", planSHA256)
    writer.set("scenario", scenario)
    return writer.json
  }
}
