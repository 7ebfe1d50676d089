@testable import MIPSolver

/// A small dense LP used by the tests, and an independent oracle for it: vertex enumeration.
///
/// The oracle needs every column boxed (finite bounds), so the feasible set, if not empty, is a
/// polytope whose optimum is attained at a vertex: a point where `n` linearly independent
/// constraints (column or row bounds) are active. It tries every choice of `n` of them.
struct DenseLP: CustomStringConvertible {
  var objective: [Double]
  var rows: [[Double]]
  var rowLower: [Double]
  var rowUpper: [Double]
  var columnLower: [Double]
  var columnUpper: [Double]
  var offset: Double = 0

  var description: String {
    "DenseLP(c: \(objective), rows: \(rows), rowLower: \(rowLower), rowUpper: \(rowUpper), "
      + "columnLower: \(columnLower), columnUpper: \(columnUpper))"
  }

  /// The problem in the engine's sparse form.
  var problem: LPProblem {
    let n = objective.count
    var starts = [0]
    var indices: [Int] = []
    var values: [Double] = []
    for j in 0..<n {
      for (i, row) in rows.enumerated() where row[j] != 0 {
        indices.append(i)
        values.append(row[j])
      }
      starts.append(indices.count)
    }
    return LPProblem(
      objective: objective, objectiveOffset: offset, columnLower: columnLower, columnUpper: columnUpper,
      rowLower: rowLower, rowUpper: rowUpper,
      matrix: SparseMatrix(rowCount: rows.count, columnStarts: starts, rowIndices: indices, values: values))
  }

  /// The optimal objective by vertex enumeration, or `nil` when infeasible (all columns boxed).
  func referenceOptimum(tolerance: Double = 1e-7) -> Double? {
    let n = objective.count
    // Candidate active constraints: (coefficients, right-hand side).
    var constraints: [([Double], Double)] = []
    for j in 0..<n {
      var unit = [Double](repeating: 0, count: n)
      unit[j] = 1
      constraints.append((unit, columnLower[j]))
      if columnUpper[j] != columnLower[j] { constraints.append((unit, columnUpper[j])) }
    }
    for (i, row) in rows.enumerated() {
      if rowLower[i].isFinite { constraints.append((row, rowLower[i])) }
      if rowUpper[i].isFinite && rowUpper[i] != rowLower[i] { constraints.append((row, rowUpper[i])) }
    }
    var best: Double?
    var choice = [Int](repeating: 0, count: n)
    func visit(_ depth: Int, _ start: Int) {
      if depth == n {
        guard let point = Self.solveSquare(choice.map { constraints[$0].0 }, choice.map { constraints[$0].1 })
        else { return }
        guard isFeasible(point, tolerance: tolerance) else { return }
        var value = offset
        for j in 0..<n { value += objective[j] * point[j] }
        if best.map({ value < $0 }) ?? true { best = value }
        return
      }
      if start >= constraints.count { return }
      for k in start..<constraints.count {
        choice[depth] = k
        visit(depth + 1, k + 1)
      }
    }
    visit(0, 0)
    return best
  }

  /// The reference answer for columns that may be unbounded: the problem is solved inside the
  /// boxes `[-10³, 10³]` and `[-10⁴, 10⁴]` (intersected with the column bounds); a better optimum
  /// in the larger box means unbounded. Valid for small integer data, whose vertices lie well inside.
  func referenceAnswer() -> (status: LPStatus, optimum: Double?) {
    func boxed(_ size: Double) -> DenseLP {
      var copy = self
      copy.columnLower = columnLower.map { max($0, -size) }
      copy.columnUpper = columnUpper.map { min($0, size) }
      return copy
    }
    guard let small = boxed(1e3).referenceOptimum() else { return (.infeasible, nil) }
    guard let large = boxed(1e4).referenceOptimum() else { return (.infeasible, nil) }
    if large < small - 1e-6 * (1 + abs(small)) { return (.unbounded, nil) }
    return (.optimal, small)
  }

  func isFeasible(_ point: [Double], tolerance: Double) -> Bool {
    for j in point.indices where point[j] < columnLower[j] - tolerance || point[j] > columnUpper[j] + tolerance {
      return false
    }
    for (i, row) in rows.enumerated() {
      var activity = 0.0
      for j in point.indices { activity += row[j] * point[j] }
      if activity < rowLower[i] - tolerance || activity > rowUpper[i] + tolerance { return false }
    }
    return true
  }

  /// Gaussian elimination with partial pivoting; `nil` when (nearly) singular.
  static func solveSquare(_ matrix: [[Double]], _ rhs: [Double]) -> [Double]? {
    let n = rhs.count
    var a = matrix
    var b = rhs
    for k in 0..<n {
      var pivotRow = k
      for i in k..<n where abs(a[i][k]) > abs(a[pivotRow][k]) { pivotRow = i }
      if abs(a[pivotRow][k]) < 1e-9 { return nil }
      a.swapAt(k, pivotRow)
      b.swapAt(k, pivotRow)
      for i in (k + 1)..<n where a[i][k] != 0 {
        let factor = a[i][k] / a[k][k]
        for j in k..<n { a[i][j] -= factor * a[k][j] }
        b[i] -= factor * b[k]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for k in stride(from: n - 1, through: 0, by: -1) {
      var sum = b[k]
      for j in (k + 1)..<n { sum -= a[k][j] * x[j] }
      x[k] = sum / a[k][k]
    }
    return x
  }
}
