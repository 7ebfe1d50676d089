/// The current solution in original (unscaled) units, and its check against the original problem.
extension DualSimplex {
  /// Column values of the current solution (original units), clamped into the column bounds.
  public var columnValues: [Double] {
    let x = self.x
    let scale = scaling.columnScale
    let columnLower = problem.columnLower
    let columnUpper = problem.columnUpper
    return (0..<n).map { j in min(max(x[j] * scale[j], columnLower[j]), columnUpper[j]) }
  }

  /// Row activities `A x` of `columnValues`, computed on the original matrix.
  public var rowActivities: [Double] { activities(of: columnValues) }

  /// The objective of `columnValues` (original units, offset included).
  ///
  /// After `.optimal` it is the objective of the reported point. After a stop on a limit or the
  /// cutoff it is the dual simplex's current objective `Σ c_j x_j` at the unclamped iterate, an
  /// estimate of the node bound (not a proven bound).
  public var objectiveValue: Double {
    if lastStatus != .optimal {
      var total = problem.objectiveOffset
      for (c, v) in zip(cost, x) where c != 0 { total += c * v }
      return total
    }
    var total = problem.objectiveOffset
    for (c, v) in zip(problem.objective, columnValues) where c != 0 { total += c * v }
    return total
  }

  /// Row duals (minimization convention: `d = c - Aᵀ y`; `y_i >= 0` on an active lower bound).
  ///
  /// Computed from the true costs of the current basis (one BTRAN).
  public var rowDuals: [Double] {
    guard factorValid else { return (0..<m).map { y[$0] * scaling.rowScale[$0] } }
    var rhs = basicIndex.map { cost[$0] }
    var duals = [Double](repeating: 0, count: m)
    factor.solveTransposed(&rhs, into: &duals)
    return (0..<m).map { duals[$0] * scaling.rowScale[$0] }
  }

  /// Reduced costs `c_j - a_jᵀ y` of the columns (0 for basic columns).
  public var reducedCosts: [Double] {
    (0..<n).map { state[$0] == .basic ? 0 : d[$0] / scaling.columnScale[$0] }
  }

  /// `A v` on the original matrix.
  func activities(of values: [Double]) -> [Double] {
    let matrix = problem.matrix
    var result = [Double](repeating: 0, count: matrix.rowCount)
    let starts = matrix.columnStarts
    let rows = matrix.rowIndices
    let entries = matrix.values
    result.withUnsafeMutableBufferPointer { r in
      for j in 0..<n where values[j] != 0 {
        let v = values[j]
        for e in starts[j]..<starts[j + 1] { r[rows[e]] += entries[e] * v }
      }
    }
    return result
  }

  /// The largest violation of a row or column bound by the current solution, in original units.
  ///
  /// Row violations are measured relative to `max(1, |bound|)`, so a row with a large right-hand
  /// side is held to the same number of significant digits as a small one.
  func maximumViolation() -> Double {
    let values = columnValues
    let columnLower = problem.columnLower
    let columnUpper = problem.columnUpper
    let rowLower = problem.rowLower
    let rowUpper = problem.rowUpper
    var worst = 0.0
    for j in 0..<values.count {
      worst = max(worst, columnLower[j] - values[j], values[j] - columnUpper[j])
    }
    let activity = activities(of: values)
    for i in 0..<activity.count {
      let lowerGap = rowLower[i] - activity[i]
      let upperGap = activity[i] - rowUpper[i]
      if lowerGap > 0 { worst = max(worst, lowerGap / max(1, abs(rowLower[i]))) }
      if upperGap > 0 { worst = max(worst, upperGap / max(1, abs(rowUpper[i]))) }
    }
    return worst
  }
}
