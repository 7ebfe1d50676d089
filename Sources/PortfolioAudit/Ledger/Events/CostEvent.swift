import PortfolioDomain

/// An actual cost incurred on a candidate.
///
/// Payload: `{"amountCents": INT, "candidate": ID, "date": DATE, "reference": STRING, "source": ID}` plus an
/// optional `milestone`. The amount may be negative (a credit); the `NegativeActualCost` rule reports it.
public struct CostEvent: Sendable, Equatable {
  /// The candidate the cost is charged to.
  public var candidate: CandidateID
  /// When the cost was incurred (it counts in AC from this date).
  public var date: CalendarDate
  /// The amount in cents.
  public var amount: Money
  /// The source that paid it.
  public var source: SourceID
  /// The invoice, payment or transaction reference.
  public var reference: String
  /// The milestone it relates to, if any.
  public var milestone: MilestoneID?

  /// Creates a cost event.
  public init(
    candidate: CandidateID, date: CalendarDate, amount: Money, source: SourceID, reference: String,
    milestone: MilestoneID? = nil
  ) {
    self.candidate = candidate
    self.date = date
    self.amount = amount
    self.source = source
    self.reference = reference
    self.milestone = milestone
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path, allowed: ["amountCents", "candidate", "date", "milestone", "reference", "source"])
    candidate = CandidateID(try reader.nonEmptyString("candidate"))
    date = try reader.date("date")
    amount = try reader.money("amountCents")
    source = SourceID(try reader.nonEmptyString("source"))
    reference = try reader.nonEmptyString("reference")
    milestone = try reader.optionalString("milestone").map(MilestoneID.init)
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("amountCents", amount)
    writer.set("candidate", candidate.rawValue)
    writer.set("date", date)
    writer.set("milestone", milestone?.rawValue)
    writer.set("reference", reference)
    writer.set("source", source.rawValue)
    return writer.json
  }
}
