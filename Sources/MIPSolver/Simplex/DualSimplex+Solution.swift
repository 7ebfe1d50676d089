/// The current solution in original (unscaled) units, and its check against the original problem.
extension DualSimplex {
  /// Column values of the current solution (original units), clamped into the column bounds.
  public var columnValues: [Double] {
    (0..<n).map { j in
      let value = x[j] * scaling.columnScale[j]
      return min(max(value, problem.columnLower[j]), problem.columnUpper[j])
    }
  }

  /// Row activities `A x` of `columnValues`, computed on the original matrix.
  public var rowActivities: [Double] { activities(of: columnValues) }

  /// The objective of `columnValues` (original units, offset included).
  public var objectiveValue: Double {
    var total = problem.objectiveOffset
    for (c, v) in zip(problem.objective, columnValues) where c != 0 { total += c * v }
    return total
  }

  /// Row duals (minimization convention: `d = c - Aᵀ y`; `y_i >= 0` on an active lower bound).
  public var rowDuals: [Double] { (0..<m).map { y[$0] * scaling.rowScale[$0] } }

  /// Reduced costs `c_j - a_jᵀ y` of the columns (0 for basic columns).
  public var reducedCosts: [Double] {
    (0..<n).map { state[$0] == .basic ? 0 : d[$0] / scaling.columnScale[$0] }
  }

  /// `A v` on the original matrix.
  func activities(of values: [Double]) -> [Double] {
    let matrix = problem.matrix
    var result = [Double](repeating: 0, count: matrix.rowCount)
    for j in 0..<n where values[j] != 0 {
      for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] {
        result[matrix.rowIndices[e]] += matrix.values[e] * values[j]
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
    var worst = 0.0
    for (j, v) in values.enumerated() {
      worst = max(worst, problem.columnLower[j] - v, v - problem.columnUpper[j])
    }
    for (i, activity) in activities(of: values).enumerated() {
      let lowerGap = problem.rowLower[i] - activity
      let upperGap = activity - problem.rowUpper[i]
      if lowerGap > 0 { worst = max(worst, lowerGap / max(1, abs(problem.rowLower[i]))) }
      if upperGap > 0 { worst = max(worst, upperGap / max(1, abs(problem.rowUpper[i]))) }
    }
    return worst
  }
}
