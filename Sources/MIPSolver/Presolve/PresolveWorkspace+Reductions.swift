import OptimizationModel

/// The reductions of one presolve pass (see `Presolver` for the list).
extension PresolveWorkspace {
  /// Tolerance under which a row side counts as implied by the activity bounds (relative).
  static let redundancy = 1e-9
  /// Implied bounds beyond this magnitude are not used (numerically meaningless).
  static let largestImpliedBound = 1e12
  /// Singleton rows with a smaller coefficient are left alone (dividing by it is not meaningful).
  static let smallestSingletonCoefficient = 1e-9

  mutating func runPass() throws(PresolveStop) {
    compact()
    try checkCrossedBounds()
    try roundIntegerBounds()
    fixFixedColumns()
    try rowsByLength()
    try activityReductions()
    if isMIP && options.coefficientTightening { tightenKnapsackCoefficients() }
    if options.duplicateRows { try mergeDuplicateRows() }
    if options.doubletonEqualities { try eliminateDoubletonEqualities() }
    try columnReductions()
  }

  /// Rows and columns whose sides cross beyond the tolerance make the model infeasible.
  func checkCrossedBounds() throws(PresolveStop) {
    for row in rowLower.indices where rowActive[row] {
      if rowLower[row] > rowUpper[row] + scaled(options.feasibility, rowUpper[row]) {
        throw PresolveStop(
          status: .infeasible("row '\(original.rows[row].name)': sides [\(rowLower[row]), \(rowUpper[row])] cross"))
      }
    }
    for column in lower.indices where columnActive[column] {
      if lower[column] > upper[column] + scaled(options.feasibility, upper[column]) {
        throw PresolveStop(
          status: .infeasible("column '\(original.variables[column].name)': bounds [\(lower[column]), \(upper[column])] cross"))
      }
    }
  }

  mutating func roundIntegerBounds() throws(PresolveStop) {
    for column in lower.indices where columnActive[column] && isInteger[column] {
      try setBounds(column, lower: lower[column], upper: upper[column], kind: "integer bounds rounded")
    }
  }

  mutating func fixFixedColumns() {
    for column in lower.indices where columnActive[column] && lower[column] == upper[column] {
      fixColumn(column, at: lower[column], kind: "fixed column")
    }
  }

