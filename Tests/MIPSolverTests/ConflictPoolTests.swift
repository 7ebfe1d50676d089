import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Conflict pool")
struct ConflictPoolTests {
  /// Σ values x <= constant (a Farkas-style proof, independent of the cutoff).
  static func proof(_ columns: [Int32], _ values: [Double], _ constant: Double, cutoff: Bool = false) -> DualProof {
    DualProof(columns: columns, values: values, constant: constant, usesCutoff: cutoff)
  }

  @Test("Tightens integer bounds like a row and leaves continuous columns alone")
  func tightensLikeARow() {
    // 3x0 + 2x1 - x2 + 1.5c3 <= 4 with x integer in [0, 3], c continuous in [0, 2].
    var pool = ConflictPool(capacity: 2, isInteger: [true, true, true, false], tolerances: Tolerances())
    let global = (lower: [0.0, 0, 0, 0], upper: [3.0, 3, 3, 2])
    pool.add(Self.proof([0, 1, 2, 3], [3, 2, -1, 1.5], 4), globalLower: global.lower, globalUpper: global.upper)
    var lower = global.lower, upper = global.upper
    lower[1] = 1
    upper[2] = 1
    var changed: [Int] = []
    let outcome = pool.propagate(
      lower: &lower, upper: &upper, cutoff: .infinity,
      changed: &changed)
    // Minimum activity 2 - 1 = 1, slack 3: x0 <= 1, x1 <= 1 + 1.5 -> 2, x2 >= 1 - 3 (no change).
    #expect(outcome == .propagated(tightened: 2, usedCutoff: false))
    #expect(upper == [1, 2, 1, 2])
    #expect(lower == [0, 1, 0, 0])
    #expect(changed.sorted() == [0, 1])
  }

  @Test("A box whose minimum activity exceeds the right-hand side is infeasible")
  func detectsInfeasibleBox() {
    var pool = ConflictPool(capacity: 2, isInteger: [true, true], tolerances: Tolerances())
    pool.add(Self.proof([0, 1], [1, 1], 1), globalLower: [0, 0], globalUpper: [1, 1])
    var lower = [1.0, 1], upper = [1.0, 1]
    var changed: [Int] = []
    let outcome = pool.propagate(
      lower: &lower, upper: &upper, cutoff: .infinity, changed: &changed)
    #expect(outcome == .infeasible(usedCutoff: false))
  }

  @Test("An objective proof strengthens with the cutoff and is skipped without one")
  func objectiveProofFollowsCutoff() {
    // x0 + x1 <= cutoff + 2.
    var pool = ConflictPool(capacity: 2, isInteger: [true, true], tolerances: Tolerances())
    pool.add(Self.proof([0, 1], [1, 1], 2, cutoff: true), globalLower: [0, 0], globalUpper: [5, 5])
    var changed: [Int] = []
    for (cutoff, expected) in [(Double.infinity, 5.0), (10, 5), (1, 3), (-1, 1)] {
      var lower = [0.0, 0], upper = [5.0, 5]
      _ = pool.propagate(
        lower: &lower, upper: &upper, cutoff: cutoff, changed: &changed)
      #expect(upper == [expected, expected], "cutoff \(cutoff)")
    }
  }

  @Test("A full pool replaces the proof unused for longest, deterministically")
  func evictsLeastRecentlyUsed() {
    var pool = ConflictPool(capacity: 2, isInteger: [true, true, true], tolerances: Tolerances())
    let global = (lower: [0.0, 0, 0], upper: [1.0, 1, 1])
    pool.add(Self.proof([0], [1], 0), globalLower: global.lower, globalUpper: global.upper)
    pool.add(Self.proof([1], [1], 5), globalLower: global.lower, globalUpper: global.upper)
    // Use the first proof (it fixes x0 at 0; the second is redundant), then add a third: the second goes.
    var lower = global.lower, upper = global.upper
    var changed: [Int] = []
    _ = pool.propagate(
      lower: &lower, upper: &upper, cutoff: .infinity,
      changed: &changed)
    pool.add(Self.proof([2], [1], 0), globalLower: global.lower, globalUpper: global.upper)
    #expect(pool.count == 2)
    #expect(pool.proofs.map(\.columns) == [[0], [2]])
    lower = global.lower
    upper = global.upper
    changed.removeAll()
    _ = pool.propagate(
      lower: &lower, upper: &upper, cutoff: .infinity,
      changed: &changed)
    #expect(upper == [0, 1, 0])
  }

