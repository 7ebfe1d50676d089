/// The active submatrix of a sparse Gaussian elimination (the working storage of `SparseLU`).
///
/// Values are stored by rows; columns keep only their row pattern, which may hold stale rows
/// (rows already pivoted) that are skipped on use. Counts are exact. Singleton stacks make the
/// triangular part of a basis (slack columns, singleton rows) cost no search; the rest is searched
/// by increasing column count (lazy count buckets), stopping after a few columns with an
/// acceptable pivot (Zlatev 1980). The storage is kept between factorizations (`reset`), so a
/// refactorization allocates nothing once the arrays have grown.
struct ActiveSubmatrix {
  private var dimension = 0
  private var rowPositions: [[Int]] = []
  private var rowValues: [[Double]] = []
  private var columnPattern: [[Int]] = []
  private var rowCount: [Int] = []
  private var columnCount: [Int] = []
  private var rowActive: [Bool] = []
  private var columnActive: [Bool] = []
  /// Cached `max |a_rj|` of each active row; negative when stale.
  private var rowMax: [Double] = []
  private var columnSingletons: [Int] = []
  private var rowSingletons: [Int] = []
  /// `countBuckets[c]` lists columns that had count `c` when added (stale entries are skipped).
  private var countBuckets: [[Int]] = []
  /// Scatter map: `slot[position]` is the index of `position` in the row being updated, or -1.
  private var slot: [Int] = []

  /// Columns with an acceptable pivot examined before the Markowitz search stops.
  static let searchColumns = 4

  /// Empties the storage for a `dimension × dimension` matrix, keeping capacity.
  mutating func reset(dimension m: Int) {
    if rowPositions.count < m {
      let extra = m - rowPositions.count
      rowPositions += Array(repeating: [], count: extra)
      rowValues += Array(repeating: [], count: extra)
      columnPattern += Array(repeating: [], count: extra)
      countBuckets += Array(repeating: [], count: extra + 1)
    }
    if countBuckets.count < m + 1 { countBuckets += Array(repeating: [], count: m + 1 - countBuckets.count) }
    for i in 0..<m {
      rowPositions[i].removeAll(keepingCapacity: true)
      rowValues[i].removeAll(keepingCapacity: true)
      columnPattern[i].removeAll(keepingCapacity: true)
    }
    for c in 0...m { countBuckets[c].removeAll(keepingCapacity: true) }
    dimension = m
    rowCount = Array(repeating: 0, count: m)
    columnCount = Array(repeating: 0, count: m)
    rowActive = Array(repeating: true, count: m)
    columnActive = Array(repeating: true, count: m)
    rowMax = Array(repeating: -1, count: m)
    slot = Array(repeating: -1, count: m)
    columnSingletons.removeAll(keepingCapacity: true)
    rowSingletons.removeAll(keepingCapacity: true)
  }

  mutating func insert(row: Int, position: Int, value: Double) {
    rowPositions[row].append(position)
    rowValues[row].append(value)
    columnPattern[position].append(row)
    rowCount[row] += 1
    columnCount[position] += 1
  }

  /// Seeds the singleton stacks and the count buckets after the last `insert`.
  mutating func seedSingletons() {
    for p in stride(from: dimension - 1, through: 0, by: -1) where columnCount[p] == 1 { columnSingletons.append(p) }
    for r in stride(from: dimension - 1, through: 0, by: -1) where rowCount[r] == 1 { rowSingletons.append(r) }
    for p in 0..<dimension where columnCount[p] > 0 { countBuckets[columnCount[p]].append(p) }
  }

  /// The value of `(row, position)` in the active matrix, or 0.
  private func value(row: Int, position: Int) -> Double {
    let positions = rowPositions[row]
    for t in positions.indices where positions[t] == position { return rowValues[row][t] }
    return 0
  }

  private mutating func rowMaximum(_ row: Int) -> Double {
    if rowMax[row] >= 0 { return rowMax[row] }
    var best = 0.0
    for v in rowValues[row] { best = max(best, abs(v)) }
    rowMax[row] = best
    return best
  }

