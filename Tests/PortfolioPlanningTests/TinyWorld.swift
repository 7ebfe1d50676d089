import PortfolioDomain
@testable import PortfolioPlanning

/// Hand-made tiny portfolios for the formulation tests: costs in thousands of dollars, scores by hand.
enum TinyWorld {
  /// A one-tier candidate: `cost` in k$ per year of its profile, `value` on the criterion `value`.
  static func candidate(
    _ id: String, kind: CandidateKind = .industryCapacity, firm: String? = nil, window: ClosedRange<Int> = 2024...2024,
    mandatory: Bool = false, tiers: [(String, [Int64], Double)]
  ) -> Candidate {
    Candidate(
      id: CandidateID(id), title: id, kind: kind, firm: firm.map { FirmID($0) }, earliestStart: Year(window.lowerBound),
      latestStart: Year(window.upperBound), mandatory: mandatory,
      tiers: tiers.map { tier in
        FundingTier(
          id: TierID(tier.0), durationYears: tier.1.count, costProfile: tier.1.map { Money(dollars: $0 * 1000) },
          scores: [CriterionID("value"): CriterionScore(low: tier.2, likely: tier.2, high: tier.2)])
      })
  }

  /// A source paying anything (or by the rules given), with a total cap in k$.
  static func source(
    _ id: String, kind: SourceKind = .pactPledge, cap: Int64? = nil, floor: Int64? = nil, share: Int = 100,
    yearly: [Int: Int64] = [:], rules: [EligibilityRule] = []
  ) -> FundingSource {
    FundingSource(
      id: SourceID(id), name: "\(id) source", kind: kind, minTotal: floor.map { Money(dollars: $0 * 1000) },
      maxTotal: cap.map { Money(dollars: $0 * 1000) }, maxSharePercent: share,
      yearlyCaps: yearly.keys.sorted().map { YearlyCap(year: Year($0), max: Money(dollars: (yearly[$0] ?? 0) * 1000)) },
      eligibility: rules)
  }

  /// The DCB fund: pays DCB projects only.
  static let dcbFund = source("DCB", kind: .dcbFund, rules: [.kind(.dcbDefence), .kind(.dcbSecurity)])

  /// A scenario with one criterion `value` (weight 1), benefit timing off unless asked, a wide band.
  static func scenario(
    horizon: ClosedRange<Int> = 2024...2024, band: ClosedRange<Int64> = 0...1_000_000, timing: Bool = false,
    goal: Double? = nil, criteria: [Criterion]? = nil
  ) -> Scenario {
    Scenario(
      horizon: Horizon(first: Year(horizon.lowerBound), last: Year(horizon.upperBound)),
      dcbBudget: MoneyBand(min: Money(dollars: band.lowerBound * 1000), max: Money(dollars: band.upperBound * 1000)),
      criteria: criteria ?? [Criterion(id: "value", name: "Value", weight: 1, goal: goal)], benefitTiming: timing)
  }

  /// Plans with the library's planner (gap 0, no left-out reasons unless asked).
  static func plan(_ portfolio: Portfolio, _ scenario: Scenario, explain: Bool = false) throws -> PlanResult {
    try Planner().plan(
      portfolio: portfolio, scenario: scenario, options: PlannerOptions(gap: 0, explainLeftOut: explain), inputsSHA256: "")
  }

  /// The primary optimum of `planning` (gap 0).
  static func optimum(_ planning: PlanningModel) throws -> Double? {
    try Planner().solve(planning, options: PlannerOptions(gap: 0, lexicographic: false)).objective
  }

  /// The funded candidates of a plan, sorted.
  static func funded(_ result: PlanResult) -> [String] { result.plan.allocations.map(\.candidate.rawValue) }
}
