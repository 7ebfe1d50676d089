/// Activity-based bound tightening on the rows (Achterberg 2007, §7.1: linear constraints).
///
/// For a row `L <= Σ a_j x_j <= U` the minimum and maximum activities over the current box imply
/// `a_j x_j <= U - (minActivity - minContribution_j)` and `a_j x_j >= L - (maxActivity - maxContribution_j)`;
/// integer columns round the implied bound inward. A row whose minimum activity exceeds `U` (or
/// whose maximum is below `L`) proves the box infeasible without an LP. Continuous columns are only
/// tightened when the change is large relative to the bound, so propagation cannot crawl.
struct DomainPropagator: Sendable {
  private let rowStarts: [Int]
  private let rowColumns: [Int]
  private let rowValues: [Double]
  private let columnStarts: [Int]
  private let columnRows: [Int]
  private let columnValues: [Double]
  private let rowLower: [Double]
  private let rowUpper: [Double]
  private let isInteger: [Bool]
  private let feasibility: Double
  private let integrality: Double

  // Workspace: finite part of each row's min/max activity and the number of infinite contributions.
  private var minFinite: [Double]
  private var maxFinite: [Double]
  private var minInfinite: [Int32]
  private var maxInfinite: [Int32]
  private var queued: [Bool]
  private var queue: [Int]

  /// Prepares the propagator for `problem`'s original rows.
  init(problem: MIPProblem, tolerances: Tolerances) {
    rowStarts = problem.rowStarts
    rowColumns = problem.rowColumns
    rowValues = problem.rowValues
    columnStarts = problem.lp.matrix.columnStarts
    columnRows = problem.lp.matrix.rowIndices
    columnValues = problem.lp.matrix.values
    rowLower = problem.lp.rowLower
    rowUpper = problem.lp.rowUpper
    isInteger = problem.isInteger
    feasibility = tolerances.primalFeasibility
    integrality = tolerances.integrality
    let m = problem.rowCount
    minFinite = [Double](repeating: 0, count: m)
    maxFinite = [Double](repeating: 0, count: m)
    minInfinite = [Int32](repeating: 0, count: m)
    maxInfinite = [Int32](repeating: 0, count: m)
    queued = [Bool](repeating: false, count: m)
    queue = []
  }

  /// Tightens `lower`/`upper` to a fixed point (or until the work limit); returns `false` when the
  /// box is proven infeasible. `startColumns` restricts the first pass to the rows of those columns
  /// (`nil`: every row).
  mutating func propagate(lower: inout [Double], upper: inout [Double], startColumns: [Int]? = nil) -> Bool {
    let m = rowLower.count
    for i in 0..<m { computeActivity(i, lower: lower, upper: upper) }
    queue.removeAll(keepingCapacity: true)
    if let startColumns {
      for j in startColumns { enqueueRows(of: j) }
    } else {
      for i in 0..<m { queued[i] = true; queue.append(i) }
    }
    var work = 0
    let workLimit = 10 * rowColumns.count + 1000
    var head = 0
    while head < queue.count {
      let i = queue[head]
      head += 1
      queued[i] = false
      work += rowStarts[i + 1] - rowStarts[i]
      if !propagateRow(i, lower: &lower, upper: &upper) {
        for k in head..<queue.count { queued[queue[k]] = false }
        return false
      }
      if work > workLimit { break }
      if head > 4096 && head * 2 > queue.count {
        queue.removeFirst(head)
        head = 0
      }
    }
    for k in head..<queue.count { queued[queue[k]] = false }
    return true
  }

  private func tolerance(_ side: Double) -> Double { feasibility * max(1, abs(side)) }

  private mutating func enqueueRows(of column: Int) {
    for k in columnStarts[column]..<columnStarts[column + 1] {
      let i = columnRows[k]
      if !queued[i] {
        queued[i] = true
        queue.append(i)
      }
    }
  }

  private mutating func computeActivity(_ i: Int, lower: [Double], upper: [Double]) {
    var minSum = 0.0, maxSum = 0.0
    var minInf: Int32 = 0, maxInf: Int32 = 0
    for k in rowStarts[i]..<rowStarts[i + 1] {
      let j = rowColumns[k]
      let a = rowValues[k]
      let (low, high) = a > 0 ? (lower[j], upper[j]) : (upper[j], lower[j])
      if low.isFinite { minSum += a * low } else { minInf += 1 }
      if high.isFinite { maxSum += a * high } else { maxInf += 1 }
    }
    minFinite[i] = minSum
    maxFinite[i] = maxSum
    minInfinite[i] = minInf
    maxInfinite[i] = maxInf
  }

