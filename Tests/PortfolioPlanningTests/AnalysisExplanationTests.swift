import MIPSolver
import OptimizationModel
import PortfolioDomain
import Testing

@testable import PortfolioPlanning

@Suite("Candidate explanations")
struct AnalysisExplanationTests {
  typealias World = AnalysisTestWorld

  /// Cap 20, weight 1 on `a` (N = 22): the optimum funds A and B (11); without A the best is B + C (9),
  /// without B it is A + C (10); with C it is A + C (10); with D it is D alone (7).
  static let candidates = [
    World.candidate("A", cost: 10, a: 6), World.candidate("B", cost: 10, a: 5), World.candidate("C", cost: 10, a: 4),
    World.candidate("D", cost: 15, a: 7), World.candidate("M", cost: 0, a: 0, mandatory: true),
  ]
  static let portfolio = Portfolio(candidates: candidates, sources: [World.source(cap: 20)])
  static let scenario = World.scenario(weights: (1, 0))

  static func explanations() throws -> (AnalysisSession, PlanSolution, [CandidateExplanation]) {
    let session = World.session(portfolio, scenario)
    let base = try session.solveBase()
    return (session, base, try CandidateExplainer(session: session, base: base, costSteps: 5).explain())
  }

  @Test("a witness's selection stays payable up to the cost rise that fills the cap, and the bracket jumps there")
  func costScalingJump() throws {
    // Cap 16: the plan funds A (10) and B (4); A's cost can rise 20% with B, 60% alone (still better than B alone).
    let portfolio = Portfolio(
      candidates: [World.candidate("A", cost: 10, a: 6), World.candidate("B", cost: 4, a: 1)], sources: [World.source(cap: 16)])
    let session = World.session(portfolio, World.scenario(weights: (1, 0)))
    let base = try session.solveBase()
    let values = try #require(base.values)
    #expect(session.choices(at: values).map(\.candidate) == ["A", "B"])
    let explainer = CandidateExplainer(session: session, base: base)
    let withB = try #require(try Self.scaling("A", explainer).largestPayable(values, in: 0...1, session: session))
    #expect(abs(withB - 0.2) < 1e-5, "\(withB)")
    // Plain halving would give 56.25..62.5; the plan found at 60% is payable up to 60%, so the bracket starts there.
    try Self.expectBracket(of: "A", startingAt: 60, explainer)
  }

  /// `CostScaling` for `id` as the explainer builds it.
  static func scaling(_ id: CandidateID, _ explainer: CandidateExplainer) throws -> CostScaling {
    try #require(explainer.costScaling(id))
  }

  /// Expects the cost bracket of `id` to start at `percent` (where a witness stops being payable) and to be at
  /// most one bisection width (6.25 points) wide.
  static func expectBracket(of id: CandidateID, startingAt percent: Double, _ explainer: CandidateExplainer) throws {
    let explanation = try #require(try explainer.explain([id]).first)
    guard case .between(let lower, let upper) = explanation.costThreshold else {
      Issue.record("expected a bracket, got \(String(describing: explanation.costThreshold))")
      return
    }
    #expect(lower >= percent - 1e-3 && lower <= percent && upper > percent && upper - lower <= 6.25, "\(lower)..\(upper)")
  }

  @Test("the cost bracket sees a capacity row that binds only at a larger cost (the plan's model leaves it out)")
  func slackCapacityRowBindsLater() throws {
    // Firm F absorbs at most 16k a year. A (10k) costs 15k at +50%, so the row cannot bind there and the
    // scenario's model leaves it out; from +60% it binds, and A can no longer be funded at all.
    var a = World.candidate("A", cost: 10, a: 6)
    a.firm = "F"
    let firm = Firm(id: "F", name: "F d.o.o.", entity: .fbih, absorptiveCapacity: Money(dollars: 16_000))
    let portfolio = Portfolio(firms: [firm], candidates: [a, World.candidate("B", cost: 4, a: 1)], sources: [World.source(cap: 100)])
    let session = World.session(portfolio, World.scenario(weights: (1, 0)))
    let base = try session.solveBase()
    let values = try #require(base.values)
    let explainer = CandidateExplainer(session: session, base: base)
    #expect(!explainer.scaledPlanning("A", change: 0.5).model.rows.contains { $0.name.hasPrefix("absorb") })
    let payable = try #require(try Self.scaling("A", explainer).largestPayable(values, in: 0...1, session: session))
    #expect(abs(payable - 0.6) < 1e-5, "\(payable)")
    try Self.expectBracket(of: "A", startingAt: 60, explainer)
  }

