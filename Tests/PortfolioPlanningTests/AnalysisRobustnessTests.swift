import MIPSolver
import PortfolioDomain
import Testing

@testable import PortfolioPlanning

@Suite("Monte Carlo robustness")
struct AnalysisRobustnessTests {
  typealias World = AnalysisTestWorld

  /// Cap 10: X (cost 10, score 9..11) always beats Y + Z (cost 4 each, scores 2..4 each, at most 8).
  /// A shortfall of the pledge by half (cap 5) makes X unaffordable: then Y or Z, whichever draws higher.
  static let portfolio = Portfolio(
    candidates: [
      World.candidate("X", cost: 10, a: 10, spread: 1), World.candidate("Y", cost: 4, a: 3, spread: 1),
      World.candidate("Z", cost: 4, a: 3, spread: 1),
    ],
    sources: [World.source(cap: 10)])

  static func analysis(shortfall probability: Double) throws -> RobustnessAnalysis {
    var scenario = World.scenario(weights: (1, 0))
    scenario.uncertainty = Uncertainty(
      costOverrun: TriangularPercent(min: 0, mode: 0, max: 0),
      pledgeShortfall: [PledgeShortfall(id: "S", probability: probability, sizePercent: 50)], samples: 40, seed: 7)
    let session = World.session(portfolio, scenario, gap: 0)
    return RobustnessAnalysis(session: session, base: try session.solveBase(), gap: 0)
  }

  @Test("without shortfalls X is core, Y and Z exterior, and the plan never breaks")
  func noShortfall() throws {
    let result = try Self.analysis(shortfall: 0).run(samples: 40, seed: 7)
    let byID = Dictionary(uniqueKeysWithValues: result.frequencies.map { ($0.candidate, $0) })
    #expect(byID["X"]?.frequency == 1)
    #expect(byID["X"]?.class == .core)
    #expect(byID["Y"]?.class == .exterior)
    #expect(byID["Z"]?.frequency == 0)
    #expect(result.breakProbability == 0)
    #expect(result.feasibleCount == 40)
    #expect(result.expectedRegret < 1e-9)
  }

  @Test("a certain shortfall breaks the plan every time and Y and Z share the samples by their draws")
  func certainShortfall() throws {
    let result = try Self.analysis(shortfall: 1).run(samples: 40, seed: 7)
    let byID = Dictionary(uniqueKeysWithValues: result.frequencies.map { ($0.candidate, $0) })
    #expect(result.breakProbability == 1)
    #expect(byID["X"]?.frequency == 0)
    #expect((byID["Y"]?.selected ?? 0) + (byID["Z"]?.selected ?? 0) == 40)
    #expect(byID["Y"]?.class == .borderline)
    #expect(result.samples.allSatisfy { $0.regret == nil })
    #expect(result.holdingCount == 0)
    // Each sample funds the one of Y and Z that drew the higher score.
    let analysis = try Self.analysis(shortfall: 1)
    for index in 0..<10 {
      let drawn = analysis.draw(seed: 7, index: index).portfolio
      let y = drawn.tier("Y", "only")?.likelyScore("a") ?? 0
      let z = drawn.tier("Z", "only")?.likelyScore("a") ?? 0
      #expect(result.samples[index].selected == [y > z ? "Y" : "Z"])
    }
  }

  @Test("regret is the sample optimum's lead over the base plan where Y and Z together outscore X")
  func regret() throws {
    // X (cost 10, 7.5..9.5) against Y + Z (cost 5 each, 3..5 each): the base plan funds X.
    let portfolio = Portfolio(
      candidates: [
        World.candidate("X", cost: 10, a: 8.5, spread: 1), World.candidate("Y", cost: 5, a: 4, spread: 1),
        World.candidate("Z", cost: 5, a: 4, spread: 1),
      ],
      sources: [World.source(cap: 10)])
    let session = World.session(portfolio, World.scenario(weights: (1, 0)))
    let analysis = RobustnessAnalysis(session: session, base: try session.solveBase(), gap: 0)
    let result = try analysis.run(samples: 40, seed: 3)
    let byID = Dictionary(uniqueKeysWithValues: result.frequencies.map { ($0.candidate, $0) })
    #expect(byID["X"]?.inBasePlan == true)
    #expect(byID["Y"]?.selected == byID["Z"]?.selected)
    #expect((byID["X"]?.selected ?? 0) + (byID["Y"]?.selected ?? 0) == 40)
    #expect(result.breakProbability == 0)
    for (index, sample) in result.samples.enumerated() {
      let drawn = analysis.draw(seed: 3, index: index).portfolio
      let score = { (id: CandidateID) in drawn.tier(id, "only")?.likelyScore("a") ?? 0 }
      let normalizer = score("X") + score("Y") + score("Z")
      let expected = max(0, score("Y") + score("Z") - score("X")) / normalizer
      #expect(abs((sample.regret ?? -1) - expected) < 1e-9, "sample \(index)")
    }
    #expect(result.expectedRegret > 0)
    #expect(result.holdingCount == 40)
  }

