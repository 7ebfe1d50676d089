extension LinearModel {
  /// The same model with each row's entries sorted by variable index (the order `MPSReader`
  /// produces), so `MPSReader.read(MPSWriter.write(m)) == m.withSortedRowEntries()`.
  public func withSortedRowEntries() -> LinearModel {
    var copy = self
    for rowIndex in copy.rows.indices {
      let row = copy.rows[rowIndex]
      let order = row.indices.indices.sorted { row.indices[$0] < row.indices[$1] }
      copy.rows[rowIndex].indices = order.map { row.indices[$0] }
      copy.rows[rowIndex].coefficients = order.map { row.coefficients[$0] }
    }
    return copy
  }
}
