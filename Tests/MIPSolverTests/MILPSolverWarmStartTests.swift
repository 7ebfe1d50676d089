import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("MILPSolver warm starts and cutoffs")
struct MILPSolverWarmStartTests {
  static let knapsack = TestModels.model(
    sense: .maximize, objective: [5, 4, 3, 7, 6], lower: [0, 0, 0, 0, 0], upper: [1, 1, 1, 1, 1],
    integer: [true, true, true, true, true], rows: [[2, 3, 1, 4, 3]], rowLower: [-.infinity], rowUpper: [7])

  /// Seeded random MIPs that have an optimum, with the cold solve of each.
  static func feasibleModels(count: Int, variables: Int = 7, rows: Int = 4) throws -> [(model: LinearModel, cold: SolveResult)] {
    var generator = SplitMix64(seed: 6_2026)
    var models: [(LinearModel, SolveResult)] = []
    var seed: UInt64 = 0
    while models.count < count {
      seed += 1
      let model = RandomMIP.make(
        seed: seed, using: &generator, variables: variables, rows: rows, integerShare: 0.7, binary: seed.isMultiple(of: 3))
      let cold = try MILPSolver().solve(model, options: .exact)
      if cold.status == .optimal, cold.values != nil { models.append((model, cold)) }
    }
    return models
  }

  /// A feasible point of `model` that is usually far from optimal: the optimum of the opposite sense.
  static func poorPoint(of model: LinearModel) throws -> [Double]? {
    var flipped = model
    flipped.sense = model.sense == .minimize ? .maximize : .minimize
    return try MILPSolver().solve(flipped, options: .exact).values
  }