  @Test("Propagating learnt proofs never removes an integer point better than the cutoff")
  func keepsImprovingPoints() {
    var checked = 0
    for seed in 1...40 {
      let model = DualProofTests.model(seed: 40 + seed, integerShare: 1)
      let problem = MIPProblem(model: model, integrality: 1e-6)
      var generator = SplitMix64(seed: UInt64(300 + seed))
      var builder = DualProofBuilder(problem: problem)
      let global = (lower: problem.lp.columnLower, upper: problem.lp.columnUpper)
      let engine = DualSimplex(problem: problem.lp)
      guard engine.solve(iterationLimit: 10_000) == .optimal else { continue }
      let cutoff = engine.objectiveValue + Double.random(in: 0...3, using: &generator)
      var pool = ConflictPool(capacity: 3, isInteger: problem.isInteger, tolerances: Tolerances())
      for _ in 0..<8 {
        let box = DualProofTests.nodeBox(problem, generator: &generator)
        for j in 0..<problem.columnCount { engine.setColumnBounds(j, lower: box.lower[j], upper: box.upper[j]) }
        engine.setObjectiveCutoff(cutoff)
        let status = engine.solve(iterationLimit: 10_000)
        guard status == .cutoff || (status == .optimal && engine.objectiveValue > cutoff) else { continue }
        if let proof = builder.derive(
          duals: engine.rowDuals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: [],
          usesCutoff: true, cutoff: cutoff, globalLower: global.lower, globalUpper: global.upper,
          localLower: box.lower, localUpper: box.upper, tolerance: 1e-7)
        {
          pool.add(proof, globalLower: global.lower, globalUpper: global.upper)
        }
      }
      guard pool.count > 0 else { continue }
      let points = DualProofTests.assignments(problem).map { $0.map { $0 ?? 0 } }.filter { x in
        var value = problem.lp.objectiveOffset
        for j in x.indices { value += problem.lp.objective[j] * x[j] }
        return value <= cutoff && Self.satisfiesRows(problem, x)
      }
      for _ in 0..<12 {
        let box = DualProofTests.nodeBox(problem, generator: &generator)
        var lower = box.lower, upper = box.upper
        var changed: [Int] = []
        let outcome = pool.propagate(
          lower: &lower, upper: &upper, cutoff: cutoff,
          changed: &changed)
        for x in points where x.indices.allSatisfy({ box.lower[$0] <= x[$0] && x[$0] <= box.upper[$0] }) {
          checked += 1
          if case .infeasible = outcome { Issue.record("seed \(seed): an improving point's box was pruned") }
          #expect(x.indices.allSatisfy { lower[$0] <= x[$0] && x[$0] <= upper[$0] }, "seed \(seed)")
        }
      }
    }
    #expect(checked > 20)
  }

  static func satisfiesRows(_ problem: MIPProblem, _ x: [Double]) -> Bool {
    for i in 0..<problem.rowCount {
      var activity = 0.0
      for k in problem.rowStarts[i]..<problem.rowStarts[i + 1] {
        activity += problem.rowValues[k] * x[problem.rowColumns[k]]
      }
      if activity < problem.lp.rowLower[i] - 1e-9 || activity > problem.lp.rowUpper[i] + 1e-9 { return false }
    }
    return true
  }
}
