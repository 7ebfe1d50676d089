import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Branch-and-bound against brute force")
struct BranchAndBoundPropertyTests {
  @Test("Random small MIPs match enumeration", arguments: 1...60)
  func randomMIPsMatchEnumeration(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(seed))
    let variables = Int.random(in: 4...7, using: &generator)
    let rows = Int.random(in: 2...5, using: &generator)
    let share = seed % 3 == 0 ? 1.0 : 0.7
    let model = RandomMIP.make(seed: UInt64(seed), using: &generator, variables: variables, rows: rows, integerShare: share)
    var options = SolverOptions.exact
    options.cuts = seed % 2 == 0
    options.heuristics = seed % 4 != 1
    let reference = RandomMIP.bruteForce(model)
    for dualSimplex in [false, true] {
      options.presolve = dualSimplex && seed % 2 == 1
      let result =
        dualSimplex
        ? try MILPSolver().solve(model, options: options)
        : try MILPSolver().solveWithDenseLP(model, options: options)
      #expect(result.status == reference.status, "seed \(seed), dual simplex \(dualSimplex)")
      if let expected = reference.objective {
        let objective = try #require(result.objective, "seed \(seed)")
        #expect(
          abs(objective - expected) <= 1e-6 * max(1, abs(expected)),
          "seed \(seed), dual simplex \(dualSimplex): \(objective) vs \(expected)")
        let values = try #require(result.values)
        #expect(model.maximumViolation(of: values) <= 1e-6, "seed \(seed)")
      }
    }
  }

  @Test("Random multidimensional 0-1 knapsacks match enumeration", arguments: 1...20)
  func randomKnapsacksMatchEnumeration(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(1000 + seed))
    let model = RandomMIP.make(
      seed: UInt64(seed), using: &generator, variables: 11, rows: 3, integerShare: 1, binary: true)
    var options = SolverOptions.exact
    options.cuts = seed % 2 == 0
    options.heuristics = seed % 3 != 0
    let result = try MILPSolver().solve(model, options: options)
    try RandomMIP.expectMatchesEnumeration(result, of: model, label: "seed \(seed)")
  }

  @Test("A search stopped by a loose gap reports a valid bound and the gap it really has", arguments: 1...30)
  func looseGapBoundIsValid(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(500 + seed))
    let model = RandomMIP.make(
      seed: UInt64(seed), using: &generator, variables: 70, rows: 6, integerShare: 1, binary: true)
    var exact = SolverOptions()
    exact.relativeGap = 0
    exact.absoluteGap = 0
    let reference = try MILPSolver().solve(model, options: exact)
    var loose = SolverOptions()
    loose.relativeGap = 0.004
    loose.absoluteGap = 0
    let result = try MILPSolver().solve(model, options: loose)
    #expect(result.status == reference.status, "seed \(seed)")
    guard let expected = reference.objective else { return }
    let objective = try #require(result.objective, "seed \(seed)")
    let bound = try #require(result.bound, "seed \(seed)")
    let slack = 1e-6 * max(1, abs(expected))
    if model.sense == .minimize {
      #expect(bound <= expected + slack, "seed \(seed): bound \(bound) above the optimum \(expected)")
    } else {
      #expect(bound >= expected - slack, "seed \(seed): bound \(bound) below the optimum \(expected)")
    }
    #expect(abs(objective - bound) <= 0.004 * abs(objective) + slack, "seed \(seed)")
  }

  @Test("Two runs give the same answer and the same node count")
  func deterministic() throws {
    for seed in 100..<110 {
      var generator = SplitMix64(seed: UInt64(seed))
      let model = RandomMIP.make(seed: UInt64(seed), using: &generator, variables: 8, rows: 4, integerShare: 1)
      let first = try MILPSolver().solve(model)
      let second = try MILPSolver().solve(model)
      #expect(first.status == second.status)
      #expect(first.objective == second.objective)
      #expect(first.values == second.values)
      #expect(first.nodes == second.nodes)
      #expect(first.iterations == second.iterations)
    }
  }
}
