import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// The 20 bundled Netlib LPs, solved from scratch and compared with the optima of `optima.json`.
@Suite("Netlib LPs")
struct NetlibLPTests {
  static let names = [
    "adlittle", "afiro", "bandm", "blend", "boeing2", "brandy", "capri", "e226", "etamacro", "grow7",
    "israel", "kb2", "lotfi", "recipe", "sc105", "sc50a", "sc50b", "scagr7", "share2b", "stocfor1",
  ]

  /// The LP of a `LinearModel` in minimization form (a maximization is negated; integrality dropped).
  static func lpProblem(_ model: LinearModel) -> LPProblem {
    let sign: Double = model.sense == .maximize ? -1 : 1
    let n = model.variables.count
    var columns = [[(row: Int, value: Double)]](repeating: [], count: n)
    for (i, row) in model.rows.enumerated() {
      for (j, v) in zip(row.indices, row.coefficients) { columns[j].append((i, v)) }
    }
    var starts = [0]
    var indices: [Int] = []
    var values: [Double] = []
    for column in columns {
      for entry in column {
        indices.append(entry.row)
        values.append(entry.value)
      }
      starts.append(indices.count)
    }
    return LPProblem(
      objective: model.variables.map { sign * $0.objective }, objectiveOffset: sign * model.objectiveConstant,
      columnLower: model.variables.map(\.lowerBound), columnUpper: model.variables.map(\.upperBound),
      rowLower: model.rows.map(\.lowerBound), rowUpper: model.rows.map(\.upperBound),
      matrix: SparseMatrix(rowCount: model.rows.count, columnStarts: starts, rowIndices: indices, values: values))
  }

  @Test("Every Netlib LP reaches its listed optimum within 1e-6 relative", arguments: names)
  func solvesToOptimum(_ name: String) throws {
    let optima = try KnownOptima.load()
    let expected = try #require(optima.optimum(name), "no optimum listed for \(name)")
    let model = try MPSReader.read(try TestFixtures.text("netlib/\(name).mps"))
    let problem = Self.lpProblem(model)
    let solution = LPSolver().solve(problem)
    #expect(solution.status == .optimal, "\(name): \(solution.status) after \(solution.iterations) iterations")
    let objective = model.sense == .maximize ? -solution.objective : solution.objective
    #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(name): \(objective) vs \(expected)")
    // The reported point satisfies the original rows and bounds.
    let values = solution.columnValues
    for (j, variable) in model.variables.enumerated() {
      #expect(values[j] >= variable.lowerBound - 1e-6 && values[j] <= variable.upperBound + 1e-6, "\(name): column \(j)")
    }
    for (i, activity) in model.rowActivities(of: values).enumerated() {
      let row = model.rows[i]
      let scale = max(1, abs(row.lowerBound.isFinite ? row.lowerBound : 0), abs(row.upperBound.isFinite ? row.upperBound : 0))
      #expect(activity >= row.lowerBound - 1e-6 * scale && activity <= row.upperBound + 1e-6 * scale, "\(name): row \(i)")
    }
    // The duals certify optimality: the reduced costs agree with c - Aᵀy and have the right signs.
    let duals = solution.rowDuals
    var reduced = problem.objective
    for j in 0..<problem.columnCount {
      for e in problem.matrix.columnStarts[j]..<problem.matrix.columnStarts[j + 1] {
        reduced[j] -= problem.matrix.values[e] * duals[problem.matrix.rowIndices[e]]
      }
    }
    let costScale = max(1, problem.objective.reduce(0) { max($0, abs($1)) })
    var worstDual = 0.0
    for j in 0..<problem.columnCount {
      worstDual = max(worstDual, abs(reduced[j] - solution.reducedCosts[j]))
      let slackBelow = values[j] - problem.columnLower[j]
      let slackAbove = problem.columnUpper[j] - values[j]
      if slackBelow > 1e-6 { worstDual = max(worstDual, reduced[j]) }
      if slackAbove > 1e-6 { worstDual = max(worstDual, -reduced[j]) }
    }
    for i in 0..<problem.rowCount {
      if solution.rowActivities[i] - problem.rowLower[i] > 1e-6 * max(1, abs(problem.rowLower[i])) { worstDual = max(worstDual, duals[i]) }
      if problem.rowUpper[i] - solution.rowActivities[i] > 1e-6 * max(1, abs(problem.rowUpper[i])) { worstDual = max(worstDual, -duals[i]) }
    }
    #expect(worstDual <= 1e-6 * costScale, "\(name): dual infeasibility \(worstDual)")
    print("netlib \(name): \(solution.iterations) iterations, objective \(objective), dual infeasibility \(worstDual)")
  }
}

/// Warm starts along branch-and-bound-like dives on bundled LP relaxations, checked against cold solves.
@Suite("Dual simplex dives")
struct DualSimplexDiveTests {
  @Test(
    "Warm re-solves along a dive of bound changes equal cold solves",
    arguments: ["miplib3/p0033", "miplib3/lseu", "miplib3/stein27", "generated/pf_n12_s2", "miplib3/p0282", "netlib/grow7"])
  func diveMatchesColdSolves(_ path: String) throws {
    let model = try MPSReader.read(try TestFixtures.text("\(path).mps"))
    var current = NetlibLPTests.lpProblem(model)
    let engine = DualSimplex(problem: current)
    var status = engine.solve(iterationLimit: 100_000)
    var random = SplitMix64(seed: 42)
    var steps = 0
    for _ in 0..<25 {
      guard status == .optimal else { break }
      let values = engine.columnValues
      let inside = (0..<current.columnCount).filter {
        values[$0] > current.columnLower[$0] + 1e-6 && values[$0] < current.columnUpper[$0] - 1e-6
      }
      guard let j = inside.randomElement(using: &random) else { break }
      let v = values[j]
      if Bool.random(using: &random) {
        current.columnUpper[j] = max(current.columnLower[j], v - 0.01 * (1 + abs(v)))
      } else {
        current.columnLower[j] = min(current.columnUpper[j], v + 0.01 * (1 + abs(v)))
      }
      engine.setColumnBounds(j, lower: current.columnLower[j], upper: current.columnUpper[j])
      status = engine.solve(iterationLimit: 100_000)
      let cold = DualSimplex(problem: current)
      let coldStatus = cold.solve(iterationLimit: 100_000)
      #expect(status == coldStatus, "\(path) step \(steps)")
      if status == .optimal && coldStatus == .optimal {
        #expect(abs(engine.objectiveValue - cold.objectiveValue) <= 1e-6 * max(1, abs(cold.objectiveValue)), "\(path) step \(steps)")
      }
      steps += 1
    }
    #expect(steps >= 3, "\(path): the dive ended after \(steps) steps")
  }
}
