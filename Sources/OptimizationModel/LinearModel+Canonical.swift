extension LinearModel {
  /// The same model with each row's entries sorted by variable index (the order `MPSReader`
  /// produces), so `MPSReader.read(MPSWriter.write(m)) == m.withSortedRowEntries()`. Rows already in
  /// that order are left as they are (no copy of their arrays).
  public func withSortedRowEntries() -> LinearModel {
    var copy = self
    for rowIndex in copy.rows.indices where !copy.rows[rowIndex].hasSortedEntries {
      let row = copy.rows[rowIndex]
      let order = row.indices.indices.sorted { row.indices[$0] < row.indices[$1] }
      copy.rows[rowIndex].indices = order.map { row.indices[$0] }
      copy.rows[rowIndex].coefficients = order.map { row.coefficients[$0] }
    }
    return copy
  }

  /// Whether every row's entries are in increasing variable order.
  public var hasSortedRowEntries: Bool { rows.allSatisfy(\.hasSortedEntries) }
}

extension LinearModel.Row {
  /// Whether the entries are in increasing variable order.
  var hasSortedEntries: Bool {
    var previous = Int.min
    for index in indices {
      if index < previous { return false }
      previous = index
    }
    return true
  }
}
