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
    print("netlib \(name): \(solution.iterations) iterations, objective \(objective)")
  }
}