  @Test("an infeasible incumbent is ignored: same answer and nodes as a cold solve")
  func infeasibleIncumbentIgnored() throws {
    let cold = try MILPSolver().solve(Self.knapsack, options: SolverOptions.exact)
    let warm = try MILPSolver().solve(Self.knapsack, options: SolverOptions.exact, incumbent: [1, 1, 1, 1, 1])
    #expect(warm == SolveResult(
      status: cold.status, objective: cold.objective, bound: cold.bound, values: cold.values,
      rowActivities: cold.rowActivities, nodes: cold.nodes, iterations: cold.iterations, seconds: warm.seconds))
    let wrongLength = try MILPSolver().solve(Self.knapsack, options: SolverOptions.exact, incumbent: [1, 0])
    #expect(wrongLength.objective == cold.objective)
    #expect(cold.objective == 15)
  }

  @Test("a feasible optimal incumbent gives the same optimum with no more nodes", arguments: [true, false])
  func optimalIncumbent(presolve: Bool) throws {
    var options = SolverOptions.exact
    options.presolve = presolve
    var savedNodes = 0
    for (model, _) in try Self.feasibleModels(count: 12, variables: 24, rows: 8) {
      let cold = try MILPSolver().solve(model, options: options)
      let warm = try MILPSolver().solve(model, options: options, incumbent: cold.values)
      #expect(warm.status == .optimal)
      let coldObjective = try #require(cold.objective)
      let warmObjective = try #require(warm.objective)
      #expect(abs(warmObjective - coldObjective) <= 1e-6 * max(1, abs(coldObjective)), "\(model.name)")
      #expect(warm.nodes <= cold.nodes, "\(model.name): \(warm.nodes) warm nodes against \(cold.nodes) cold")
      savedNodes += cold.nodes - warm.nodes
      let values = try #require(warm.values)
      #expect(model.isFeasible(values, tolerance: 1e-6))
    }
    #expect(savedNodes > 0, "the incumbent never saved a node")
  }

  @Test("a poor incumbent never makes the answer worse, even when a node limit stops the search")
  func neverWorseThanIncumbent() throws {
    for (model, cold) in try Self.feasibleModels(count: 24) {
      guard let poor = try Self.poorPoint(of: model) else { continue }
      let poorValue = model.objectiveValue(of: poor)
      let warm = try MILPSolver().solve(model, options: SolverOptions.exact, incumbent: poor)
      let objective = try #require(warm.objective)
      let optimum = try #require(cold.objective)
      #expect(abs(objective - optimum) <= 1e-6 * max(1, abs(optimum)), "\(model.name)")
      var limited = SolverOptions.exact
      limited.nodeLimit = 1
      limited.heuristics = false
      let stopped = try MILPSolver().solve(model, options: limited, incumbent: poor)
      let stoppedValue = try #require(stopped.objective)
      let worse = model.sense == .minimize ? stoppedValue > poorValue + 1e-9 : stoppedValue < poorValue - 1e-9
      #expect(!worse, "\(model.name): \(stoppedValue) against the incumbent's \(poorValue)")
      if stopped.status == .optimal, let bound = stopped.bound {
        #expect(abs(bound - stoppedValue) <= 1e-6 * max(1, abs(stoppedValue)))
      }
    }
  }

  @Test("warm solves are deterministic: the same nodes, iterations and values on every run")
  func deterministic() throws {
    for (model, _) in try Self.feasibleModels(count: 8) {
      guard let poor = try Self.poorPoint(of: model) else { continue }
      let first = try MILPSolver().solve(model, options: SolverOptions.exact, incumbent: poor)
      let second = try MILPSolver().solve(model, options: SolverOptions.exact, incumbent: poor)
      #expect(first.nodes == second.nodes)
      #expect(first.iterations == second.iterations)
      #expect(first.values == second.values)
    }
  }

  @Test("a cutoff better than the optimum reports infeasible; a worse one leaves the optimum")
  func cutoff() throws {
    for (model, cold) in try Self.feasibleModels(count: 16) {
      let optimum = try #require(cold.objective)
      let step = model.sense == .minimize ? 0.25 : -0.25
      var beyond = SolverOptions.exact
      beyond.cutoff = optimum - step
      let none = try MILPSolver().solve(model, options: beyond)
      #expect(none.status == .infeasible, "\(model.name)")
      #expect(none.values == nil)
      var behind = SolverOptions.exact
      behind.cutoff = optimum + step
      let found = try MILPSolver().solve(model, options: behind)
      #expect(found.status == .optimal, "\(model.name)")
      let objective = try #require(found.objective)
      #expect(abs(objective - optimum) <= 1e-6 * max(1, abs(optimum)))
    }
  }

  @Test("a cutoff better than the incumbent drops the incumbent when nothing beats the cutoff")
  func cutoffBeyondIncumbent() throws {
    let cold = try MILPSolver().solve(Self.knapsack, options: SolverOptions.exact)
    var options = SolverOptions.exact
    options.cutoff = 16
    let result = try MILPSolver().solve(Self.knapsack, options: options, incumbent: cold.values)
    #expect(result.status == .infeasible)
    #expect(result.values == nil)
    options.cutoff = 14
    let kept = try MILPSolver().solve(Self.knapsack, options: options, incumbent: cold.values)
    #expect(kept.status == .optimal)
    #expect(kept.objective == 15)
    #expect(kept.values == cold.values)
  }

  @Test("a non-finite cutoff (either infinity, NaN) is the same as none", arguments: [Double.infinity, -Double.infinity, Double.nan])
  func nonFiniteCutoff(cutoff: Double) throws {
    for (model, cold) in try Self.feasibleModels(count: 6) {
      var options = SolverOptions.exact
      options.cutoff = cutoff
      let result = try MILPSolver().solve(model, options: options)
      #expect(result.status == .optimal, "\(model.name), cutoff \(cutoff)")
      #expect(result.objective == cold.objective, "\(model.name)")
    }
  }

  @Test("an objective target stops the search at the first point at least that good, never before")
  func objectiveTargetStopsEarly() throws {
    var checked = 0
    for (model, cold) in try Self.feasibleModels(count: 16, variables: 24, rows: 8) {
      let optimum = try #require(cold.objective)
      guard let poor = try Self.poorPoint(of: model) else { continue }
      let poorValue = model.objectiveValue(of: poor)
      guard WarmStart.isStrictlyBetter(optimum, than: poorValue, sense: model.sense) else { continue }
      // A target between the poor point and the optimum: the answer meets it, and the search stops there.
      let target = (poorValue + optimum) / 2
      var options = SolverOptions.exact
      options.objectiveTarget = target
      let result = try MILPSolver().solve(model, options: options, incumbent: poor)
      let objective = try #require(result.objective, "\(model.name)")
      #expect(!WarmStart.isStrictlyBetter(target, than: objective, sense: model.sense), "\(model.name): \(objective) misses \(target)")
      #expect(result.status == .limitReached(.target) || result.status == .optimal, "\(model.name)")
      #expect(result.nodes <= cold.nodes, "\(model.name)")
      let values = try #require(result.values)
      #expect(model.isFeasible(values, tolerance: 1e-6))
      // A target beyond the optimum is never met: the solve runs to its proof.
      options.objectiveTarget = model.sense == .minimize ? optimum - 1 : optimum + 1
      let full = try MILPSolver().solve(model, options: options, incumbent: poor)
      #expect(full.status == .optimal, "\(model.name)")
      #expect(full.objective.map { abs($0 - optimum) <= 1e-6 * max(1, abs(optimum)) } == true, "\(model.name)")
      checked += 1
    }
    #expect(checked >= 8)
  }

  @Test("an incumbent that already meets the target returns at once, unless it does not beat the cutoff")
  func incumbentMeetsTarget() throws {
    let cold = try MILPSolver().solve(Self.knapsack, options: SolverOptions.exact)
    var options = SolverOptions.exact
    options.objectiveTarget = 15
    let result = try MILPSolver().solve(Self.knapsack, options: options, incumbent: cold.values)
    #expect(result.status == .limitReached(.target))
    #expect(result.nodes == 0)
    #expect(result.objective == 15)
    #expect(result.values == cold.values)
    options.cutoff = 15
    // Not better than the cutoff: no shortcut; the search runs and finds nothing better (the cutoff's rule).
    let excluded = try MILPSolver().solve(Self.knapsack, options: options, incumbent: cold.values)
    #expect(excluded.status == .optimal)
    #expect(excluded.objective == 15)
    options.cutoff = nil
    options.objectiveTarget = .nan
    let ignored = try MILPSolver().solve(Self.knapsack, options: options, incumbent: cold.values)
    #expect(ignored.status == .optimal)
  }
}
