import OptimizationModel

/// Doubleton equalities: `a x + b y = c` with `y` continuous eliminates `y = c/b - (a/b) x`.
extension PresolveWorkspace {
  /// A pivot `|b|` smaller than this fraction of `|a|` is not used (numerically unsafe).
  static let doubletonPivotRatio = 1e-3

  /// Eliminates a continuous column through each equality row with exactly two entries: its bounds
  /// become bounds on the other column (rounded when that one is integer), its entries in other rows
  /// and its cost move onto the other column, and the row goes.
  mutating func eliminateDoubletonEqualities() throws(PresolveStop) {
    for row in rowLower.indices where rowActive[row] && rowLower[row] == rowUpper[row] && rowLower[row].isFinite {
      var entries: [(column: Int, value: Double)] = []
      for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] && value != 0 {
        entries.append((column, value))
        if entries.count > 2 { break }
      }
      guard entries.count == 2 else { continue }
      // Eliminate a continuous column; with two, the one with the larger coefficient.
      var eliminated = entries[1]
      var kept = entries[0]
      if isInteger[eliminated.column] || (!isInteger[kept.column] && abs(kept.value) > abs(eliminated.value)) {
        swap(&eliminated, &kept)
      }
      guard !isInteger[eliminated.column],
        abs(eliminated.value) >= Self.doubletonPivotRatio * abs(kept.value)
      else { continue }
      let y = eliminated.column
      let x = kept.column
      let constant = rowLower[row] / eliminated.value
      let factor = kept.value / eliminated.value
      // y = constant - factor x within [lower y, upper y] bounds x.
      var newLower = -Double.infinity
      var newUpper = Double.infinity
      if lower[y].isFinite {
        let bound = (constant - lower[y]) / factor
        if factor > 0 { newUpper = bound } else { newLower = bound }
      }
      if upper[y].isFinite {
        let bound = (constant - upper[y]) / factor
        if factor > 0 { newLower = max(newLower, bound) } else { newUpper = min(newUpper, bound) }
      }
      try setBounds(x, lower: newLower, upper: newUpper, kind: "doubleton bound")
      // Move y's entries in other rows onto x.
      let yRows = columnRows[y]
      let yValues = columnValues[y]
      for (other, d) in zip(yRows, yValues) where other != row && rowActive[other] && d != 0 {
        if rowLower[other].isFinite { rowLower[other] -= d * constant }
        if rowUpper[other].isFinite { rowUpper[other] -= d * constant }
        let added = -d * factor
        if let position = rowColumns[other].firstIndex(of: x) {
          rowValues[other][position] += added
          if let back = columnRows[x].firstIndex(of: other) { columnValues[x][back] = rowValues[other][position] }
        } else {
          rowColumns[other].append(x)
          rowValues[other].append(added)
          columnRows[x].append(other)
          columnValues[x].append(added)
        }
      }
      offset += cost[y] * constant
      cost[x] -= cost[y] * factor
      rowActive[row] = false
      columnActive[y] = false
      records.append(.substitutedColumn(column: y, by: x, constant: constant, factor: factor))
      count("doubleton equality")
      if lower[x] == upper[x] { fixColumn(x, at: lower[x], kind: "fixed column") }
    }
  }
}
