import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Dual simplex")
struct DualSimplexTests {
  /// Checks a solution for primal feasibility on the original problem and returns its objective.
  static func checkFeasible(
    _ engine: DualSimplex, _ lp: DenseLP, tolerance: Double = 1e-6,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let values = engine.columnValues
    #expect(lp.isFeasible(values, tolerance: tolerance), "infeasible point \(values)", sourceLocation: sourceLocation)
    var objective = lp.offset
    for j in values.indices { objective += lp.objective[j] * values[j] }
    #expect(abs(objective - engine.objectiveValue) <= 1e-9 * (1 + abs(objective)), sourceLocation: sourceLocation)
  }

  @Test("Known-answer LPs reach the listed status and optimum", arguments: KnownAnswerLP.all)
  func knownAnswers(_ entry: KnownAnswerLP) throws {
    for scale in [true, false] {
      let engine = DualSimplex(problem: entry.lp.problem, scale: scale)
      let status = engine.solve(iterationLimit: 10_000)
      #expect(status == entry.status, "\(entry.name), scale \(scale)")
      if let optimum = entry.optimum, status == .optimal {
        #expect(abs(engine.objectiveValue - optimum) <= 1e-7 * (1 + abs(optimum)), "\(entry.name): \(engine.objectiveValue)")
        Self.checkFeasible(engine, entry.lp)
      }
    }
  }

  @Test("Optimal duals certify optimality: complementary reduced costs and equal objectives")
  func dualCertificate() throws {
    let lp = DenseLP(
      objective: [1, 2, 3], rows: [[1, 1, 1], [1, -1, 0]], rowLower: [6, 1], rowUpper: [6, 1],
      columnLower: [0, 0, 0], columnUpper: [.infinity, .infinity, .infinity])
    let engine = DualSimplex(problem: lp.problem)
    #expect(engine.solve(iterationLimit: 100) == .optimal)
    let duals = engine.rowDuals
    let reduced = engine.reducedCosts
    for j in 0..<3 {
      var expected = lp.objective[j]
      for i in 0..<2 { expected -= lp.rows[i][j] * duals[i] }
      #expect(abs(expected - reduced[j]) <= 1e-9)
      #expect(reduced[j] >= -1e-9)
    }
    let dualObjective = 6 * duals[0] + 1 * duals[1]
    #expect(abs(dualObjective - engine.objectiveValue) <= 1e-9)
  }

