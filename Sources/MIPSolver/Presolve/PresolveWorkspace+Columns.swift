import OptimizationModel

/// Column reductions: empty columns, dual fixing (dominated columns) and free column singletons.
extension PresolveWorkspace {
  mutating func columnReductions() throws(PresolveStop) {
    for column in lower.indices where columnActive[column] {
      var downLocked = false
      var upLocked = false
      var length = 0
      var lastRow = -1
      var lastValue = 0.0
      for (row, value) in zip(columnRows[column], columnValues[column]) where rowActive[row] && value != 0 {
        length += 1
        lastRow = row
        lastValue = value
        if (value > 0 && rowLower[row].isFinite) || (value < 0 && rowUpper[row].isFinite) { downLocked = true }
        if (value > 0 && rowUpper[row].isFinite) || (value < 0 && rowLower[row].isFinite) { upLocked = true }
      }
      let name = original.variables[column].name
      if length == 0 {
        let value: Double
        if cost[column] > 0 {
          value = lower[column]
        } else if cost[column] < 0 {
          value = upper[column]
        } else {
          value = min(max(0, lower[column]), upper[column])
        }
        if !value.isFinite {
          throw PresolveStop(status: .unboundedOrInfeasible("column '\(name)' is in no row and improves without bound"))
        }
        fixColumn(column, at: value, kind: "empty column")
        continue
      }
      if cost[column] >= 0 && !downLocked {
        if lower[column].isFinite {
          fixColumn(column, at: lower[column], kind: "dominated column")
          continue
        }
        if cost[column] > 0 {
          throw PresolveStop(status: .unboundedOrInfeasible("column '\(name)' improves without bound"))
        }
      }
      if cost[column] <= 0 && !upLocked {
        if upper[column].isFinite {
          fixColumn(column, at: upper[column], kind: "dominated column")
          continue
        }
        if cost[column] < 0 {
          throw PresolveStop(status: .unboundedOrInfeasible("column '\(name)' improves without bound"))
        }
      }
      if length == 1 && !isInteger[column] && lower[column] == -.infinity && upper[column] == .infinity {
        freeColumnSingleton(column, row: lastRow, coefficient: lastValue)
      }
    }
  }

  /// Removes a free continuous column that is alone in its row with the row, when its cost is zero
  /// (the column absorbs any activity) or the row is an equality (the column is substituted out of
  /// the objective).
  mutating func freeColumnSingleton(_ column: Int, row: Int, coefficient: Double) {
    let isEquality = rowLower[row] == rowUpper[row]
    guard cost[column] == 0 || isEquality else { return }
    var others: [Int] = []
    var otherCoefficients: [Double] = []
    for (other, value) in zip(rowColumns[row], rowValues[row]) where other != column && columnActive[other] && value != 0 {
      others.append(other)
      otherCoefficients.append(value)
    }
    if cost[column] != 0 {
      // x = (b - Σ a_k x_k) / a: cost c x = c b / a - Σ (c a_k / a) x_k.
      let ratio = cost[column] / coefficient
      offset += ratio * rowLower[row]
      for (other, value) in zip(others, otherCoefficients) { cost[other] -= ratio * value }
    }
    rowActive[row] = false
    columnActive[column] = false
    records.append(
      .freeColumnSingleton(
        column: column, row: row, coefficient: coefficient, lower: rowLower[row], upper: rowUpper[row], others: others,
        otherCoefficients: otherCoefficients))
    count("free column singleton")
  }
}
