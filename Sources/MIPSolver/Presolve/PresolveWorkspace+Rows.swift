import OptimizationModel

/// Row reductions that compare coefficients: knapsack coefficient tightening and duplicate rows.
extension PresolveWorkspace {
  /// Tightens the coefficients of binary columns in rows with one finite side.
  ///
  /// In `Σ a_k x_k <= b` (a `>=` row is negated) with maximum activity M: a binary `x_j` with
  /// `a_j > 0` and `M - a_j < b` (the row is slack whenever `x_j = 0`) gets `a_j - d` and the side
  /// `b - d` with `d = b - (M - a_j)`; with `a_j < 0` and `M + a_j < b` it gets `a_j + d`,
  /// `d = b - (M + a_j)`. Both keep the same integer points and shrink the LP relaxation.
  mutating func tightenKnapsackCoefficients() {
    for row in rowLower.indices where rowActive[row] {
      let lowerFinite = rowLower[row].isFinite
      let upperFinite = rowUpper[row].isFinite
      guard lowerFinite != upperFinite else { continue }
      let sign: Double = upperFinite ? 1 : -1
      var side = upperFinite ? rowUpper[row] : -rowLower[row]
      var maximum = 0.0
      var bounded = true
      for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] && value != 0 {
        let scaledValue = sign * value
        let bound = scaledValue > 0 ? upper[column] : lower[column]
        if !bound.isFinite {
          bounded = false
          break
        }
        maximum += scaledValue * bound
      }
      guard bounded else { continue }
      for position in rowColumns[row].indices {
        let column = rowColumns[row][position]
        guard columnActive[column], isInteger[column], lower[column] == 0, upper[column] == 1 else { continue }
        let tolerance = scaled(Self.redundancy, side)
        guard maximum > side + tolerance else { break }
        let value = sign * rowValues[row][position]
        var newValue = value
        if value > 0 && maximum - value < side - tolerance {
          let shrink = side - (maximum - value)
          newValue = value - shrink
          side -= shrink
          maximum -= shrink
        } else if value < 0 && maximum + value < side - tolerance {
          newValue = value + (side - (maximum + value))
        } else {
          continue
        }
        rowValues[row][position] = sign * newValue
        if let index = columnRows[column].firstIndex(of: row) { columnValues[column][index] = sign * newValue }
        if upperFinite { rowUpper[row] = side } else { rowLower[row] = -side }
        records.append(
          .tightenedCoefficient(
            row: row, column: column, coefficient: sign * newValue, lower: rowLower[row], upper: rowUpper[row]))
        count("coefficient tightened")
      }
    }
  }

  /// Merges parallel rows (`a_k = λ a_i`) into the first one, intersecting their sides.
  mutating func mergeDuplicateRows() throws(PresolveStop) {
    struct Key {
      var row: Int
      var columns: [Int]
      var values: [Double]
      var scale: Double
    }
    var keys: [Key] = []
    for row in rowLower.indices where rowActive[row] {
      var entries: [(Int, Double)] = []
      for (column, value) in zip(rowColumns[row], rowValues[row]) where columnActive[column] && value != 0 {
        entries.append((column, value))
      }
      guard entries.count >= 2 else { continue }
      entries.sort { $0.0 < $1.0 }
      let scale = entries[0].1
      keys.append(Key(row: row, columns: entries.map(\.0), values: entries.map { $0.1 / scale }, scale: scale))
    }
    func precedes(_ a: Key, _ b: Key) -> Bool {
      if a.columns.count != b.columns.count { return a.columns.count < b.columns.count }
      for (x, y) in zip(a.columns, b.columns) where x != y { return x < y }
      for (x, y) in zip(a.values, b.values) where x != y { return x < y }
      return a.row < b.row
    }
    keys.sort(by: precedes)
    var start = 0
    while start < keys.count {
      var end = start + 1
      while end < keys.count && keys[end].columns == keys[start].columns
        && zip(keys[end].values, keys[start].values).allSatisfy({ abs($0 - $1) <= 1e-12 * max(1, abs($0)) })
      {
        end += 1
      }
      if end - start > 1 {
        let group = keys[start..<end].sorted { $0.row < $1.row }
        let kept = group[0]
        for other in group.dropFirst() {
          // Row `other` = λ · row `kept` with λ = other.scale / kept.scale.
          let ratio = other.scale / kept.scale
          let low = ratio > 0 ? rowLower[other.row] / ratio : rowUpper[other.row] / ratio
          let high = ratio > 0 ? rowUpper[other.row] / ratio : rowLower[other.row] / ratio
          var newLower = max(rowLower[kept.row], low)
          let newUpper = min(rowUpper[kept.row], high)
          if newLower > newUpper {
            if newLower - newUpper > scaled(options.feasibility, newUpper) {
              throw PresolveStop(
                status: .infeasible(
                  "rows '\(original.rows[kept.row].name)' and '\(original.rows[other.row].name)' are parallel with disjoint sides"))
            }
            newLower = newUpper
          }
          rowLower[kept.row] = newLower
          rowUpper[kept.row] = newUpper
          rowActive[other.row] = false
          records.append(.mergedRow(removed: other.row, kept: kept.row))
          count("duplicate row")
        }
      }
      start = end
    }
  }
}
