import BundledData
import Foundation
import PortfolioDomain

@testable import PortfolioPlanning

/// Hand-made tiny portfolios for the decision-analysis tests: one-year candidates (2024) with costs in
/// thousands of dollars and scores on criteria `a` and `b`, paid by one source.
enum AnalysisTestWorld {
  /// A one-tier, one-year candidate costing `cost` k$ with scores `a` and `b` (low = likely = high unless
  /// `spread` widens them to `likely ± spread`).
  static func candidate(
    _ id: String, kind: CandidateKind = .industryCapacity, cost: Int64, a: Double, b: Double = 0, spread: Double = 0,
    mandatory: Bool = false
  ) -> Candidate {
    let scores: [CriterionID: CriterionScore] = [
      "a": CriterionScore(low: a - spread, likely: a, high: a + spread),
      "b": CriterionScore(low: b - spread, likely: b, high: b + spread),
    ]
    return Candidate(
      id: CandidateID(id), title: id, kind: kind, earliestStart: 2024, latestStart: 2024, mandatory: mandatory,
      tiers: [FundingTier(id: "only", durationYears: 1, costProfile: [Money(dollars: cost * 1000)], scores: scores)])
  }

  /// A pledge paying anything, with a total cap in k$.
  static func source(_ id: String = "S", kind: SourceKind = .pactPledge, cap: Int64?, rules: [EligibilityRule] = []) -> FundingSource {
    FundingSource(
      id: SourceID(id), name: "\(id) source", kind: kind, maxTotal: cap.map { Money(dollars: $0 * 1000) }, eligibility: rules)
  }

  /// The DCB fund (pays DCB projects only).
  static let dcbFund = source("DCB", kind: .dcbFund, cap: nil, rules: [.kind(.dcbDefence), .kind(.dcbSecurity)])

  /// One year (2024), criteria `a` and `b` with the given weights, no benefit timing, band `band` k$.
  static func scenario(weights: (Double, Double) = (0.5, 0.5), band: ClosedRange<Int64> = 0...1_000_000) -> Scenario {
    Scenario(
      horizon: Horizon(first: 2024, last: 2024),
      dcbBudget: MoneyBand(min: Money(dollars: band.lowerBound * 1000), max: Money(dollars: band.upperBound * 1000)),
      criteria: [Criterion(id: "a", name: "Alpha", weight: weights.0), Criterion(id: "b", name: "Beta", weight: weights.1)],
      benefitTiming: false)
  }

  /// A session solving every model to a zero gap.
  static func session(_ portfolio: Portfolio, _ scenario: Scenario, gap: Double = 0) -> AnalysisSession {
    AnalysisSession(portfolio: portfolio, scenario: scenario, options: PlannerOptions(gap: gap, explainLeftOut: false))
  }

  /// Every subset of `candidates` whose cost fits `cap`, as (a, b) achievements.
  static func feasibleAchievements(_ candidates: [Candidate], cap: Int64) -> [(a: Double, b: Double)] {
    var result: [(Double, Double)] = []
    for mask in 0..<(1 << candidates.count) {
      var cost: Int64 = 0
      var a = 0.0
      var b = 0.0
      for (index, candidate) in candidates.enumerated() where mask & (1 << index) != 0 {
        let tier = candidate.tiers[0]
        cost += tier.totalCost.wholeDollars / 1000
        a += tier.likelyScore("a")
        b += tier.likelyScore("b")
      }
      if cost <= cap { result.append((a, b)) }
    }
    return result
  }

  /// The non-dominated (a, b) pairs of `points`, sorted by rising a, duplicates removed.
  static func nonDominated(_ points: [(a: Double, b: Double)]) -> [(a: Double, b: Double)] {
    let tolerance = 1e-9
    var kept: [(a: Double, b: Double)] = []
    for p in points {
      let dominated = points.contains { q in
        q.a >= p.a - tolerance && q.b >= p.b - tolerance && (q.a > p.a + tolerance || q.b > p.b + tolerance)
      }
      if !dominated && !kept.contains(where: { abs($0.a - p.a) <= tolerance && abs($0.b - p.b) <= tolerance }) { kept.append(p) }
    }
    return kept.sorted { $0.a < $1.a }
  }
}

/// The bundled BiH dataset, read through the `BundledData` resource target (for the one smoke test).
enum BundledFixtures {
  static func portfolio() throws -> Portfolio {
    guard let root = BundledData.datasetsURL?.appendingPathComponent("bih") else {
      throw PlanningError.unusableInputs("bundled data missing")
    }
    let files = try DatasetFiles.tableNames.map { name in
      DatasetFiles.File(name: name, contents: Array(try Data(contentsOf: root.appendingPathComponent(name))))
    }
    return DatasetLoader.load(DatasetFiles(files), horizon: Horizon(first: 2024, last: 2028)).portfolio
  }
}