  @Test("the replacement cost equals a separate forced re-solve, for every free candidate")
  func lossEqualsForcedSolve() throws {
    let (session, base, explanations) = try Self.explanations()
    let baseObjective = try #require(base.objective)
    #expect(abs(baseObjective - 11.0 / 22) < 1e-9)
    for explanation in explanations where explanation.requirement == .free {
      var forced = session.planning
      forced.setCandidate(explanation.candidate, funded: !explanation.funded)
      let solution = try Planner().solve(forced, options: PlannerOptions(gap: 0))
      let loss = try #require(explanation.objectiveLoss)
      #expect(abs(loss - (baseObjective - (solution.objective ?? .nan))) < 1e-9, "\(explanation.candidate)")
    }
    let byID = Dictionary(uniqueKeysWithValues: explanations.map { ($0.candidate, $0) })
    #expect(abs((byID["A"]?.objectiveLoss ?? 0) - 2.0 / 22) < 1e-9)
    #expect(abs((byID["D"]?.objectiveLoss ?? 0) - 4.0 / 22) < 1e-9)
  }

  @Test("what replaces a funded candidate and what a forced-in one displaces")
  func replacements() throws {
    let (_, _, explanations) = try Self.explanations()
    let byID = Dictionary(uniqueKeysWithValues: explanations.map { ($0.candidate, $0) })
    #expect(byID["A"]?.funded == true)
    #expect(byID["A"]?.change?.entering.map(\.candidate) == ["C"])
    #expect(byID["A"]?.change?.leaving.map(\.candidate) == ["A"])
    #expect(byID["D"]?.funded == false)
    #expect(byID["D"]?.change?.leaving.map(\.candidate) == ["A", "B"])
    #expect(byID["M"]?.requirement == .mandatory)
    #expect(byID["M"]?.objectiveLoss == nil)
    #expect(byID["A"]?.binding.contains { $0.contains("S source") } == true)
  }

  @Test("the score threshold is the loss over weight / normalizer, and crossing it flips the decision")
  func scoreThreshold() throws {
    let (_, _, explanations) = try Self.explanations()
    let a = try #require(explanations.first { $0.candidate == "A" })
    let threshold = try #require(a.scoreThresholds.first { $0.criterion == "a" })
    #expect(threshold.isExact)
    #expect(abs(threshold.lower - 2) < 1e-9)
    // Lower A's score past the threshold (normalizer held fixed by raising an unfundable candidate's score).
    func funded(withScore score: Double) throws -> Bool {
      var candidates = Self.candidates
      candidates[0].tiers[0].scores["a"] = CriterionScore(low: score, likely: score, high: score)
      candidates.append(World.candidate("PAD", cost: 1000, a: 6 - score))
      let session = World.session(Portfolio(candidates: candidates, sources: [World.source(cap: 20)]), Self.scenario)
      let values = try #require(try session.solveBase().values)
      return session.choices(at: values).contains { $0.candidate == "A" }
    }
    #expect(try funded(withScore: 6 - threshold.lower + 0.1))
    #expect(try !funded(withScore: 6 - threshold.lower - 0.1))
  }

  @Test("the cost threshold brackets the true flip point")
  func costThreshold() throws {
    let (_, _, explanations) = try Self.explanations()
    let byID = Dictionary(uniqueKeysWithValues: explanations.map { ($0.candidate, $0) })
    // A drops out as soon as its cost rises at all (A + B no longer fits the cap).
    #expect(byID["A"]?.costThreshold == .between(lowerPercent: 0, upperPercent: 100.0 / 32))
    // D enters once its cost falls to 10 (a third off), when D + A fits.
    guard case .between(let lower, let upper) = byID["D"]?.costThreshold else {
      Issue.record("no cost bracket for D")
      return
    }
    #expect(lower <= -100.0 / 3 && -100.0 / 3 <= upper)
    #expect(upper - lower <= 100.0 / 32 + 1e-9)
  }

