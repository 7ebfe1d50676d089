import PortfolioDomain

/// Progress on one baseline milestone: started, accepted, slipped, or a percent-complete report.
///
/// Payload: `{"candidate": ID, "date": DATE, "milestone": ID, "status": STATUS}` plus, by status:
/// - `started`: optional `percentComplete`;
/// - `accepted`: nothing more (the date is the acceptance date; EV is earned on it);
/// - `slipped`: `forecastDate` (the new expected date) and `reason`, both required;
/// - `progress`: `percentComplete` required (decimal string, for the percent-complete EV technique).
/// Every status takes an optional `evidence` (a document reference).
public struct MilestoneEvent: Sendable, Equatable {
  /// What happened to the milestone.
  public enum Status: String, Sendable, Equatable, CaseIterable {
    /// Work on the milestone began on `date`.
    case started
    /// The milestone was accepted (completed) on `date`.
    case accepted
    /// The milestone is expected late: new `forecastDate`, with a reason; `date` is when the slip was known.
    case slipped
    /// Physical percent complete as of `date`.
    case progress
  }

  /// The candidate.
  public var candidate: CandidateID
  /// The milestone within the candidate's baseline.
  public var milestone: MilestoneID
  /// What happened.
  public var status: Status
  /// When it happened (start, acceptance, the day the slip was recognised, or the progress date).
  public var date: CalendarDate
  /// The new forecast date (slipped only).
  public var forecastDate: CalendarDate?
  /// Why it slipped (slipped only).
  public var reason: String?
  /// Physical percent complete (progress, optionally started).
  public var percentComplete: DecimalPercent?
  /// A reference to the supporting document (acceptance certificate, report).
  public var evidence: String?

  /// Creates a milestone event; use the static constructors for the common cases.
  public init(
    candidate: CandidateID, milestone: MilestoneID, status: Status, date: CalendarDate,
    forecastDate: CalendarDate? = nil, reason: String? = nil, percentComplete: DecimalPercent? = nil,
    evidence: String? = nil
  ) {
    self.candidate = candidate
    self.milestone = milestone
    self.status = status
    self.date = date
    self.forecastDate = forecastDate
    self.reason = reason
    self.percentComplete = percentComplete
    self.evidence = evidence
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path,
      allowed: ["candidate", "date", "evidence", "forecastDate", "milestone", "percentComplete", "reason", "status"])
    candidate = CandidateID(try reader.nonEmptyString("candidate"))
    milestone = MilestoneID(try reader.nonEmptyString("milestone"))
    let statusText = try reader.string("status")
    guard let status = Status(rawValue: statusText) else {
      throw LedgerFormatError(
        path: reader.child("status"), message: "unknown status '\(statusText)' (started, accepted, slipped, progress)")
    }
    self.status = status
    date = try reader.date("date")
    forecastDate = try reader.optionalDate("forecastDate")
    reason = try reader.optionalString("reason")
    percentComplete = try reader.optionalPercent("percentComplete")
    evidence = try reader.optionalString("evidence")
    try validate(path: path)
  }

  /// Checks the status-dependent fields.
  func validate(path: String) throws(LedgerFormatError) {
    func forbid(_ present: Bool, _ key: String) throws(LedgerFormatError) {
      if present { throw LedgerFormatError(path: "\(path).\(key)", message: "not allowed for status '\(status.rawValue)'") }
    }
    func require(_ present: Bool, _ key: String) throws(LedgerFormatError) {
      if !present { throw LedgerFormatError(path: path, message: "status '\(status.rawValue)' needs '\(key)'") }
    }
    switch status {
    case .started:
      try forbid(forecastDate != nil, "forecastDate")
      try forbid(reason != nil, "reason")
    case .accepted:
      try forbid(forecastDate != nil, "forecastDate")
      try forbid(reason != nil, "reason")
      try forbid(percentComplete != nil, "percentComplete")
    case .slipped:
      try require(forecastDate != nil, "forecastDate")
      try require(reason?.isEmpty == false, "reason")
      try forbid(percentComplete != nil, "percentComplete")
    case .progress:
      try require(percentComplete != nil, "percentComplete")
      try forbid(forecastDate != nil, "forecastDate")
    }
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("candidate", candidate.rawValue)
    writer.set("date", date)
    writer.set("evidence", evidence)
    writer.set("forecastDate", forecastDate)
    writer.set("milestone", milestone.rawValue)
    writer.set("percentComplete", percentComplete)
    writer.set("reason", reason)
    writer.set("status", status.rawValue)
    return writer.json
  }
}