  /// Updates the activities of the rows of `j` for its bound change and queues them.
  private mutating func boundChanged(_ j: Int, oldLower: Double, oldUpper: Double, lower: Double, upper: Double) {
    for k in columnStarts[j]..<columnStarts[j + 1] {
      let i = columnRows[k]
      let a = columnValues[k]
      let (oldLow, oldHigh, newLow, newHigh) =
        a > 0 ? (oldLower, oldUpper, lower, upper) : (oldUpper, oldLower, upper, lower)
      if oldLow != newLow {
        if oldLow.isFinite { minFinite[i] -= a * oldLow } else { minInfinite[i] -= 1 }
        if newLow.isFinite { minFinite[i] += a * newLow } else { minInfinite[i] += 1 }
      }
      if oldHigh != newHigh {
        if oldHigh.isFinite { maxFinite[i] -= a * oldHigh } else { maxInfinite[i] -= 1 }
        if newHigh.isFinite { maxFinite[i] += a * newHigh } else { maxInfinite[i] += 1 }
      }
      if !queued[i] {
        queued[i] = true
        queue.append(i)
      }
    }
  }

  private mutating func propagateRow(_ i: Int, lower: inout [Double], upper: inout [Double]) -> Bool {
    let rowUp = rowUpper[i], rowLow = rowLower[i]
    if minInfinite[i] == 0 && minFinite[i] > rowUp + tolerance(rowUp) { return false }
    if maxInfinite[i] == 0 && maxFinite[i] < rowLow - tolerance(rowLow) { return false }
    let useUpper = rowUp.isFinite && minInfinite[i] <= 1
    let useLower = rowLow.isFinite && maxInfinite[i] <= 1
    if !useUpper && !useLower { return true }
    for k in rowStarts[i]..<rowStarts[i + 1] {
      let j = rowColumns[k]
      let a = rowValues[k]
      var newLower = lower[j], newUpper = upper[j]
      if useUpper {
        // Minimum activity of the rest of the row.
        let own = a > 0 ? lower[j] : upper[j]
        var rest: Double?
        if own.isFinite {
          if minInfinite[i] == 0 { rest = minFinite[i] - a * own }
        } else if minInfinite[i] == 1 {
          rest = minFinite[i]
        }
        if let rest {
          let implied = (rowUp - rest) / a
          if a > 0 { newUpper = min(newUpper, implied) } else { newLower = max(newLower, implied) }
        }
      }
      if useLower {
        let own = a > 0 ? upper[j] : lower[j]
        var rest: Double?
        if own.isFinite {
          if maxInfinite[i] == 0 { rest = maxFinite[i] - a * own }
        } else if maxInfinite[i] == 1 {
          rest = maxFinite[i]
        }
        if let rest {
          let implied = (rowLow - rest) / a
          if a > 0 { newLower = max(newLower, implied) } else { newUpper = min(newUpper, implied) }
        }
      }
      if newLower == lower[j] && newUpper == upper[j] { continue }
      let oldLower = lower[j], oldUpper = upper[j]
      if isInteger[j] {
        if newUpper < oldUpper { newUpper = (newUpper + integrality).rounded(.down) }
        if newLower > oldLower { newLower = (newLower - integrality).rounded(.up) }
      } else {
        // Continuous: accept only substantial tightenings of a finite size.
        let range = oldUpper - oldLower
        let threshold = 1e-3 * max(1, range.isFinite ? range : max(abs(newLower), abs(newUpper)))
        if !(newUpper < oldUpper - threshold) || abs(newUpper) > 1e9 { newUpper = oldUpper }
        if !(newLower > oldLower + threshold) || abs(newLower) > 1e9 { newLower = oldLower }
      }
      newUpper = min(newUpper, oldUpper)
      newLower = max(newLower, oldLower)
      if newLower > newUpper {
        if newLower > newUpper + tolerance(newUpper) * 10 { return false }
        // Crossed within the tolerance: collapse onto the nearer original bound.
        if isInteger[j] { return false }
        let value = newLower == oldLower ? oldLower : newUpper == oldUpper ? oldUpper : (newLower + newUpper) / 2
        newLower = value
        newUpper = value
      }
      if newLower == oldLower && newUpper == oldUpper { continue }
      lower[j] = newLower
      upper[j] = newUpper
      boundChanged(j, oldLower: oldLower, oldUpper: oldUpper, lower: newLower, upper: newUpper)
    }
    return true
  }
}
