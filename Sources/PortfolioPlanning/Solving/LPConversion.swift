import MIPSolver
import OptimizationModel

/// The `LinearModel` as the engine's `LPProblem` (a minimization: a maximization is negated).
enum LPConversion {
  /// The problem and the sense factor (+1 minimize, −1 maximize): model objective = factor × LP objective.
  static func problem(_ model: LinearModel) -> (problem: LPProblem, factor: Double) {
    let factor: Double = model.sense == .maximize ? -1 : 1
    let n = model.variables.count
    var counts = [Int](repeating: 0, count: n + 1)
    for row in model.rows { for j in row.indices { counts[j + 1] += 1 } }
    for j in 0..<n { counts[j + 1] += counts[j] }
    var next = counts
    var rowIndices = [Int](repeating: 0, count: counts[n])
    var values = [Double](repeating: 0, count: counts[n])
    for (i, row) in model.rows.enumerated() {
      for (j, value) in zip(row.indices, row.coefficients) {
        rowIndices[next[j]] = i
        values[next[j]] = value
        next[j] += 1
      }
    }
    let problem = LPProblem(
      objective: model.variables.map { factor * $0.objective }, objectiveOffset: factor * model.objectiveConstant,
      columnLower: model.variables.map(\.lowerBound), columnUpper: model.variables.map(\.upperBound),
      rowLower: model.rows.map(\.lowerBound), rowUpper: model.rows.map(\.upperBound),
      matrix: SparseMatrix(rowCount: model.rows.count, columnStarts: counts, rowIndices: rowIndices, values: values))
    return (problem, factor)
  }

  /// The largest violation of `values` in `model`: bounds and integrality absolutely, rows relative to
  /// `max(1, |lower|, |upper|)` (the benchmark kit's rule).
  static func violation(of values: [Double], in model: LinearModel) -> Double {
    guard values.count == model.variables.count else { return .infinity }
    var worst = 0.0
    for (variable, value) in zip(model.variables, values) {
      guard value.isFinite else { return .infinity }
      worst = max(worst, variable.lowerBound - value, value - variable.upperBound)
      if variable.isInteger { worst = max(worst, abs(value - value.rounded())) }
    }
    for (row, activity) in zip(model.rows, model.rowActivities(of: values)) {
      let low = row.lowerBound
      let high = row.upperBound
      let scale = max(1, low.isFinite ? abs(low) : 0, high.isFinite ? abs(high) : 0)
      worst = max(worst, (low - activity) / scale, (activity - high) / scale)
    }
    return worst
  }
}
