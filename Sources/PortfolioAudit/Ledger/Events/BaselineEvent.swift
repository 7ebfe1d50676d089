import PortfolioDomain

/// The frozen baseline: every funded candidate's milestones with planned dates and planned values, and BAC.
///
/// Payload: `{"bacCents": INT, "candidates": [CANDIDATE...], "inputsSHA256": HEX, "planSHA256": HEX,
/// "scenario": STRING}`, candidates sorted by ID; see ``BaselineCandidate`` for one candidate.
public struct BaselineEvent: Sendable, Equatable {
  /// The plan's input manifest hash the baseline was checked against.
  public var inputsSHA256: String
  /// The SHA-256 of the plan file's bytes.
  public var planSHA256: String
  /// The scenario's name.
  public var scenario: String
  /// The whole portfolio's budget at completion (the sum of the candidates' BAC), in cents.
  public var bac: Money
  /// The funded candidates, sorted by candidate ID.
  public var candidates: [BaselineCandidate]

  /// Creates the event.
  public init(inputsSHA256: String, planSHA256: String, scenario: String, bac: Money, candidates: [BaselineCandidate]) {
    self.inputsSHA256 = inputsSHA256
    self.planSHA256 = planSHA256
    self.scenario = scenario
    self.bac = bac
    self.candidates = candidates
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path, allowed: ["bacCents", "candidates", "inputsSHA256", "planSHA256", "scenario"])
    inputsSHA256 = try reader.hexDigest("inputsSHA256")
    planSHA256 = try reader.hexDigest("planSHA256")
    scenario = try reader.string("scenario")
    bac = try reader.money("bacCents")
    var candidates: [BaselineCandidate] = []
    for (index, item) in try reader.array("candidates").enumerated() {
      candidates.append(try BaselineCandidate(json: item, path: "\(reader.child("candidates"))[\(index)]"))
    }
    self.candidates = candidates
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("bacCents", bac)
    writer.set("candidates", .array(candidates.map(\.json)))
    writer.set("inputsSHA256", inputsSHA256)
    writer.set("planSHA256", planSHA256)
    writer.set("scenario", scenario)
    return writer.json
  }
}

/// One funded candidate in a baseline.
///
/// JSON: `{"bacCents": INT, "candidate": ID, "finishYear": INT, "funding": [{"amountCents": INT, "source": ID}...],
/// "kind": KIND, "milestones": [MILESTONE...], "plannedStart": DATE, "startYear": INT, "tier": ID}`.
public struct BaselineCandidate: Sendable, Equatable {
  /// The candidate.
  public var candidate: CandidateID
  /// Its kind (`dcb-defence`, ...), for roll-ups by kind.
  public var kind: CandidateKind
  /// The funded tier.
  public var tier: TierID
  /// The start year.
  public var startYear: Year
  /// The last year it runs.
  public var finishYear: Year
  /// The planned start date (1 January of the start year), used by the 50/50 technique.
  public var plannedStart: CalendarDate
  /// Budget at completion: the tier's total cost, in cents (equal to the sum of the milestones' planned value).
  public var bac: Money
  /// Planned funding by source over all years, sorted by source; the basis of roll-ups by source.
  public var funding: [SourceAmount]
  /// The milestones with planned dates and values, in planned order.
  public var milestones: [BaselineMilestone]

  /// Creates a baseline candidate.
  public init(
    candidate: CandidateID, kind: CandidateKind, tier: TierID, startYear: Year, finishYear: Year,
    plannedStart: CalendarDate, bac: Money, funding: [SourceAmount], milestones: [BaselineMilestone]
  ) {
    self.candidate = candidate
    self.kind = kind
    self.tier = tier
    self.startYear = startYear
    self.finishYear = finishYear
    self.plannedStart = plannedStart
    self.bac = bac
    self.funding = funding
    self.milestones = milestones
  }

  /// The latest planned milestone date (the planned finish).
  public var plannedFinish: CalendarDate { milestones.map(\.plannedDate).max() ?? plannedStart }

