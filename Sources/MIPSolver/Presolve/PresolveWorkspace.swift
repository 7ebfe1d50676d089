import OptimizationModel

/// The mutable state of one presolve run: bounds, costs (minimization form), row and column lists
/// with activity flags, the objective offset and the undo records.
struct PresolveWorkspace {
  let original: LinearModel
  let options: PresolveOptions
  /// +1 to minimize, -1 to maximize: `cost = senseFactor * objective`.
  let senseFactor: Double
  let isMIP: Bool

  var lower: [Double]
  var upper: [Double]
  var cost: [Double]
  var isInteger: [Bool]
  var columnActive: [Bool]

  var rowLower: [Double]
  var rowUpper: [Double]
  var rowActive: [Bool]
  /// Entries of each row; may hold removed columns (skipped; compacted at each pass).
  var rowColumns: [[Int]]
  var rowValues: [[Double]]
  /// Entries of each column; may hold removed rows (skipped; compacted at each pass).
  var columnRows: [[Int]]
  var columnValues: [[Double]]

  /// Objective constant gathered in minimization form.
  var offset = 0.0
  var records: [PostsolveRecord] = []
  var changeCount = 0
  var counts: [String: Int] = [:]

  init(model: LinearModel, options: PresolveOptions) {
    original = model
    self.options = options
    senseFactor = model.sense == .minimize ? 1 : -1
    isMIP = model.hasIntegers
    lower = model.variables.map(\.lowerBound)
    upper = model.variables.map(\.upperBound)
    cost = model.variables.map { (model.sense == .minimize ? 1 : -1) * $0.objective }
    isInteger = model.variables.map(\.isInteger)
    columnActive = [Bool](repeating: true, count: model.variables.count)
    rowLower = model.rows.map(\.lowerBound)
    rowUpper = model.rows.map(\.upperBound)
    rowActive = [Bool](repeating: true, count: model.rows.count)
    rowColumns = model.rows.map(\.indices)
    rowValues = model.rows.map(\.coefficients)
    var columnRows = [[Int]](repeating: [], count: model.variables.count)
    var columnValues = [[Double]](repeating: [], count: model.variables.count)
    for (rowIndex, row) in model.rows.enumerated() {
      for (column, value) in zip(row.indices, row.coefficients) {
        columnRows[column].append(rowIndex)
        columnValues[column].append(value)
      }
    }
    self.columnRows = columnRows
    self.columnValues = columnValues
  }

  // MARK: - Bookkeeping

  mutating func count(_ kind: String) {
    counts[kind, default: 0] += 1
    changeCount += 1
  }

  func sortedCounts() -> [(kind: String, count: Int)] {
    counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
  }

  /// `tolerance * max(1, |value|)` for finite values.
  func scaled(_ tolerance: Double, _ value: Double) -> Double {
    value.isFinite ? tolerance * max(1, abs(value)) : tolerance
  }

