/// Adding and removing rows (cuts) while keeping a valid basis.
extension DualSimplex {
  /// Appends rows; each gets a basic logical, so the basis stays valid and dual feasible.
  public func addRows(_ rows: [LPRow]) {
    if rows.isEmpty { return }
    let oldM = m
    var entries = [[(row: Int, value: Double)]](repeating: [], count: n)
    for (t, row) in rows.enumerated() {
      precondition(row.indices.count == row.values.count, "row \(t): indices and values differ in length")
      for (j, v) in zip(row.indices, row.values) where v != 0 {
        precondition(j >= 0 && j < n, "row \(t): column \(j) out of range 0..<\(n)")
        entries[j].append((oldM + t, v))
      }
      scaling.rowScale.append(scaling.scaleForNewRow(indices: row.indices, values: row.values))
      problem.rowLower.append(row.lower)
      problem.rowUpper.append(row.upper)
    }
    let matrix = problem.matrix
    var starts = [0]
    var indices: [Int] = []
    var values: [Double] = []
    for j in 0..<n {
      for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] {
        indices.append(matrix.rowIndices[e])
        values.append(matrix.values[e])
      }
      for entry in entries[j] {
        indices.append(entry.row)
        values.append(entry.value)
      }
      starts.append(indices.count)
    }
    problem.matrix = SparseMatrix(rowCount: oldM + rows.count, columnStarts: starts, rowIndices: indices, values: values)
    let keptState = state
    let keptX = x
    let keptWeight = weight
    buildComputationalForm()
    state = keptState + Array(repeating: .basic, count: rows.count)
    x = keptX + Array(repeating: 0, count: rows.count)
    basicIndex += (oldM..<m).map { n + $0 }
    weight = keptWeight + Array(repeating: 1, count: rows.count)
    lastStatus = nil
  }

  /// Removes added rows (indices at or above the original row count), keeping the others' order.
  ///
  /// A removed row whose logical is non-basic first has it pivoted into the basis (replacing the
  /// basic variable with the largest entry in its FTRAN'd column), so the remaining basis is valid.
  public func removeRows(_ rows: [Int]) {
    let doomed = Set(rows)
    if doomed.isEmpty { return }
    for i in doomed.sorted() {
      precondition(i >= originalRowCount && i < m, "row \(i) is not an added row (added rows: \(originalRowCount)..<\(m))")
    }
    for i in doomed.sorted() where state[n + i] != .basic {
      if !factorValid { refactor() }
      ftranColumn(n + i)
      var best = -1
      var bestValue = 0.0
      for p in 0..<m where abs(alphaColumn[p]) > bestValue {
        let j = basicIndex[p]
        if j >= n && doomed.contains(j - n) { continue }
        bestValue = abs(alphaColumn[p])
        best = p
      }
      guard best >= 0 else { continue }
      let leaving = basicIndex[best]
      let nearUpper = upper[leaving] < .infinity && abs(x[leaving] - upper[leaving]) < abs(x[leaving] - lower[leaving])
      state[leaving] = nonbasicStatus(leaving, preferring: nearUpper ? .atUpper : .atLower)
      x[leaving] = nonbasicValue(leaving)
      state[n + i] = .basic
      basicIndex[best] = n + i
      factor.update(position: best, alpha: alphaColumn, dropTolerance: tolerances.zero)
    }
    var newIndex = [Int](repeating: -1, count: m)
    var next = 0
    for i in 0..<m where !doomed.contains(i) {
      newIndex[i] = next
      next += 1
    }
    let matrix = problem.matrix
    var starts = [0]
    var indices: [Int] = []
    var values: [Double] = []
    for j in 0..<n {
      for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] where newIndex[matrix.rowIndices[e]] >= 0 {
        indices.append(newIndex[matrix.rowIndices[e]])
        values.append(matrix.values[e])
      }
      starts.append(indices.count)
    }
    let keep = (0..<m).filter { newIndex[$0] >= 0 }
    problem.matrix = SparseMatrix(rowCount: next, columnStarts: starts, rowIndices: indices, values: values)
    problem.rowLower = keep.map { problem.rowLower[$0] }
    problem.rowUpper = keep.map { problem.rowUpper[$0] }
    scaling.rowScale = keep.map { scaling.rowScale[$0] }
    let oldState = state
    let oldX = x
    var newBasic: [Int] = []
    var newWeight: [Double] = []
    for p in 0..<m {
      let j = basicIndex[p]
      if j >= n {
        let row = newIndex[j - n]
        if row < 0 { continue }
        newBasic.append(n + row)
      } else {
        newBasic.append(j)
      }
      newWeight.append(weight[p])
    }
    buildComputationalForm()
    state = Array(oldState[0..<n]) + keep.map { oldState[n + $0] }
    x = Array(oldX[0..<n]) + keep.map { oldX[n + $0] }
    basicIndex = newBasic
    weight = newWeight
    lastStatus = nil
  }
}
