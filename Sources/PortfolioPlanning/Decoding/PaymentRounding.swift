import PortfolioDomain

/// Turns the split's payments (kUSD, floating point) into whole dollars that add up exactly to each
/// funded tier's yearly cost and respect every cap, floor, share and the budget band.
///
/// Step 1, per (candidate, year) cell: largest-remainder rounding of the sources' dollar amounts to the
/// cell's exact cost (ties by source order). Step 2, an integer repair pass: while some source breaks an
/// upper limit (a yearly cap, its total cap or the band's maximum, its share of a candidate) or falls
/// below a floor, move whole dollars inside one cell to or from another eligible source that has room.
/// Rounding moves at most one dollar per source and cell, so a few moves suffice.
struct PaymentRounding {
  /// One funded candidate's year: its exact cost and the eligible sources' amounts.
  struct Cell {
    var candidate: CandidateID
    var year: Year
    /// The cost to be paid, whole dollars.
    var target: Int64
    /// The eligible sources, in source-ID order, and their amounts in dollars (floating, then rounded).
    var sources: [SourceID]
    var amounts: [Double]
    var dollars: [Int64] = []
  }

  /// The limits to respect, in whole dollars.
  struct Limits {
    var yearlyCap: [SourceID: [Year: Int64]] = [:]
    var totalCap: [SourceID: Int64] = [:]
    var totalFloor: [SourceID: Int64] = [:]
    /// Per source and candidate: the most it may pay of that candidate in total.
    var shareCap: [SourceID: [CandidateID: Int64]] = [:]
  }

  var cells: [Cell]
  let limits: Limits

  /// Rounds and repairs; returns the cells with `dollars` set.
  mutating func run() -> [Cell] {
    for index in cells.indices { roundCell(index) }
    repair()
    return cells
  }

  private mutating func roundCell(_ index: Int) {
    let amounts = cells[index].amounts.map { max(0, $0) }
    var dollars = amounts.map { Int64($0.rounded(.down)) }
    var remainder = cells[index].target - dollars.reduce(0, +)
    let order = amounts.indices.sorted { lhs, rhs in
      let a = amounts[lhs] - amounts[lhs].rounded(.down)
      let b = amounts[rhs] - amounts[rhs].rounded(.down)
      return a != b ? a > b : lhs < rhs
    }
    var k = 0
    while remainder > 0 && !order.isEmpty {
      dollars[order[k % order.count]] += 1
      remainder -= 1
      k += 1
    }
    k = 0
    while remainder < 0 && !order.isEmpty {
      let position = order[order.count - 1 - (k % order.count)]
      if dollars[position] > 0 {
        dollars[position] -= 1
        remainder += 1
      }
      k += 1
      if k > 4 * order.count * 1000 { break }
    }
    cells[index].dollars = dollars
  }

  // MARK: - Repair

  private func paid(_ source: SourceID, year: Year? = nil, candidate: CandidateID? = nil) -> Int64 {
    var total: Int64 = 0
    for cell in cells where (year == nil || cell.year == year) && (candidate == nil || cell.candidate == candidate) {
      for (position, id) in cell.sources.enumerated() where id == source { total += cell.dollars[position] }
    }
    return total
  }

  /// How many more dollars `source` may pay in `cell` without breaking an upper limit.
  private func room(_ source: SourceID, in cell: Cell) -> Int64 {
    var room = Int64.max
    if let cap = limits.yearlyCap[source]?[cell.year] { room = min(room, cap - paid(source, year: cell.year)) }
    if let cap = limits.totalCap[source] { room = min(room, cap - paid(source)) }
    if let cap = limits.shareCap[source]?[cell.candidate] { room = min(room, cap - paid(source, candidate: cell.candidate)) }
    return room
  }

  /// How many dollars `source` may give up without falling below its floor.
  private func spare(_ source: SourceID) -> Int64 {
    guard let floor = limits.totalFloor[source] else { return .max }
    return paid(source) - floor
  }

  /// The first broken limit: the source, how much too much (positive) or too little (negative), and the
  /// cells that count against it.
  private func firstViolation() -> (source: SourceID, excess: Int64, cells: [Int])? {
    let sources = Array(Set(cells.flatMap(\.sources))).sorted()
    for source in sources {
      let mine = cells.indices.filter { cells[$0].sources.contains(source) }
      for (year, cap) in (limits.yearlyCap[source] ?? [:]).sorted(by: { $0.key < $1.key }) {
        let excess = paid(source, year: year) - cap
        if excess > 0 { return (source, excess, mine.filter { cells[$0].year == year }) }
      }
      for (candidate, cap) in (limits.shareCap[source] ?? [:]).sorted(by: { $0.key < $1.key }) {
        let excess = paid(source, candidate: candidate) - cap
        if excess > 0 { return (source, excess, mine.filter { cells[$0].candidate == candidate }) }
      }
      if let cap = limits.totalCap[source], paid(source) > cap { return (source, paid(source) - cap, mine) }
      if let floor = limits.totalFloor[source], paid(source) < floor { return (source, paid(source) - floor, mine) }
    }
    return nil
  }

  private mutating func repair() {
    var guardCount = 0
    while let violation = firstViolation(), guardCount < 10_000 {
      guardCount += 1
      var moved = false
      for index in violation.cells {
        let cell = cells[index]
        guard let from = cell.sources.firstIndex(of: violation.source) else { continue }
        for (other, id) in cell.sources.enumerated() where other != from {
          if violation.excess > 0 {
            let amount = min(violation.excess, cell.dollars[from], room(id, in: cell))
            guard amount > 0 else { continue }
            cells[index].dollars[from] -= amount
            cells[index].dollars[other] += amount
          } else {
            let amount = min(-violation.excess, cell.dollars[other], spare(id), room(violation.source, in: cell))
            guard amount > 0 else { continue }
            cells[index].dollars[other] -= amount
            cells[index].dollars[from] += amount
          }
          moved = true
          break
        }
        if moved { break }
      }
      if !moved { return }
    }
  }
}
