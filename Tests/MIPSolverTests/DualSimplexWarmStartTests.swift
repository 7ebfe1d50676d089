import PlannerTestSupport
import Testing
@testable import MIPSolver

/// Warm starts, cutoffs and cuts: the operations branch-and-bound performs between node solves.
@Suite("Dual simplex warm start, cutoff and rows")
struct DualSimplexWarmStartTests {
  /// A random feasible LP with boxed columns: rows are built around a point inside the box.
  ///
  /// With `spread`, rows are multiplied by powers of ten from 1e-2 to 1e3 so the matrix is badly
  /// scaled (and the engine scales it).
  static func randomMediumLP(seed: UInt64, columns n: Int = 30, rows m: Int = 20, spread: Bool = false) -> DenseLP {
    var random = SplitMix64(seed: seed)
    let lower = (0..<n).map { _ in Double(Int.random(in: -3...1, using: &random)) }
    let upper = lower.map { $0 + Double(Int.random(in: 1...8, using: &random)) }
    let point = (0..<n).map { Double.random(in: lower[$0]...upper[$0], using: &random) }
    var rows: [[Double]] = []
    var rowLower: [Double] = []
    var rowUpper: [Double] = []
    for _ in 0..<m {
      let row = (0..<n).map { _ in
        Int.random(in: 0..<4, using: &random) == 0 ? Double(Int.random(in: -9...9, using: &random)) : 0
      }
      let activity = zip(row, point).reduce(0) { $0 + $1.0 * $1.1 }
      rows.append(row)
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        rowLower.append(activity)
        rowUpper.append(activity)
      case 1:
        rowLower.append(-.infinity)
        rowUpper.append(activity + Double.random(in: 0...2, using: &random))
      case 2:
        rowLower.append(activity - Double.random(in: 0...2, using: &random))
        rowUpper.append(.infinity)
      default:
        rowLower.append(activity - 1)
        rowUpper.append(activity + 1)
      }
    }
    if spread {
      for i in 0..<m {
        let factor = [0.01, 0.1, 1, 10, 100, 1000][Int.random(in: 0..<6, using: &random)]
        rows[i] = rows[i].map { $0 * factor }
        rowLower[i] *= factor
        rowUpper[i] *= factor
      }
    }
    return DenseLP(
      objective: (0..<n).map { _ in Double(Int.random(in: -10...10, using: &random)) }, rows: rows,
      rowLower: rowLower, rowUpper: rowUpper, columnLower: lower, columnUpper: upper)
  }

  static func coldSolve(_ problem: LPProblem) -> (LPStatus, Double) {
    let engine = DualSimplex(problem: problem)
    let status = engine.solve(iterationLimit: 100_000)
    return (status, engine.objectiveValue)
  }

  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-7 * (1 + abs(b)) }

  @Test("A warm re-solve after bound changes equals a cold solve (seeds 1-25)")
  func warmStartAfterBoundChanges() throws {
    for seed in UInt64(1)...25 {
      let lp = Self.randomMediumLP(seed: seed, spread: seed % 2 == 0)
      let engine = DualSimplex(problem: lp.problem)
      #expect(engine.solve(iterationLimit: 100_000) == .optimal, "seed \(seed)")
      var changed = lp.problem
      var random = SplitMix64(seed: seed &+ 1000)
      // Branch-like changes: move a bound past the current value of a few columns.
      let values = engine.columnValues
      for _ in 0..<4 {
        let j = Int.random(in: 0..<lp.objective.count, using: &random)
        let (low, high) = engine.columnBounds(j)
        let split = (values[j] + (Bool.random(using: &random) ? 0.5 : -0.5)).rounded(.down)
        let newBounds = Bool.random(using: &random) ? (low, max(low, min(high, split))) : (max(low, min(high, split + 1)), high)
        engine.setColumnBounds(j, lower: newBounds.0, upper: newBounds.1)
        changed.columnLower[j] = newBounds.0
        changed.columnUpper[j] = newBounds.1
      }
      let warm = engine.solve(iterationLimit: 100_000)
      let (coldStatus, coldObjective) = Self.coldSolve(changed)
      #expect(warm == coldStatus, "seed \(seed)")
      if warm == .optimal {
        #expect(Self.close(engine.objectiveValue, coldObjective), "seed \(seed): \(engine.objectiveValue) vs \(coldObjective)")
        DualSimplexTests.checkFeasible(engine, DenseLP(
          objective: lp.objective, rows: lp.rows, rowLower: lp.rowLower, rowUpper: lp.rowUpper,
          columnLower: changed.columnLower, columnUpper: changed.columnUpper))
      }
    }
  }

  @Test("Setting an optimal basis on a fresh engine needs no iterations")
  func basisTransfer() throws {
    let lp = Self.randomMediumLP(seed: 7)
    let first = DualSimplex(problem: lp.problem)
    #expect(first.solve(iterationLimit: 100_000) == .optimal)
    #expect(first.iterationCount > 0)
    let second = DualSimplex(problem: lp.problem)
    second.basis = first.basis
    #expect(second.solve(iterationLimit: 100_000) == .optimal)
    #expect(second.iterationCount == 0)
    #expect(Self.close(second.objectiveValue, first.objectiveValue))
  }

  @Test("Restoring a basis read earlier (strong branching) returns to the same optimum without iterations")
  func basisRestoreWithoutRefactor() throws {
    var restoredWithoutRefactor = 0
    for seed in UInt64(1)...10 {
      let lp = Self.randomMediumLP(seed: seed, spread: seed % 2 == 0)
      let engine = DualSimplex(problem: lp.problem)
      #expect(engine.solve(iterationLimit: 100_000) == .optimal)
      let optimum = engine.objectiveValue
      let parent = engine.basis
      let parentGeneration = engine.factorGeneration
      var random = SplitMix64(seed: seed)
      for _ in 0..<5 {
        let j = Int.random(in: 0..<lp.objective.count, using: &random)
        let (low, high) = engine.columnBounds(j)
        engine.setColumnBounds(j, lower: low, upper: low + (high - low) / 3)
        _ = engine.solve(iterationLimit: 50)
        engine.setColumnBounds(j, lower: low, upper: high)
        let childGeneration = engine.factorGeneration
        engine.basis = parent
        let before = engine.iterationCount
        #expect(engine.solve(iterationLimit: 100_000) == .optimal, "seed \(seed)")
        #expect(engine.iterationCount == before, "seed \(seed): the restored basis needed iterations")
        #expect(Self.close(engine.objectiveValue, optimum), "seed \(seed)")
        if childGeneration == parentGeneration {
          #expect(engine.factorGeneration == parentGeneration, "seed \(seed): restoring refactorized")
          restoredWithoutRefactor += 1
        }
      }
    }
    // Most restorations find their snapshot (a child that refactorizes invalidates it).
    #expect(restoredWithoutRefactor >= 25, "only \(restoredWithoutRefactor) of 50 restorations avoided a refactorization")
  }

  @Test("Dropping the scaling keeps an optimal basis optimal")
  func removeScalingKeepsBasis() throws {
    let lp = Self.randomMediumLP(seed: 11, spread: true)
    let engine = DualSimplex(problem: lp.problem)
    #expect(engine.solve(iterationLimit: 100_000) == .optimal)
    #expect(engine.isScaled)
    let optimum = engine.objectiveValue
    engine.removeScaling()
    #expect(!engine.isScaled)
    let before = engine.iterationCount
    #expect(engine.solve(iterationLimit: 100_000) == .optimal)
    #expect(engine.iterationCount == before)
    #expect(Self.close(engine.objectiveValue, optimum))
  }

  @Test("A basis with dependent columns is repaired with slacks and still reaches the optimum")
  func basisRepair() throws {
    // Columns 0 and 1 are identical, so a basis holding both is singular.
    let lp = DenseLP(
      objective: [1, 2, -1], rows: [[1, 1, 1], [2, 2, -1]], rowLower: [-.infinity, -.infinity], rowUpper: [4, 3],
      columnLower: [0, 0, 0], columnUpper: [3, 3, 3])
    let engine = DualSimplex(problem: lp.problem)
    engine.basis = LPBasis(columnStatus: [.basic, .basic, .atLower], rowStatus: [.atUpper, .atUpper])
    #expect(engine.solve(iterationLimit: 1000) == .optimal)
    let reference = try #require(lp.referenceOptimum())
    #expect(Self.close(engine.objectiveValue, reference), "\(engine.objectiveValue) vs \(reference)")
    DualSimplexTests.checkFeasible(engine, lp)
  }

  @Test("The cutoff stops a solve whose optimum lies above it, and not one below")
  func cutoff() throws {
    for seed in UInt64(1)...10 {
      let lp = Self.randomMediumLP(seed: seed)
      let (status, optimum) = Self.coldSolve(lp.problem)
      #expect(status == .optimal)
      let pruned = DualSimplex(problem: lp.problem)
      pruned.setObjectiveCutoff(optimum - 1)
      let result = pruned.solve(iterationLimit: 100_000)
      #expect(result == .cutoff || (result == .optimal && pruned.objectiveValue > optimum - 1), "seed \(seed): \(result)")
      let kept = DualSimplex(problem: lp.problem)
      kept.setObjectiveCutoff(optimum + 1)
      #expect(kept.solve(iterationLimit: 100_000) == .optimal, "seed \(seed)")
      #expect(Self.close(kept.objectiveValue, optimum))
    }
  }

  @Test("Adding a cut and removing it again matches cold solves")
  func addAndRemoveRows() throws {
    for seed in UInt64(1)...15 {
      let lp = Self.randomMediumLP(seed: seed, spread: seed % 2 == 1)
      let engine = DualSimplex(problem: lp.problem)
      #expect(engine.solve(iterationLimit: 100_000) == .optimal)
      let optimum = engine.objectiveValue
      // The cut c·x >= optimum + 1 removes the optimum (its objective rises by at least 1 if feasible).
      let n = lp.objective.count
      let cut = LPRow(indices: Array(0..<n), values: lp.objective, lower: optimum + 1, upper: .infinity)
      engine.addRows([cut])
      #expect(engine.rowCount == lp.rows.count + 1)
      let withCut = engine.solve(iterationLimit: 100_000)
      var extended = lp
      extended.rows.append(lp.objective)
      extended.rowLower.append(optimum + 1)
      extended.rowUpper.append(.infinity)
      let (coldStatus, coldObjective) = Self.coldSolve(extended.problem)
      #expect(withCut == coldStatus, "seed \(seed)")
      if withCut == .optimal {
        #expect(Self.close(engine.objectiveValue, coldObjective), "seed \(seed)")
        #expect(engine.objectiveValue >= optimum + 1 - 1e-6)
      }
      engine.removeRows([lp.rows.count])
      #expect(engine.rowCount == lp.rows.count)
      #expect(engine.solve(iterationLimit: 100_000) == .optimal)
      #expect(Self.close(engine.objectiveValue, optimum), "seed \(seed)")
    }
  }

  @Test("An optimal basis is recognised with no iterations left, and crossed bounds are infeasible")
  func limitsAtOptimality() throws {
    let lp = Self.randomMediumLP(seed: 5)
    let engine = DualSimplex(problem: lp.problem)
    #expect(engine.solve(iterationLimit: 100_000) == .optimal)
    let optimum = engine.objectiveValue
    #expect(engine.solve(iterationLimit: 0) == .optimal)
    #expect(Self.close(engine.objectiveValue, optimum))
    let (low, _) = engine.columnBounds(0)
    engine.setColumnBounds(0, lower: low + 1, upper: low)
    #expect(engine.solve(iterationLimit: 100_000) == .infeasible)
  }

  @Test("The iteration limit stops a solve and a later call continues it")
  func iterationLimit() throws {
    let lp = Self.randomMediumLP(seed: 3, columns: 40, rows: 30)
    let engine = DualSimplex(problem: lp.problem)
    #expect(engine.solve(iterationLimit: 2) == .iterationLimit)
    #expect(engine.iterationCount == 2)
    #expect(engine.solve(iterationLimit: 100_000) == .optimal)
    let (_, optimum) = Self.coldSolve(lp.problem)
    #expect(Self.close(engine.objectiveValue, optimum))
  }
}
