import OptimizationModel

/// One reduction applied by presolve, in the order applied. Only `fixedColumn`,
/// `substitutedColumn` and `freeColumnSingleton` change how values are mapped back; the others are kept so the stack is a
/// complete account of what presolve did (and for `Postsolve.mapsDuals`).
public enum PostsolveRecord: Sendable, Hashable {
  /// Column `column` (original index) was fixed at `value` and removed.
  case fixedColumn(column: Int, value: Double)
  /// Row `row` was removed as empty, redundant, forcing or turned into bounds (a singleton row).
  case removedRow(row: Int)
  /// The bounds of column `column` were tightened to `[lower, upper]`.
  case tightenedBounds(column: Int, lower: Double, upper: Double)
  /// The coefficient of `column` in `row` became `coefficient` and the row's sides `[lower, upper]`.
  case tightenedCoefficient(row: Int, column: Int, coefficient: Double, lower: Double, upper: Double)
  /// Row `removed` was parallel to row `kept` and merged into it.
  case mergedRow(removed: Int, kept: Int)
  /// Free continuous column `column`, the only column of row `row` besides `others`, was removed with
  /// the row: its value is chosen so the row activity `coefficient * x + Σ others` lies in
  /// `[lower, upper]` (the row's sides at the time, after earlier fixings), as close to the other
  /// columns' activity as possible.
  /// Continuous column `column` was eliminated through a doubleton equality: its value is
  /// `constant - factor * x[by]`.
  case substitutedColumn(column: Int, by: Int, constant: Double, factor: Double)
  case freeColumnSingleton(
    column: Int, row: Int, coefficient: Double, lower: Double, upper: Double, others: [Int], otherCoefficients: [Double])
}

/// Maps solutions of a presolved model back to the original model's space.
public struct Postsolve: Sendable {
  /// The original model.
  public let original: LinearModel
  /// For each column of the reduced model, its index in the original model.
  public let columnMap: [Int]
  /// For each row of the reduced model, its index in the original model.
  public let rowMap: [Int]
  /// The reductions in the order applied.
  public let records: [PostsolveRecord]

  /// The identity postsolve of a model that was not reduced.
  public init(original: LinearModel) {
    self.init(
      original: original, columnMap: Array(original.variables.indices), rowMap: Array(original.rows.indices),
      records: [])
  }

  /// Creates a postsolve from its parts.
  public init(original: LinearModel, columnMap: [Int], rowMap: [Int], records: [PostsolveRecord]) {
    self.original = original
    self.columnMap = columnMap
    self.rowMap = rowMap
    self.records = records
  }

  /// The values of the original model's variables for `reducedValues` (one per reduced column):
  /// kept columns copy their value, removed ones are restored by undoing the records in reverse.
  ///
  /// - Precondition: `reducedValues.count == columnMap.count`.
  public func values(from reducedValues: [Double]) -> [Double] {
    precondition(reducedValues.count == columnMap.count, "\(reducedValues.count) values for \(columnMap.count) columns")
    var values = [Double](repeating: 0, count: original.variables.count)
    for (reduced, column) in columnMap.enumerated() { values[column] = reducedValues[reduced] }
    for record in records.reversed() {
      switch record {
      case .fixedColumn(let column, let value):
        values[column] = value
      case .freeColumnSingleton(let column, _, let coefficient, let lower, let upper, let others, let otherCoefficients):
        var rest = 0.0
        for (other, value) in zip(others, otherCoefficients) { rest += value * values[other] }
        let target = min(max(rest, lower), upper)
        values[column] = (target - rest) / coefficient
      case .substitutedColumn(let column, let by, let constant, let factor):
        values[column] = constant - factor * values[by]
      case .removedRow, .tightenedBounds, .tightenedCoefficient, .mergedRow:
        // Values are unchanged: these reductions keep every feasible point of the reduced model
        // feasible for the original one.
        break
      }
    }
    return values
  }

  /// The original model's row activities at `values` (original space).
  public func rowActivities(of values: [Double]) -> [Double] { original.rowActivities(of: values) }

  /// Whether LP duals and reduced costs of the reduced model are those of the original model: only
  /// when presolve applied no reduction. Dual postsolve of the reductions is not implemented, so the
  /// solver re-solves the original LP (warm) or reports no duals when this is `false`.
  public var mapsDuals: Bool {
    records.isEmpty && columnMap.count == original.variables.count && rowMap.count == original.rows.count
  }

  /// Row duals and reduced costs in the original space, when `mapsDuals`; `nil` otherwise.
  public func duals(rowDuals: [Double], reducedCosts: [Double]) -> (rowDuals: [Double], reducedCosts: [Double])? {
    guard mapsDuals else { return nil }
    return (rowDuals, reducedCosts)
  }
}
