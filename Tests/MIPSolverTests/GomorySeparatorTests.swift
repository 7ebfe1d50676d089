import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Gomory mixed-integer cuts")
struct GomorySeparatorTests {
  /// max 5a + 4b s.t. 6a + 4b <= 24, a + 2b <= 6, integers in [0, 10] (LP optimum a = 3, b = 1.5),
  /// with its root LP solved.
  static func textbookRoot() throws -> (problem: MIPProblem, engine: DualSimplex) {
    let model = TestModels.model(
      objective: [-5, -4], lower: [0, 0], upper: [10, 10], integer: [true, true],
      rows: [[6, 4], [1, 2]], rowLower: [-.infinity, -.infinity], rowUpper: [24, 6])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    let engine = DualSimplex(problem: problem.lp)
    try #require(engine.solve(iterationLimit: 100) == .optimal)
    return (problem, engine)
  }

  @Test("The tableau row of a basic column reproduces its value from the non-basic ones")
  func tableauRowIdentity() throws {
    let (_, engine) = try Self.textbookRoot()
    let x = engine.columnValues
    let activity = engine.rowActivities
    let row = try #require(engine.tableauRow(basicColumn: 1))
    #expect(row.count == 4)
    #expect(row[1] == 1)
    var sum = 0.0
    for j in 0..<2 { sum += row[j] * x[j] }
    for i in 0..<2 { sum -= row[2 + i] * activity[i] }
    #expect(abs(sum) < 1e-9)
    #expect(abs(x[1] - 1.5) < 1e-9)
  }

  @Test("The classic textbook cut is found and cuts off the LP optimum")
  func separatesTextbookCut() throws {
    let (problem, engine) = try Self.textbookRoot()
    let x = engine.columnValues
    let cuts = GomorySeparator(problem: problem).separate(
      lp: engine, x: x, lower: problem.lp.columnLower, upper: problem.lp.columnUpper, cuts: [])
    let cut = try #require(cuts.first)
    var lhs = 0.0
    for (j, c) in zip(cut.indices, cut.values) { lhs += c * x[j] }
    #expect(lhs < cut.lower - 1e-6)
    // Every integer point of the model satisfies it (a = 4, b = 0 is the integer optimum).
    for a in 0...10 {
      for b in 0...10 where 6 * a + 4 * b <= 24 && a + 2 * b <= 6 {
        var value = 0.0
        for (j, c) in zip(cut.indices, cut.values) { value += c * Double(j == 0 ? a : b) }
        #expect(value >= cut.lower - 1e-9)
      }
    }
  }

  @Test("Cuts of several rounds never cut off a feasible mixed-integer point", arguments: 1...60)
  func cutsAreValid(seed: Int) {
    var generator = SplitMix64(seed: UInt64(seed) &* 7919)
    let model = RandomMIP.make(
      seed: UInt64(seed), using: &generator, variables: 6, rows: 4, integerShare: seed % 3 == 0 ? 1 : 0.7)
    let problem = MIPProblem(model: model, integrality: 1e-6)
    let engine = DualSimplex(problem: problem.lp)
    let separator = GomorySeparator(problem: problem)
    var cuts: [LPRow] = []
    for _ in 0..<4 {
      guard engine.solve(iterationLimit: 10_000) == .optimal else { break }
      let found = separator.separate(
        lp: engine, x: engine.columnValues, lower: problem.lp.columnLower, upper: problem.lp.columnUpper,
        cuts: cuts)
      if found.isEmpty { break }
      engine.addRows(found)
      cuts += found
    }
    if !cuts.isEmpty { Self.checkValidity(cuts, problem: problem, seed: seed) }
  }

  @Test("Random models yield cuts at all (the validity test is not vacuous)")
  func cutsAreFound() {
    var total = 0
    for seed in 1...30 {
      var generator = SplitMix64(seed: UInt64(seed) &* 7919)
      let model = RandomMIP.make(
        seed: UInt64(seed), using: &generator, variables: 6, rows: 4, integerShare: seed % 3 == 0 ? 1 : 0.7)
      let problem = MIPProblem(model: model, integrality: 1e-6)
      let engine = DualSimplex(problem: problem.lp)
      guard engine.solve(iterationLimit: 10_000) == .optimal else { continue }
      total +=
        GomorySeparator(problem: problem).separate(
          lp: engine, x: engine.columnValues, lower: problem.lp.columnLower, upper: problem.lp.columnUpper, cuts: []
        ).count
    }
    #expect(total >= 10)
  }

  /// For every integer assignment with a feasible continuous completion, the smallest left-hand
  /// side of each cut over the completions (a dense LP) is at least the cut's bound.
  static func checkValidity(_ cuts: [LPRow], problem: MIPProblem, seed: Int) {
    let integers = (0..<problem.columnCount).filter { problem.isInteger[$0] }
    var assignment = integers.map { problem.lp.columnLower[$0] }
    while true {
      var fixed = problem.lp
      for (k, j) in integers.enumerated() {
        fixed.columnLower[j] = assignment[k]
        fixed.columnUpper[j] = assignment[k]
      }
      fixed.objective = [Double](repeating: 0, count: problem.columnCount)
      if DenseTableauLP(fixed).solve(iterationLimit: 100_000) == .optimal {
        for cut in cuts {
          var probe = fixed
          for (j, c) in zip(cut.indices, cut.values) { probe.objective[j] = c }
          let lp = DenseTableauLP(probe)
          if lp.solve(iterationLimit: 100_000) == .optimal {
            #expect(
              lp.objectiveValue >= cut.lower - 1e-6 * max(1, abs(cut.lower)),
              "seed \(seed): cut \(cut) violated at integers \(assignment)")
          }
        }
      }
      var k = 0
      while k < integers.count {
        assignment[k] += 1
        if assignment[k] <= problem.lp.columnUpper[integers[k]] { break }
        assignment[k] = problem.lp.columnLower[integers[k]]
        k += 1
      }
      if k == integers.count { break }
    }
  }
}