  /// The milestone with this ID.
  public func milestone(_ id: MilestoneID) -> BaselineMilestone? { milestones.first { $0.milestone == id } }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path,
      allowed: [
        "bacCents", "candidate", "finishYear", "funding", "kind", "milestones", "plannedStart", "startYear", "tier",
      ])
    candidate = CandidateID(try reader.nonEmptyString("candidate"))
    let kindText = try reader.string("kind")
    guard let kind = CandidateKind(rawValue: kindText) else {
      throw LedgerFormatError(path: reader.child("kind"), message: "unknown kind '\(kindText)'")
    }
    self.kind = kind
    tier = TierID(try reader.nonEmptyString("tier"))
    startYear = Year(try reader.int("startYear"))
    finishYear = Year(try reader.int("finishYear"))
    plannedStart = try reader.date("plannedStart")
    bac = try reader.money("bacCents")
    var funding: [SourceAmount] = []
    for (index, item) in try reader.array("funding").enumerated() {
      funding.append(try SourceAmount(json: item, path: "\(reader.child("funding"))[\(index)]"))
    }
    self.funding = funding
    milestones = try BaselineMilestone.list(reader.array("milestones"), path: reader.child("milestones"))
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("bacCents", bac)
    writer.set("candidate", candidate.rawValue)
    writer.set("finishYear", finishYear.rawValue)
    writer.set("funding", .array(funding.map(\.json)))
    writer.set("kind", kind.rawValue)
    writer.set("milestones", .array(milestones.map(\.json)))
    writer.set("plannedStart", plannedStart)
    writer.set("startYear", startYear.rawValue)
    writer.set("tier", tier.rawValue)
    return writer.json
  }
}

/// A planned milestone: its date and planned value.
///
/// JSON: `{"milestone": ID, "plannedDate": DATE, "pvCents": INT, "title": STRING, "weightPercent": INT}`.
public struct BaselineMilestone: Sendable, Equatable {
  /// The milestone's ID within its tier.
  public var milestone: MilestoneID
  /// What is achieved.
  public var title: String
  /// The baseline due date.
  public var plannedDate: CalendarDate
  /// Its EV weight in whole percent.
  public var weightPercent: Int
  /// Its planned value (tier cost x weight, apportioned so a candidate's milestones add up to its BAC), cents.
  public var plannedValue: Money

  /// Creates a baseline milestone.
  public init(milestone: MilestoneID, title: String, plannedDate: CalendarDate, weightPercent: Int, plannedValue: Money) {
    self.milestone = milestone
    self.title = title
    self.plannedDate = plannedDate
    self.weightPercent = weightPercent
    self.plannedValue = plannedValue
  }

  static func list(_ items: [CanonicalJSON], path: String) throws(LedgerFormatError) -> [BaselineMilestone] {
    var milestones: [BaselineMilestone] = []
    for (index, item) in items.enumerated() {
      milestones.append(try BaselineMilestone(json: item, path: "\(path)[\(index)]"))
    }
    return milestones
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(
      json, path: path, allowed: ["milestone", "plannedDate", "pvCents", "title", "weightPercent"])
    milestone = MilestoneID(try reader.nonEmptyString("milestone"))
    title = try reader.string("title")
    plannedDate = try reader.date("plannedDate")
    weightPercent = try reader.int("weightPercent")
    plannedValue = try reader.money("pvCents")
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("milestone", milestone.rawValue)
    writer.set("plannedDate", plannedDate)
    writer.set("pvCents", plannedValue)
    writer.set("title", title)
    writer.set("weightPercent", weightPercent)
    return writer.json
  }
}

/// An amount of money from one source (`{"amountCents": INT, "source": ID}`).
public struct SourceAmount: Sendable, Equatable {
  /// The funding source.
  public var source: SourceID
  /// The amount in cents.
  public var amount: Money

  /// Creates an amount.
  public init(source: SourceID, amount: Money) {
    self.source = source
    self.amount = amount
  }

  init(json: CanonicalJSON, path: String) throws(LedgerFormatError) {
    let reader = try PayloadReader(json, path: path, allowed: ["amountCents", "source"])
    source = SourceID(try reader.nonEmptyString("source"))
    amount = try reader.money("amountCents")
  }

  var json: CanonicalJSON {
    var writer = PayloadWriter()
    writer.set("amountCents", amount)
    writer.set("source", source.rawValue)
    return writer.json
  }
}