  @Test("the cost margin is the uniform overrun the base plan absorbs, and names what stops it")
  func costMargin() throws {
    // X (8k) alone under a 10k cap: every cost can rise by 25%. X (10k) fills the cap: no overrun at all.
    for (cost, expected) in [(Int64(8), 0.25), (10, 0.0)] {
      let portfolio = Portfolio(candidates: [World.candidate("X", cost: cost, a: 10)], sources: [World.source(cap: 10)])
      let session = World.session(portfolio, World.scenario(weights: (1, 0)))
      let result = try RobustnessAnalysis(session: session, base: try session.solveBase(), gap: 0).run(samples: 2, seed: 1)
      let margin = try #require(result.costMargin)
      #expect(abs(margin - expected) < 1e-5, "cost \(cost): \(margin)")
      #expect(result.costMarginLimits.count == 1 && result.costMarginLimits.first?.contains("S source") == true, "\(result.costMarginLimits)")
    }
  }

  @Test("the same seed gives the same samples; another seed other draws")
  func reproducible() throws {
    let analysis = try Self.analysis(shortfall: 0.5)
    let first = try analysis.run(samples: 30, seed: 11)
    let second = try analysis.run(samples: 30, seed: 11)
    let other = try analysis.run(samples: 30, seed: 12)
    #expect(first.samples == second.samples)
    #expect(first.frequencies == second.frequencies)
    #expect(first.samples != other.samples)
    #expect(analysis.draw(seed: 11, index: 3).portfolio == analysis.draw(seed: 11, index: 3).portfolio)
  }

  @Test("SplitMix64 matches the reference sequence and triangular draws stay in range with the right mean")
  func generator() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    var draws = SplitMix64(seed: 42)
    var total = 0.0
    for _ in 0..<20_000 {
      let value = draws.triangular(low: -5, mode: 8, high: 35)
      #expect(value >= -5 && value <= 35)
      total += value
    }
    #expect(abs(total / 20_000 - 38.0 / 3) < 0.3)
    var stream0 = SplitMix64(seed: 1, stream: 0)
    var stream1 = SplitMix64(seed: 1, stream: 1)
    #expect(stream0.unit() != stream1.unit())
  }

  @Test("draws on the bundled data keep scores inside their triangles and apply overruns and shortfalls")
  func bundledDraws() throws {
    let portfolio = try BundledFixtures.portfolio()
    var scenario = Scenario(criteria: [Criterion(id: "interoperability", name: "I", weight: 1)])
    scenario.uncertainty = Uncertainty(
      costOverrun: TriangularPercent(min: -5, mode: 8, max: 35),
      pledgeShortfall: [PledgeShortfall(id: "US", probability: 1, sizePercent: 40)])
    let session = AnalysisSession(portfolio: portfolio, scenario: scenario, options: PlannerOptions())
    let analysis = RobustnessAnalysis(session: session, base: PlanSolution(status: .optimal, primary: .init(status: .optimal), seconds: 0))
    let (drawn, drawnScenario) = analysis.draw(seed: 20240101, index: 5)
    for (original, sampled) in zip(portfolio.candidates, drawn.candidates) {
      for (tier, sampledTier) in zip(original.tiers, sampled.tiers) {
        for (criterion, score) in tier.scores {
          let value = sampledTier.scores[criterion]?.likely ?? .nan
          #expect(value >= score.low - 1e-9 && value <= score.high + 1e-9)
        }
        let ratio = sampledTier.totalCost.dollars / max(1, tier.totalCost.dollars)
        #expect(tier.totalCost == .zero || (ratio >= 0.95 - 1e-6 && ratio <= 1.35 + 1e-6))
      }
    }
    let usCap = try #require(portfolio.source("US")?.maxTotal)
    #expect(drawnScenario.override(for: "US")?.maxTotal == Money(cents: usCap.cents * 60 / 100))
  }
}