  /// Empty rows (checked and removed) and singleton rows (turned into bounds).
  mutating func rowsByLength() throws(PresolveStop) {
    for row in rowLower.indices where rowActive[row] {
      var single = -1
      var coefficient = 0.0
      var length = 0
      for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] && value != 0 {
        length += 1
        single = column
        coefficient = value
      }
      if length == 0 {
        try checkRow(row, activityLow: 0, activityHigh: 0)
        removeRow(row, kind: "empty row")
      } else if length == 1 && abs(coefficient) >= Self.smallestSingletonCoefficient {
        let low = coefficient > 0 ? rowLower[row] / coefficient : rowUpper[row] / coefficient
        let high = coefficient > 0 ? rowUpper[row] / coefficient : rowLower[row] / coefficient
        try setBounds(single, lower: low, upper: high, kind: "singleton row bound")
        removeRow(row, kind: "singleton row")
        if lower[single] == upper[single] { fixColumn(single, at: lower[single], kind: "fixed column") }
      }
    }
  }

  /// The activity range of a row over the current bounds: finite sums and counts of infinite terms.
  struct Activity {
    var minFinite = 0.0
    var minInfinite = 0
    var maxFinite = 0.0
    var maxInfinite = 0
    var low: Double { minInfinite > 0 ? -.infinity : minFinite }
    var high: Double { maxInfinite > 0 ? .infinity : maxFinite }
  }

  func activity(_ row: Int) -> Activity {
    var result = Activity()
    for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] && value != 0 {
      let (low, high) = value > 0 ? (lower[column], upper[column]) : (upper[column], lower[column])
      if low.isFinite { result.minFinite += value * low } else { result.minInfinite += 1 }
      if high.isFinite { result.maxFinite += value * high } else { result.maxInfinite += 1 }
    }
    return result
  }

  /// Infeasible, redundant and forcing rows, redundant sides, and integer bound tightening.
  mutating func activityReductions() throws(PresolveStop) {
    for row in rowLower.indices where rowActive[row] {
      let range = activity(row)
      try checkRow(row, activityLow: range.low, activityHigh: range.high)
      let lowerImplied = rowLower[row] == -.infinity
        || range.low >= rowLower[row] - scaled(Self.redundancy, rowLower[row])
      let upperImplied = rowUpper[row] == .infinity
        || range.high <= rowUpper[row] + scaled(Self.redundancy, rowUpper[row])
      if lowerImplied && upperImplied {
        removeRow(row, kind: "redundant row")
        continue
      }
      if range.maxInfinite == 0 && rowLower[row].isFinite
        && range.high <= rowLower[row] + scaled(Self.redundancy, rowLower[row])
      {
        forceRow(row, atMaximum: true)
        continue
      }
      if range.minInfinite == 0 && rowUpper[row].isFinite
        && range.low >= rowUpper[row] - scaled(Self.redundancy, rowUpper[row])
      {
        forceRow(row, atMaximum: false)
        continue
      }
      if lowerImplied && rowLower[row] != -.infinity {
        rowLower[row] = -.infinity
        count("redundant row side")
      }
      if upperImplied && rowUpper[row] != .infinity {
        rowUpper[row] = .infinity
        count("redundant row side")
      }
      if isMIP { try tightenIntegerBounds(row, range) }
    }
  }

  /// Fixes every column of a forcing row at the bound that gives the row's maximum (or minimum).
  mutating func forceRow(_ row: Int, atMaximum: Bool) {
    let entries = Array(zip(rowColumns[row], rowValues[row]))
    removeRow(row, kind: "forcing row")
    for (column, value) in entries where columnActive[column] && value != 0 {
      let value = (value > 0) == atMaximum ? upper[column] : lower[column]
      fixColumn(column, at: value, kind: "forcing row column")
    }
  }

  /// Bounds of integer columns implied by a row's sides and the other columns' bounds.
  mutating func tightenIntegerBounds(_ row: Int, _ range: Activity) throws(PresolveStop) {
    for (column, value) in zip(rowColumns[row], rowValues[row])
    where columnActive[column] && isInteger[column] && value != 0 {
      let (low, high) = value > 0 ? (lower[column], upper[column]) : (upper[column], lower[column])
      // Residual activity ranges of the other columns.
      var residualLow = -Double.infinity
      if low.isFinite {
        if range.minInfinite == 0 { residualLow = range.minFinite - value * low }
      } else if range.minInfinite == 1 {
        residualLow = range.minFinite
      }
      var residualHigh = Double.infinity
      if high.isFinite {
        if range.maxInfinite == 0 { residualHigh = range.maxFinite - value * high }
      } else if range.maxInfinite == 1 {
        residualHigh = range.maxFinite
      }
      var newLower = -Double.infinity
      var newUpper = Double.infinity
      if rowUpper[row].isFinite && residualLow.isFinite {
        let bound = (rowUpper[row] - residualLow) / value
        if value > 0 { newUpper = bound } else { newLower = bound }
      }
      if rowLower[row].isFinite && residualHigh.isFinite {
        let bound = (rowLower[row] - residualHigh) / value
        if value > 0 { newLower = max(newLower, bound) } else { newUpper = min(newUpper, bound) }
      }
      if abs(newLower) > Self.largestImpliedBound { newLower = -.infinity }
      if abs(newUpper) > Self.largestImpliedBound { newUpper = .infinity }
      if newLower > lower[column] || newUpper < upper[column] {
        try setBounds(column, lower: newLower, upper: newUpper, kind: "integer bound tightened")
      }
    }
  }
}