  @Test("explaining all candidates (warm-started runs) gives what explaining each alone gives")
  func runsMatchSingleExplanations() throws {
    let (session, base, explanations) = try Self.explanations()
    let explainer = CandidateExplainer(session: session, base: base, costSteps: 5)
    #expect(explanations.count == Self.candidates.count)
    for explanation in explanations {
      let alone = try #require(try explainer.explain([explanation.candidate]).first)
      #expect(alone.objectiveLoss == explanation.objectiveLoss, "\(explanation.candidate)")
      #expect(alone.change == explanation.change, "\(explanation.candidate)")
      #expect(alone.costThreshold == explanation.costThreshold, "\(explanation.candidate)")
      #expect(alone.scoreThresholds == explanation.scoreThresholds, "\(explanation.candidate)")
    }
  }

  @Test("the forced re-solve starts from the best pooled plan with the forced decision")
  func poolSeed() throws {
    let (session, base, _) = try Self.explanations()
    let explainer = CandidateExplainer(session: session, base: base)
    let values = try #require(base.values)
    // The base plan funds A and B: it seeds forcing C out, never forcing A out or C in.
    #expect(explainer.seed(for: "C", funded: false, pool: [values]) == values)
    #expect(explainer.seed(for: "A", funded: false, pool: [values]) == nil)
    #expect(explainer.seed(for: "C", funded: true, pool: [values]) == nil)
    var forcedC = session.planning
    forcedC.setCandidate("C", funded: true)
    let withC = try #require(try session.planner.solve(forcedC, options: session.options).values)
    #expect(explainer.seed(for: "C", funded: true, pool: [values, withC]) == withC)
    // Both fund A; the base plan scores higher, so it is preferred.
    #expect(explainer.seed(for: "A", funded: true, pool: [withC, values]) == values)
  }

  /// Whether `id`'s decision flips at cost change `t`, by full solves to a zero gap: the best plan with
  /// it at that cost against the best plan without it.
  func flipsBySolving(_ id: CandidateID, funded: Bool, at t: Double, explainer: CandidateExplainer) throws -> Bool {
    let session = explainer.session
    var exact = session.options
    exact.gap = 0
    exact.lexicographic = false
    var without = session.planning
    without.setCandidate(id, funded: false)
    let withoutObjective = try #require(try session.planner.solve(without, options: exact).objective)
    let with = try session.planner.solve(explainer.scaledPlanning(id, change: t), options: exact).objective
    guard let with else { return funded }
    let tolerance = explainer.tolerance
    return funded ? with < withoutObjective - tolerance : with > withoutObjective + tolerance
  }

  @Test("on random portfolios each cost bracket holds the flip: kept at one end, flipped at the other", arguments: 1...8)
  func costBracketsOnRandomPortfolios(seed: UInt64) throws {
    let world = RandomPortfolio(seed: seed)
    let session = World.session(world.portfolio, world.scenario)
    let base = try session.solveBase()
    let explainer = CandidateExplainer(session: session, base: base, costSteps: 3)
    for explanation in try explainer.explain() where explanation.requirement == .free {
      let id = explanation.candidate
      switch explanation.costThreshold {
      case .between(let lower, let upper):
        let (keep, flip) = explanation.funded ? (lower, upper) : (upper, lower)
        // At most as wide as three halvings of the 100% range make it (witnesses' jumps only narrow it).
        #expect(upper - lower <= 100.0 / 8 + 1e-9, "\(id) seed \(seed): \(lower)..\(upper)")
        #expect(try !flipsBySolving(id, funded: explanation.funded, at: keep / 100, explainer: explainer), "\(id) seed \(seed)")
        #expect(try flipsBySolving(id, funded: explanation.funded, at: flip / 100, explainer: explainer), "\(id) seed \(seed)")
      case .beyond(let end):
        #expect(try !flipsBySolving(id, funded: explanation.funded, at: end / 100, explainer: explainer), "\(id) seed \(seed)")
      case nil:
        #expect(!explanation.counterfactualFeasible, "\(id) seed \(seed)")
      }
    }
  }
}