  /// Chooses the next pivot (singletons first, then least Markowitz cost), or `nil` if none is acceptable.
  mutating func choosePivot(threshold: Double, absolutePivot: Double) -> (row: Int, position: Int)? {
    while let p = columnSingletons.popLast() {
      guard columnActive[p], columnCount[p] == 1 else { continue }
      for r in columnPattern[p] where rowActive[r] {
        let v = value(row: r, position: p)
        if v == 0 { continue }
        if abs(v) > absolutePivot && abs(v) >= threshold * rowMaximum(r) { return (r, p) }
        break
      }
    }
    while let r = rowSingletons.popLast() {
      guard rowActive[r], rowCount[r] == 1, let p = rowPositions[r].first else { continue }
      if abs(rowValues[r][0]) > absolutePivot { return (r, p) }
    }
    return markowitzSearch(threshold: threshold, absolutePivot: absolutePivot)
  }

  private mutating func markowitzSearch(threshold: Double, absolutePivot: Double) -> (row: Int, position: Int)? {
    var best: (row: Int, position: Int)?
    var bestCost = Int.max
    var bestRatio = 0.0
    var examined = 0
    var count = 1
    while count <= dimension {
      // A column of count c costs at least (c - 1) · 1 once rows of count 1 are gone.
      if examined >= Self.searchColumns || (best != nil && bestCost <= count - 1) { break }
      // Take the bucket out, drop its stale entries (pivoted or recounted columns), put it back.
      var bucket = countBuckets[count]
      countBuckets[count] = []
      var kept = 0
      for t in bucket.indices where columnActive[bucket[t]] && columnCount[bucket[t]] == count {
        bucket[kept] = bucket[t]
        kept += 1
      }
      bucket.removeLast(bucket.count - kept)
      for p in bucket where examined < Self.searchColumns {
        var found = false
        for r in columnPattern[p] where rowActive[r] {
          let cost = (rowCount[r] - 1) * (count - 1)
          if cost > bestCost { continue }
          let v = abs(value(row: r, position: p))
          if v <= absolutePivot { continue }
          let maximum = rowMaximum(r)
          guard v >= threshold * maximum else { continue }
          found = true
          let ratio = v / maximum
          if cost < bestCost || ratio > bestRatio {
            best = (r, p)
            bestCost = cost
            bestRatio = ratio
          }
        }
        if found { examined += 1 }
      }
      countBuckets[count] = bucket
      count += 1
    }
    if best == nil {
      // Fall back to a full scan (counts may sit in no bucket after a rejected singleton).
      for p in 0..<dimension where columnActive[p] && columnCount[p] > 0 {
        for r in columnPattern[p] where rowActive[r] {
          let v = abs(value(row: r, position: p))
          if v <= absolutePivot || v < threshold * rowMaximum(r) { continue }
          let cost = (rowCount[r] - 1) * (columnCount[p] - 1)
          if cost < bestCost {
            best = (r, p)
            bestCost = cost
          }
        }
      }
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
      if columnCount[p] > 0 { countBuckets[columnCount[p]].append(p) }
    }
    var pattern = columnPattern[c]
    columnPattern[c] = []
    for i in pattern where rowActive[i] {
      updateRow(i, pivotPosition: c, pivot: pivot, uPositions: uPositions, uValues: uValues,
                lIndex: &lIndex, lValue: &lValue)
    }
    pattern.removeAll(keepingCapacity: true)
    columnPattern[c] = pattern
    rowPositions[r].removeAll(keepingCapacity: true)
    rowValues[r].removeAll(keepingCapacity: true)
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
    defer {
      rowPositions[i] = positions
      rowValues[i] = values
    }
    guard let t = positions.firstIndex(of: c) else { return }
    let multiplier = values[t] / pivot
    positions.swapAt(t, positions.count - 1)
    values.swapAt(t, values.count - 1)
    positions.removeLast()
    values.removeLast()
    rowCount[i] -= 1
    rowMax[i] = -1
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
        countBuckets[columnCount[p]].append(p)
        rowCount[i] += 1
      }
    }
    for p in positions { slot[p] = -1 }
    if rowCount[i] == 1 { rowSingletons.append(i) }
  }

  /// Positions (columns) still active, ascending.
  func activePositions() -> [Int] { (0..<dimension).filter { columnActive[$0] } }
  /// Rows still active, ascending.
  func activeRows() -> [Int] { (0..<dimension).filter { rowActive[$0] } }
}
