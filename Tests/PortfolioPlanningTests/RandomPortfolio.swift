import PlannerTestSupport
import PortfolioDomain

/// Seeded random small portfolios for the brute-force cross-check: 4 candidates, 1-2 tiers of 1-2 years,
/// start windows of 1-2 years in a 3-year horizon, two sources with random caps, shares and eligibility,
/// and sometimes a relation. Costs are whole thousands plus an odd dollar amount.
struct RandomPortfolio {
  var portfolio: Portfolio
  var scenario: Scenario

  init(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    var candidates: [Candidate] = []
    for index in 0..<4 {
      let first = 2024 + int(0...1)
      let tiers = (0..<int(1...2)).map { tier in
        let duration = int(1...2)
        return FundingTier(
          id: TierID("t\(tier)"), durationYears: duration,
          costProfile: (0..<duration).map { _ in Money(dollars: Int64(int(5...30)) * 10_000 + Int64(int(0...999))) },
          scores: ["value": CriterionScore(low: 0, likely: Double(int(0...5)), high: 5)])
      }
      candidates.append(
        Candidate(
          id: CandidateID("C\(index)"), title: "C\(index)", kind: .industryCapacity, earliestStart: Year(first),
          latestStart: Year(first + int(0...1)), tiers: tiers))
    }
    let qRules: [EligibilityRule] = [.candidate(CandidateID("C\(int(0...3))")), .candidate(CandidateID("C\(int(0...3))"))]
    let sources = [
      FundingSource(
        id: "P", name: "P", kind: .pactPledge, maxTotal: Money(dollars: Int64(int(20...60)) * 10_000), maxSharePercent: [60, 100][int(0...1)]),
      FundingSource(
        id: "Q", name: "Q", kind: .pactPledge, maxSharePercent: 100,
        yearlyCaps: (2024...2026).map { YearlyCap(year: Year($0), max: Money(dollars: Int64(int(5...25)) * 10_000)) }, eligibility: qRules),
    ]
    var relations: [Relation] = []
    switch int(0...2) {
    case 0: relations.append(.requires("C0", "C1", lag: int(0...1)))
    case 1: relations.append(.excludes("C2", "C3"))
    default: break
    }
    portfolio = Portfolio(candidates: candidates, sources: sources, relations: relations)
    scenario = Scenario(
      horizon: Horizon(first: 2024, last: 2026), criteria: [Criterion(id: "value", name: "Value", weight: 1)], benefitTiming: int(0...1) == 1)
  }
}
