import Foundation

/// The planner's decision, exactly as DESIGN §3 "Plan JSON" (`dcbplan plan --format json`).
///
/// Money is whole US dollars in JSON (`amountUSD`) and `Money` in Swift. Extra fields beyond the
/// contract (`leftOut`, `bindingConstraints`, `objectiveMode`, `secondaryObjective`) are optional on
/// decoding, so the audit and report code can read any plan file written to the contract.
/// Encode with `jsonData()` (sorted keys, pretty printed) and read with `PortfolioPlan.decode(from:)`.
public struct PortfolioPlan: Sendable, Equatable, Codable {
  /// The solve's outcome.
  public var status: PlanStatus
  /// The primary objective's value (DESIGN §4); 0 without a plan.
  public var objective: Double
  /// The best proven bound on the primary objective.
  public var bound: Double
  /// The relative gap between `objective` and `bound`.
  public var gap: Double
  /// The scenario's name.
  public var scenario: String
  /// The input manifest hash (lowercase hex SHA-256, DESIGN §3).
  public var inputsSHA256: String
  /// The funded candidates, sorted by candidate ID.
  public var allocations: [Allocation]
  /// Money by source and year.
  public var totals: Totals
  /// Each criterion's untimed achievement against its goal, in scenario order.
  public var criteria: [CriterionResult]
  /// Candidates not funded, with the reason (extra field).
  public var leftOut: [LeftOut]?
  /// Constraints that bind at the optimum, in plain language (extra field).
  public var bindingConstraints: [String]?
  /// `weighted` or `goals` (extra field).
  public var objectiveMode: String?
  /// Total cost of the plan, the second (lexicographic) objective (extra field).
  public var totalCostUSD: Int64?

  /// Creates a plan.
  public init(
    status: PlanStatus, objective: Double, bound: Double, gap: Double, scenario: String, inputsSHA256: String,
    allocations: [Allocation], totals: Totals, criteria: [CriterionResult], leftOut: [LeftOut]? = nil,
    bindingConstraints: [String]? = nil, objectiveMode: String? = nil, totalCostUSD: Int64? = nil
  ) {
    self.status = status
    self.objective = objective
    self.bound = bound
    self.gap = gap
    self.scenario = scenario
    self.inputsSHA256 = inputsSHA256
    self.allocations = allocations
    self.totals = totals
    self.criteria = criteria
    self.leftOut = leftOut
    self.bindingConstraints = bindingConstraints
    self.objectiveMode = objectiveMode
    self.totalCostUSD = totalCostUSD
  }

  /// The allocation of `candidate`, if funded.
  public func allocation(for candidate: CandidateID) -> Allocation? { allocations.first { $0.candidate == candidate } }

  /// The total paid by `source` over all years.
  public func total(for source: SourceID) -> Money {
    totals.bySourceYear.filter { $0.source == source }.map(\.amount).sum()
  }

  /// The JSON text of the plan: keys sorted, two-space pretty printing, `/` unescaped, final newline.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Reads a plan JSON file's contents.
  /// - Throws: `DecodingError` when the text does not follow the contract.
  public static func decode(from data: Data) throws -> PortfolioPlan {
    try JSONDecoder().decode(PortfolioPlan.self, from: data)
  }
}

/// The outcome of a plan's solve, as written in `status`.
public enum PlanStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Proven optimal within the gap asked.
  case optimal
  /// A limit stopped the solver; the plan is the best found (exit 3).
  case limitReached = "limit-reached"
  /// A limit stopped the solver before any plan was found (exit 3).
  case noSolution = "no-solution"
  /// No plan satisfies the constraints (exit 2).
  case infeasible
  /// The model is unbounded (exit 5).
  case unbounded
}

/// One funded candidate.
public struct Allocation: Sendable, Equatable, Codable {
  /// The candidate.
  public var candidate: CandidateID
  /// The chosen tier.
  public var tier: TierID
  /// The start year.
  public var startYear: Year
  /// The last year it runs.
  public var finishYear: Year
  /// The payments, sorted by year, then source.
  public var funding: [Payment]
  /// Creates an allocation.
  public init(candidate: CandidateID, tier: TierID, startYear: Year, finishYear: Year, funding: [Payment]) {
    self.candidate = candidate
    self.tier = tier
    self.startYear = startYear
    self.finishYear = finishYear
    self.funding = funding
  }
  /// The sum of the payments.
  public var totalFunding: Money { funding.map(\.amount).sum() }
}

/// Money from one source in one year (`{ "source", "year", "amountUSD" }` in JSON, whole dollars).
public struct Payment: Sendable, Equatable, Codable {
  /// The source.
  public var source: SourceID
  /// The year.
  public var year: Year
  /// The amount; whole dollars in JSON (cents are dropped on encoding).
  public var amount: Money
  /// Creates a payment.
  public init(source: SourceID, year: Year, amount: Money) {
    self.source = source
    self.year = year
    self.amount = amount
  }

  private enum CodingKeys: String, CodingKey {
    case source, year
    case amount = "amountUSD"
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(source, forKey: .source)
    try container.encode(year, forKey: .year)
    try container.encode(amount.wholeDollars, forKey: .amount)
  }
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    source = try container.decode(SourceID.self, forKey: .source)
    year = try container.decode(Year.self, forKey: .year)
    amount = Money(dollars: try container.decode(Int64.self, forKey: .amount))
  }
}

/// The plan's totals.
public struct Totals: Sendable, Equatable, Codable {
  /// Money by source and year, sorted by source, then year (same JSON shape as `Payment`).
  public var bySourceYear: [Payment]
  /// Creates totals.
  public init(bySourceYear: [Payment]) { self.bySourceYear = bySourceYear }
}

/// A criterion's untimed achievement (sum of funded tiers' `likely` scores) against its goal.
public struct CriterionResult: Sendable, Equatable, Codable {
  /// The criterion.
  public var id: CriterionID
  /// The achievement.
  public var achieved: Double
  /// The goal (0 when the scenario sets none).
  public var goal: Double
  /// Creates a result.
  public init(id: CriterionID, achieved: Double, goal: Double) {
    self.id = id
    self.achieved = achieved
    self.goal = goal
  }
}

/// A candidate the plan does not fund, and why.
public struct LeftOut: Sendable, Equatable, Codable {
  /// The candidate.
  public var candidate: CandidateID
  /// The reason in plain language (the single constraint that bound it, or "forced out").
  public var reason: String
  /// Creates an entry.
  public init(candidate: CandidateID, reason: String) {
    self.candidate = candidate
    self.reason = reason
  }
}
