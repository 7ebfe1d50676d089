/// The active submatrix of a sparse Gaussian elimination (the working storage of `SparseLU`).
///
/// Values are stored by rows; columns keep only their row pattern, which may hold stale rows
/// (rows already pivoted) that are skipped on use. Counts are exact. Singleton stacks make the
/// triangular part of a basis (slack columns, singleton rows) cost no search.
struct ActiveSubmatrix {
  private let dimension: Int
  private var rowPositions: [[Int]]
  private var rowValues: [[Double]]
  private var columnPattern: [[Int]]
  private var rowCount: [Int]
  private var columnCount: [Int]
  private var rowActive: [Bool]
  private var columnActive: [Bool]
  private var columnSingletons: [Int] = []
  private var rowSingletons: [Int] = []
  /// Scatter map: `slot[position]` is the index of `position` in the row being updated, or -1.
  private var slot: [Int]

  init(dimension: Int) {
    self.dimension = dimension
    rowPositions = Array(repeating: [], count: dimension)
    rowValues = Array(repeating: [], count: dimension)
    columnPattern = Array(repeating: [], count: dimension)
    rowCount = Array(repeating: 0, count: dimension)
    columnCount = Array(repeating: 0, count: dimension)
    rowActive = Array(repeating: true, count: dimension)
    columnActive = Array(repeating: true, count: dimension)
    slot = Array(repeating: -1, count: dimension)
  }

  mutating func insert(row: Int, position: Int, value: Double) {
    rowPositions[row].append(position)
    rowValues[row].append(value)
    columnPattern[position].append(row)
    rowCount[row] += 1
    columnCount[position] += 1
  }

  mutating func seedSingletons() {
    for p in stride(from: dimension - 1, through: 0, by: -1) where columnCount[p] == 1 { columnSingletons.append(p) }
    for r in stride(from: dimension - 1, through: 0, by: -1) where rowCount[r] == 1 { rowSingletons.append(r) }
  }

  /// The value of `(row, position)` in the active matrix, or 0.
  private func value(row: Int, position: Int) -> Double {
    let positions = rowPositions[row]
    for t in positions.indices where positions[t] == position { return rowValues[row][t] }
    return 0
  }

  private func rowMaximum(_ row: Int) -> Double {
    var best = 0.0
    for v in rowValues[row] { best = max(best, abs(v)) }
    return best
  }

  /// Chooses the next pivot (singletons first, then least Markowitz cost), or `nil` if none is acceptable.
  mutating func choosePivot(threshold: Double, absolutePivot: Double) -> (row: Int, position: Int)? {
    while let p = columnSingletons.popLast() {
      guard columnActive[p], columnCount[p] == 1 else { continue }
      for r in columnPattern[p] where rowActive[r] {
        let v = value(row: r, position: p)
        if v != 0 && abs(v) > absolutePivot && abs(v) >= threshold * rowMaximum(r) { return (r, p) }
        if v != 0 { break }
      }
    }
    while let r = rowSingletons.popLast() {
      guard rowActive[r], rowCount[r] == 1, let p = rowPositions[r].first else { continue }
      if abs(rowValues[r][0]) > absolutePivot { return (r, p) }
    }
    return markowitzSearch(threshold: threshold, absolutePivot: absolutePivot)
  }

  private func markowitzSearch(threshold: Double, absolutePivot: Double) -> (row: Int, position: Int)? {
    var best: (row: Int, position: Int)?
    var bestCost = Int.max
    var bestRatio = 0.0
    for p in 0..<dimension where columnActive[p] && columnCount[p] > 0 {
      let columnCost = columnCount[p] - 1
      for r in columnPattern[p] where rowActive[r] {
        let cost = (rowCount[r] - 1) * columnCost
        if cost > bestCost { continue }
        let v = abs(value(row: r, position: p))
        if v <= absolutePivot { continue }
        let maximum = rowMaximum(r)
        guard v >= threshold * maximum else { continue }
        let ratio = v / maximum
        if cost < bestCost || ratio > bestRatio {
          best = (r, p)
          bestCost = cost
          bestRatio = ratio
        }
      }
      if bestCost == 0 && bestRatio >= 1 { break }
    }
    return best
  }

  /// Eliminates with pivot `(row, position)`, appends the L multipliers, and returns the pivot
  /// value and the pivot row's other entries (the U row).
  mutating func eliminate(
    row r: Int, position c: Int, multipliers lIndex: inout [Int], values lValue: inout [Double]
  ) -> (pivot: Double, positions: [Int], values: [Double]) {
    var pivot = 0.0
    var uPositions: [Int] = []
    var uValues: [Double] = []
    uPositions.reserveCapacity(rowPositions[r].count)
    uValues.reserveCapacity(rowPositions[r].count)
    for (p, v) in zip(rowPositions[r], rowValues[r]) {
      if p == c {
        pivot = v
      } else {
        uPositions.append(p)
        uValues.append(v)
      }
    }
    rowActive[r] = false
    columnActive[c] = false
    for p in uPositions {
      columnCount[p] -= 1
      if columnCount[p] == 1 { columnSingletons.append(p) }
    }
    for i in columnPattern[c] where rowActive[i] {
      updateRow(i, pivotPosition: c, pivot: pivot, uPositions: uPositions, uValues: uValues,
                lIndex: &lIndex, lValue: &lValue)
    }
    rowPositions[r] = []
    rowValues[r] = []
    columnPattern[c] = []
    return (pivot, uPositions, uValues)
  }

  private mutating func updateRow(
    _ i: Int, pivotPosition c: Int, pivot: Double, uPositions: [Int], uValues: [Double],
    lIndex: inout [Int], lValue: inout [Double]
  ) {
    var positions = rowPositions[i]
    var values = rowValues[i]
    rowPositions[i] = []
    rowValues[i] = []
    guard let t = positions.firstIndex(of: c) else {
      rowPositions[i] = positions
      rowValues[i] = values
      return
    }
    let multiplier = values[t] / pivot
    positions.swapAt(t, positions.count - 1)
    values.swapAt(t, values.count - 1)
    positions.removeLast()
    values.removeLast()
    rowCount[i] -= 1
    lIndex.append(i)
    lValue.append(multiplier)
    for (s, p) in positions.enumerated() { slot[p] = s }
    for (p, u) in zip(uPositions, uValues) {
      let s = slot[p]
      if s >= 0 {
        values[s] -= multiplier * u
      } else {
        slot[p] = positions.count
        positions.append(p)
        values.append(-multiplier * u)
        columnPattern[p].append(i)
        columnCount[p] += 1
        rowCount[i] += 1
      }
    }
    for p in positions { slot[p] = -1 }
    if rowCount[i] == 1 { rowSingletons.append(i) }
    rowPositions[i] = positions
    rowValues[i] = values
  }

  /// Positions (columns) still active, ascending.
  func activePositions() -> [Int] { (0..<dimension).filter { columnActive[$0] } }
  /// Rows still active, ascending.
  func activeRows() -> [Int] { (0..<dimension).filter { rowActive[$0] } }
}