  /// Drops removed columns from row lists and removed rows from column lists.
  mutating func compact() {
    for row in rowColumns.indices where rowActive[row] {
      if rowColumns[row].allSatisfy({ columnActive[$0] }) { continue }
      var columns: [Int] = []
      var values: [Double] = []
      for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] {
        columns.append(column)
        values.append(value)
      }
      rowColumns[row] = columns
      rowValues[row] = values
    }
    for column in columnRows.indices where columnActive[column] {
      if columnRows[column].allSatisfy({ rowActive[$0] }) { continue }
      var rows: [Int] = []
      var values: [Double] = []
      for (row, value) in zip(columnRows[column], columnValues[column]) where rowActive[row] {
        rows.append(row)
        values.append(value)
      }
      columnRows[column] = rows
      columnValues[column] = values
    }
  }

  /// The number of active entries of a row.
  func rowLength(_ row: Int) -> Int {
    var length = 0
    for column in rowColumns[row] where columnActive[column] { length += 1 }
    return length
  }

  /// The number of active entries of a column.
  func columnLength(_ column: Int) -> Int {
    var length = 0
    for row in columnRows[column] where rowActive[row] { length += 1 }
    return length
  }

  // MARK: - Primitive reductions

  /// Fixes `column` at `value`, moves its contribution into the rows' sides and the offset, removes it.
  mutating func fixColumn(_ column: Int, at value: Double, kind: String) {
    for (row, coefficient) in zip(columnRows[column], columnValues[column]) where rowActive[row] {
      let shift = coefficient * value
      if rowLower[row].isFinite { rowLower[row] -= shift }
      if rowUpper[row].isFinite { rowUpper[row] -= shift }
    }
    offset += cost[column] * value
    lower[column] = value
    upper[column] = value
    columnActive[column] = false
    records.append(.fixedColumn(column: column, value: value))
    count(kind)
  }

  /// Removes `row`.
  mutating func removeRow(_ row: Int, kind: String) {
    rowActive[row] = false
    records.append(.removedRow(row: row))
    count(kind)
  }

  /// Sets new bounds on `column` (rounded inward for integer columns); throws when they cross beyond
  /// the tolerance, snaps them together when they cross within it.
  mutating func setBounds(_ column: Int, lower newLower: Double, upper newUpper: Double, kind: String) throws(PresolveStop) {
    var low = max(lower[column], newLower)
    var high = min(upper[column], newUpper)
    if isInteger[column] {
      if low.isFinite { low = (low - options.integrality).rounded(.up) }
      if high.isFinite { high = (high + options.integrality).rounded(.down) }
      low = max(low, lower[column])
      high = min(high, upper[column])
    }
    if low == lower[column] && high == upper[column] { return }
    if low > high {
      let gap = low - high
      if isInteger[column] || gap > scaled(options.feasibility, high) {
        throw PresolveStop(
          status: .infeasible("column '\(original.variables[column].name)': bounds [\(low), \(high)] are empty"))
      }
      // Crossed within the tolerance: keep the column's own bound.
      if low > upper[column] { low = upper[column] } else { high = lower[column] }
      if low > high { low = high }
    }
    lower[column] = low
    upper[column] = high
    records.append(.tightenedBounds(column: column, lower: low, upper: high))
    count(kind)
  }

  /// Throws `infeasible` unless `lower - tolerance <= activity <= upper + tolerance`.
  func checkRow(_ row: Int, activityLow: Double, activityHigh: Double) throws(PresolveStop) {
    if activityLow > rowUpper[row] + scaled(options.feasibility, rowUpper[row])
      || activityHigh < rowLower[row] - scaled(options.feasibility, rowLower[row])
    {
      throw PresolveStop(
        status: .infeasible(
          "row '\(original.rows[row].name)': activity in [\(activityLow), \(activityHigh)] cannot meet [\(rowLower[row]), \(rowUpper[row])]"))
    }
  }

  // MARK: - Output

  /// The reduced model: active columns and rows in original order, costs back in the model's sense.
  func reducedModel() -> LinearModel {
    var newIndex = [Int](repeating: -1, count: lower.count)
    var variables: [LinearModel.Variable] = []
    for column in lower.indices where columnActive[column] {
      newIndex[column] = variables.count
      let source = original.variables[column]
      variables.append(
        LinearModel.Variable(
          name: source.name, lowerBound: lower[column], upperBound: upper[column], isInteger: isInteger[column],
          objective: senseFactor * cost[column] + 0))
    }
    var rows: [LinearModel.Row] = []
    for row in rowLower.indices where rowActive[row] {
      var indices: [Int] = []
      var coefficients: [Double] = []
      for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] && value != 0 {
        indices.append(newIndex[column])
        coefficients.append(value)
      }
      rows.append(
        LinearModel.Row(
          name: original.rows[row].name, indices: indices, coefficients: coefficients, lowerBound: rowLower[row],
          upperBound: rowUpper[row]))
    }
    return LinearModel(
      name: original.name, sense: original.sense, objectiveConstant: original.objectiveConstant + senseFactor * offset,
      objectiveName: original.objectiveName, variables: variables, rows: rows)
  }

  func makePostsolve() -> Postsolve {
    Postsolve(
      original: original, columnMap: lower.indices.filter { columnActive[$0] },
      rowMap: rowLower.indices.filter { rowActive[$0] }, records: records)
  }
}
