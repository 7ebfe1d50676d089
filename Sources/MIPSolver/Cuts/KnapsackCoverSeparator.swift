/// Separates lifted cover inequalities from knapsack-shaped rows (Wolsey, *Integer Programming*,
/// 1998, §9.3; Gu, Nemhauser and Savelsbergh 1998 for sequential lifting).
///
/// Each finite side of a row is read as `Σ a_j x_j <= b`. Binary columns stay; every other column
/// is replaced by its smallest contribution over the global bounds (so the relaxation is valid), and
/// binaries with a negative coefficient are complemented (`x = 1 - x̄`), giving a knapsack
/// `Σ w_k z_k <= c` with `w_k > 0`. A cover `C` (`Σ_C w > c`) is built greedily from the LP point
/// (smallest `(1 - z*_k) / w_k` first), made minimal, and the cover inequality
/// `Σ_C z_k <= |C| - 1` is lifted up sequentially over the other items with an exact 0-1 knapsack
/// dynamic program on the inequality's integer coefficients. Only cuts violated by more than
/// `minimumViolation` are returned, translated back to the original columns.
struct KnapsackCoverSeparator: Sendable {
  private let rowStarts: [Int]
  private let rowColumns: [Int]
  private let rowValues: [Double]
  private let rowLower: [Double]
  private let rowUpper: [Double]
  private let isInteger: [Bool]
  private let feasibility: Double
  /// A cut must be violated by at least this much (in units of the cut's integer right-hand side).
  let minimumViolation = 1e-3
  /// At most this many cuts per call.
  let maximumCuts = 200

  /// A separator over `problem`'s rows.
  init(problem: MIPProblem, tolerances: Tolerances) {
    rowStarts = problem.rowStarts
    rowColumns = problem.rowColumns
    rowValues = problem.rowValues
    rowLower = problem.lp.rowLower
    rowUpper = problem.lp.rowUpper
    isInteger = problem.isInteger
    feasibility = tolerances.primalFeasibility
  }

  /// The violated lifted covers at `x` for the global bounds `lower`/`upper`, in row order.
  func separate(x: [Double], lower: [Double], upper: [Double]) -> [LPRow] {
    var cuts: [LPRow] = []
    for i in 0..<rowLower.count {
      for sign in [1.0, -1.0] {
        let side = sign > 0 ? rowUpper[i] : -rowLower[i]
        guard side.isFinite else { continue }
        var columns: [Int] = []
        var weights: [Double] = []
        for k in rowStarts[i]..<rowStarts[i + 1] {
          columns.append(rowColumns[k])
          weights.append(sign * rowValues[k])
        }
        if let cut = separateKnapsack(columns: columns, weights: weights, capacity: side, x: x, lower: lower, upper: upper) {
          cuts.append(cut)
          if cuts.count >= maximumCuts { return cuts }
        }
      }
    }
    return cuts
  }

  /// A violated lifted cover for `Σ weights[k] x[columns[k]] <= capacity`, if one is found.
  func separateKnapsack(
    columns: [Int], weights: [Double], capacity: Double, x: [Double], lower: [Double], upper: [Double]
  ) -> LPRow? {
    var items: [(column: Int, weight: Double, complemented: Bool, value: Double)] = []
    var remaining = capacity
    for (j, a) in zip(columns, weights) {
      let binary = isInteger[j] && lower[j] == 0 && upper[j] == 1
      if binary {
        if a > 0 {
          items.append((j, a, false, x[j]))
        } else if a < 0 {
          items.append((j, -a, true, 1 - x[j]))
          remaining -= a
        }
      } else {
        let smallest = a > 0 ? a * lower[j] : a * upper[j]
        guard smallest.isFinite else { return nil }
        remaining -= smallest
      }
    }
    if items.count < 2 { return nil }
    let capacityTolerance = feasibility * max(1, abs(remaining))
    // Items that cannot fit alone are fixed at 0 by propagation; leave them out.
    items.removeAll { $0.weight > remaining + capacityTolerance }
    if items.count < 2 { return nil }
    var total = 0.0
    for item in items { total += item.weight }
    if total <= remaining + capacityTolerance { return nil }

    // Greedy cover by (1 - z*) / w, ties by column.
    let order = items.indices.sorted { a, b in
      let ka = (1 - items[a].value) / items[a].weight, kb = (1 - items[b].value) / items[b].weight
      return ka != kb ? ka < kb : items[a].column < items[b].column
    }
    var inCover = [Bool](repeating: false, count: items.count)
    var coverWeight = 0.0
    for index in order {
      inCover[index] = true
      coverWeight += items[index].weight
      if coverWeight > remaining + capacityTolerance { break }
    }
    if coverWeight <= remaining + capacityTolerance { return nil }
    // Make it minimal: drop items with the smallest z* first while it stays a cover.
    let dropOrder = items.indices.filter { inCover[$0] }.sorted { a, b in
      items[a].value != items[b].value ? items[a].value < items[b].value : items[a].column < items[b].column
    }
    for index in dropOrder where coverWeight - items[index].weight > remaining + capacityTolerance {
      inCover[index] = false
      coverWeight -= items[index].weight
    }
    let coverSize = inCover.filter { $0 }.count
    if coverSize < 2 { return nil }
    let rhs = coverSize - 1

    // Sequential up-lifting with f[v] = least weight reaching lifted value v.
    var coefficients = [Int](repeating: 0, count: items.count)
    for index in items.indices where inCover[index] { coefficients[index] = 1 }
    var minWeight = [Double](repeating: .infinity, count: rhs + 2)
    minWeight[0] = 0
    func addToTable(value: Int, weight: Double) {
      for v in stride(from: minWeight.count - 1, through: 1, by: -1) {
        let from = max(0, v - value)
        let candidate = minWeight[from] + weight
        if candidate < minWeight[v] { minWeight[v] = candidate }
      }
    }
    for index in items.indices where inCover[index] { addToTable(value: 1, weight: items[index].weight) }
    let liftOrder = items.indices.filter { !inCover[$0] }.sorted { a, b in
      items[a].value != items[b].value ? items[a].value > items[b].value : items[a].column < items[b].column
    }
    for index in liftOrder {
      let room = remaining - items[index].weight + capacityTolerance
      var best = 0
      for v in 0..<minWeight.count where minWeight[v] <= room { best = v }
      let alpha = rhs - best
      if alpha > 0 {
        coefficients[index] = alpha
        addToTable(value: alpha, weight: items[index].weight)
      }
    }

    // Violation at z*.
    var activity = 0.0
    for index in items.indices where coefficients[index] > 0 { activity += Double(coefficients[index]) * items[index].value }
    if activity <= Double(rhs) + minimumViolation { return nil }

    // Back to x: z = x or 1 - x.
    var indices: [Int] = []
    var values: [Double] = []
    var upperSide = Double(rhs)
    for index in items.indices where coefficients[index] > 0 {
      let c = Double(coefficients[index])
      indices.append(items[index].column)
      if items[index].complemented {
        values.append(-c)
        upperSide -= c
      } else {
        values.append(c)
      }
    }
    return LPRow(indices: indices, values: values, lower: -.infinity, upper: upperSide)
  }
}