  @Test("Random boxed LPs match vertex enumeration (seeds 1-300)")
  func randomAgainstOracle() throws {
    for seed in UInt64(1)...300 {
      var random = SplitMix64(seed: seed)
      let lp = Self.randomLP(&random)
      let reference = lp.referenceOptimum()
      let engine = DualSimplex(problem: lp.problem)
      let status = engine.solve(iterationLimit: 10_000)
      if let reference {
        #expect(status == .optimal, "seed \(seed): \(status) for \(lp)")
        #expect(abs(engine.objectiveValue - reference) <= 1e-6 * (1 + abs(reference)),
                "seed \(seed): \(engine.objectiveValue) vs \(reference) for \(lp)")
        if status == .optimal { Self.checkFeasible(engine, lp) }
      } else {
        #expect(status == .infeasible, "seed \(seed): \(status) for \(lp)")
      }
    }
  }

  @Test("Random LPs with free and half-bounded columns match the boxed oracle (seeds 1-300)")
  func randomUnboundedAgainstOracle() throws {
    var seen: [LPStatus: Int] = [:]
    for seed in UInt64(1)...300 {
      var random = SplitMix64(seed: seed &* 7919)
      var lp = Self.randomLP(&random)
      for j in lp.objective.indices {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: lp.columnLower[j] = -.infinity
        case 1: lp.columnUpper[j] = .infinity
        case 2:
          lp.columnLower[j] = -.infinity
          lp.columnUpper[j] = .infinity
        default: break
        }
      }
      let (expectedStatus, reference) = lp.referenceAnswer()
      let engine = DualSimplex(problem: lp.problem)
      let status = engine.solve(iterationLimit: 10_000)
      seen[status, default: 0] += 1
      #expect(status == expectedStatus, "seed \(seed): \(status) for \(lp)")
      if let reference, status == .optimal {
        #expect(abs(engine.objectiveValue - reference) <= 1e-6 * (1 + abs(reference)),
                "seed \(seed): \(engine.objectiveValue) vs \(reference) for \(lp)")
        Self.checkFeasible(engine, lp)
      }
    }
    // The sample must exercise all three outcomes.
    #expect(seen[.optimal, default: 0] > 20 && seen[.unbounded, default: 0] > 20 && seen[.infeasible, default: 0] > 20, "\(seen)")
  }

  /// Checks the KKT conditions of an optimal solution in original units: reduced costs consistent
  /// with the duals, and complementary slackness on every column and row bound.
  static func checkOptimalityConditions(
    _ engine: DualSimplex, _ lp: DenseLP, tolerance: Double = 1e-6, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let x = engine.columnValues
    let y = engine.rowDuals
    let reduced = engine.reducedCosts
    let activities = engine.rowActivities
    for j in lp.objective.indices {
      var expected = lp.objective[j]
      for i in lp.rows.indices { expected -= lp.rows[i][j] * y[i] }
      #expect(abs(expected - reduced[j]) <= tolerance * (1 + abs(lp.objective[j])), "column \(j)", sourceLocation: sourceLocation)
      let atLower = x[j] <= lp.columnLower[j] + tolerance
      let atUpper = x[j] >= lp.columnUpper[j] - tolerance
      if !atLower { #expect(expected <= tolerance, "column \(j) above its lower bound", sourceLocation: sourceLocation) }
      if !atUpper { #expect(expected >= -tolerance, "column \(j) below its upper bound", sourceLocation: sourceLocation) }
    }
    for i in lp.rows.indices {
      let atLower = activities[i] <= lp.rowLower[i] + tolerance
      let atUpper = activities[i] >= lp.rowUpper[i] - tolerance
      if !atLower { #expect(y[i] <= tolerance, "row \(i) above its lower bound", sourceLocation: sourceLocation) }
      if !atUpper { #expect(y[i] >= -tolerance, "row \(i) below its upper bound", sourceLocation: sourceLocation) }
    }
  }

  @Test("Optimal solutions of random medium LPs satisfy the KKT conditions (seeds 1-40)")
  func mediumOptimalityConditions() throws {
    for seed in UInt64(1)...40 {
      var lp = DualSimplexWarmStartTests.randomMediumLP(seed: seed, columns: 60, rows: 40, spread: seed % 2 == 0)
      // Half-bounded columns whose cost keeps the problem bounded.
      for j in lp.objective.indices where j % 5 == 0 {
        if lp.objective[j] >= 0 { lp.columnUpper[j] = .infinity } else { lp.columnLower[j] = -.infinity }
      }
      let engine = DualSimplex(problem: lp.problem)
      let status = engine.solve(iterationLimit: 100_000)
      #expect(status == .optimal, "seed \(seed)")
      guard status == .optimal else { continue }
      Self.checkFeasible(engine, lp)
      Self.checkOptimalityConditions(engine, lp)
    }
  }

  /// A random LP with boxed columns (some negative, some fixed) and mixed row types.
  static func randomLP(_ random: inout SplitMix64) -> DenseLP {
    let n = Int.random(in: 1...4, using: &random)
    let m = Int.random(in: 1...4, using: &random)
    func small() -> Double { Double(Int.random(in: -5...5, using: &random)) }
    var rows: [[Double]] = []
    var rowLower: [Double] = []
    var rowUpper: [Double] = []
    for _ in 0..<m {
      rows.append((0..<n).map { _ in Int.random(in: 0..<3, using: &random) == 0 ? 0 : small() })
      let a = small()
      let b = a + Double(Int.random(in: 0...4, using: &random))
      switch Int.random(in: 0..<5, using: &random) {
      case 0: rowLower.append(-.infinity); rowUpper.append(b)
      case 1: rowLower.append(a); rowUpper.append(.infinity)
      case 2: rowLower.append(a); rowUpper.append(a)
      case 3: rowLower.append(a); rowUpper.append(b)
      default: rowLower.append(-.infinity); rowUpper.append(.infinity)
      }
    }
    var columnLower: [Double] = []
    var columnUpper: [Double] = []
    for _ in 0..<n {
      let low = Double(Int.random(in: -4...2, using: &random))
      let fixed = Int.random(in: 0..<6, using: &random) == 0
      columnLower.append(low)
      columnUpper.append(fixed ? low : low + Double(Int.random(in: 1...6, using: &random)))
    }
    return DenseLP(
      objective: (0..<n).map { _ in small() }, rows: rows, rowLower: rowLower, rowUpper: rowUpper,
      columnLower: columnLower, columnUpper: columnUpper)
  }
}
