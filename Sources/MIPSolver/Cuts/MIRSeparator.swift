/// Separates complemented mixed-integer rounding (c-MIR) cuts from rows and short aggregations of
/// rows (Marchand and Wolsey, "Aggregation and mixed integer rounding to solve MIPs", Operations
/// Research 49, 2001; Wolsey 1998, §8.7).
///
/// For a starting row, written with a non-negative slack as an equality, continuous columns strictly
/// between their bounds are eliminated by adding multiples of other rows (up to `maximumAggregation`
/// rows). The aggregate `Σ α_j x_j + Σ σ_k s_k = β` is relaxed to `<=` (and `>=`), bounds are
/// substituted (integers complemented towards the nearer bound, continuous columns shifted to the
/// nearer bound), and for each divisor δ among the integer coefficients (and δ/2, δ/4, δ/8) the MIR
/// inequality `Σ (⌊ã_j/δ⌋ + max(0, f_j - f)/(1 - f)) z_j + Σ_{c_k < 0} c_k y_k / (δ(1 - f)) <= ⌊β̃/δ⌋`
/// is formed; the most efficacious violated one (violation over Euclidean norm) is translated back.
struct MIRSeparator: Sendable {
  private let problem: MIPProblem
  private let feasibility: Double
  /// Rows aggregated at most into one base inequality.
  let maximumAggregation = 5
  /// A cut's violation divided by its norm must exceed this.
  let minimumEfficacy = 1e-4
  /// At most this many cuts per call.
  let maximumCuts = 150
  /// The ratio between the largest and smallest kept coefficient of a cut is at most this.
  let maximumDynamism = 1e6

  /// A separator over `problem`'s rows.
  init(problem: MIPProblem, tolerances: Tolerances) {
    self.problem = problem
    feasibility = tolerances.primalFeasibility
  }

  /// The most efficacious violated c-MIR cut per starting row, best first (ties: row order).
  func separate(x: [Double], lower: [Double], upper: [Double]) -> [LPRow] {
    let n = problem.columnCount
    let m = problem.rowCount
    var rowActivity = [Double](repeating: 0, count: m)
    for i in 0..<m {
      var sum = 0.0
      for k in problem.rowStarts[i]..<problem.rowStarts[i + 1] { sum += problem.rowValues[k] * x[problem.rowColumns[k]] }
      rowActivity[i] = sum
    }
    var found: [(efficacy: Double, row: Int, cut: LPRow)] = []
    var dense = [Double](repeating: 0, count: n)
    var mark = [Bool](repeating: false, count: n)
    for start in 0..<m {
      // Only rows with an integer column are worth starting from.
      var hasInteger = false
      for k in problem.rowStarts[start]..<problem.rowStarts[start + 1] where problem.isInteger[problem.rowColumns[k]] {
        hasInteger = true
        break
      }
      if !hasInteger { continue }
      var aggregate = Aggregate()
      if !aggregate.add(row: start, multiplier: 1, problem: problem, activity: rowActivity, dense: &dense, mark: &mark) {
        continue
      }
      var best: (efficacy: Double, cut: LPRow)?
      for _ in 0..<maximumAggregation {
        for sign in [1.0, -1.0] {
          if let candidate = mirCut(aggregate, sign: sign, dense: dense, x: x, lower: lower, upper: upper),
            candidate.efficacy > (best?.efficacy ?? minimumEfficacy)
          {
            best = candidate
          }
        }
        if best != nil { break }
        // Eliminate the continuous column farthest from its bounds.
        var pivotColumn = -1
        var pivotDistance = feasibility
        for j in aggregate.columns where dense[j] != 0 && !problem.isInteger[j] {
          let distance = min(x[j] - lower[j], upper[j] - x[j])
          if distance > pivotDistance {
            pivotDistance = distance
            pivotColumn = j
          }
        }
        if pivotColumn < 0 { break }
        var next = -1
        var nextValue = 0.0
        let starts = problem.lp.matrix.columnStarts
        // A variable bound row (the column and one integer column) if there is one, else the first
        // other row with the column; ties: lowest index. Measured: preferring any shortest row
        // helps vpm1 but multiplies bell5's tree by 25.
        var isVariableBound = false
        for k in starts[pivotColumn]..<starts[pivotColumn + 1] {
          let i = problem.lp.matrix.rowIndices[k]
          guard !aggregate.rows.contains(i) && abs(problem.lp.matrix.values[k]) > 1e-9 else { continue }
          let first = problem.rowStarts[i]
          let bound =
            problem.rowStarts[i + 1] - first == 2
            && problem.isInteger[problem.rowColumns[problem.rowColumns[first] == pivotColumn ? first + 1 : first]]
          if next < 0 || (bound && !isVariableBound) {
            next = i
            nextValue = problem.lp.matrix.values[k]
            isVariableBound = bound
          }
        }
        if next < 0 { break }
        let multiplier = -dense[pivotColumn] / nextValue
        if !aggregate.add(row: next, multiplier: multiplier, problem: problem, activity: rowActivity, dense: &dense, mark: &mark) {
          break
        }
        dense[pivotColumn] = 0
      }
      for j in aggregate.columns {
        dense[j] = 0
        mark[j] = false
      }
      if let best { found.append((best.efficacy, start, best.cut)) }
    }
    found.sort { $0.efficacy != $1.efficacy ? $0.efficacy > $1.efficacy : $0.row < $1.row }
    return found.prefix(maximumCuts).map(\.cut)
  }

  /// An aggregated equality `Σ dense[j] x_j + Σ slackCoefficient_k s_k = rhs` with `s_k >= 0`.
  private struct Aggregate {
    var rows: [Int] = []
    var columns: [Int] = []
    var rhs = 0.0
    /// Per aggregated row: the slack's coefficient in the aggregate and its value at x*.
    var slacks: [(row: Int, coefficient: Double, value: Double, sideSign: Double)] = []

    /// Adds `multiplier` times row `i` (as an equality with its active side's slack).
    mutating func add(
      row i: Int, multiplier: Double, problem: MIPProblem, activity: [Double], dense: inout [Double], mark: inout [Bool]
    ) -> Bool {
      let low = problem.lp.rowLower[i], high = problem.lp.rowUpper[i]
      // Side: a x + s = high (s >= 0) or a x - s = low (s >= 0); pick the one nearer to active.
      let side: Double
      let slackSign: Double
      if high.isFinite && (!low.isFinite || high - activity[i] <= activity[i] - low) {
        side = high
        slackSign = 1
      } else if low.isFinite {
        side = low
        slackSign = -1
      } else {
        return false
      }
      for k in problem.rowStarts[i]..<problem.rowStarts[i + 1] {
        let j = problem.rowColumns[k]
        dense[j] += multiplier * problem.rowValues[k]
        if !mark[j] {
          mark[j] = true
          columns.append(j)
        }
      }
      rhs += multiplier * side
      if low != high {
        slacks.append((i, multiplier * slackSign, abs(side - activity[i]), slackSign))
      }
      rows.append(i)
      return true
    }
  }

  /// The best MIR cut from `sign * aggregate <= sign * rhs`, with its efficacy, if violated.
  private func mirCut(
    _ aggregate: Aggregate, sign: Double, dense: [Double], x: [Double], lower: [Double], upper: [Double]
  ) -> (efficacy: Double, cut: LPRow)? {
    // Bound substitution: integer z_j >= 0 and continuous y >= 0 (columns and slacks).
    var beta = sign * aggregate.rhs
    var integerTerms: [(column: Int, coefficient: Double, complemented: Bool, value: Double)] = []
    var continuousTerms: [(column: Int, coefficient: Double, complemented: Bool, value: Double)] = []
    for j in aggregate.columns {
      let a = sign * dense[j]
      if abs(a) <= 1e-12 { continue }
      let useUpper: Bool
      if lower[j].isFinite && upper[j].isFinite {
        useUpper = upper[j] - x[j] < x[j] - lower[j]
      } else if lower[j].isFinite {
        useUpper = false
      } else if upper[j].isFinite {
        useUpper = true
      } else {
        return nil
      }
      let bound = useUpper ? upper[j] : lower[j]
      beta -= a * bound
      let term = (j, useUpper ? -a : a, useUpper, useUpper ? upper[j] - x[j] : x[j] - lower[j])
      if problem.isInteger[j] { integerTerms.append(term) } else { continuousTerms.append(term) }
    }
    var slackTerms: [(index: Int, coefficient: Double, value: Double)] = []
    for (index, slack) in aggregate.slacks.enumerated() where slack.coefficient != 0 {
      slackTerms.append((index, sign * slack.coefficient, slack.value))
    }
    if integerTerms.isEmpty { return nil }
    // Continuous part that survives the rounding (negative coefficients), at x*.
    var continuousValue = 0.0
    for term in continuousTerms where term.coefficient < 0 { continuousValue += term.coefficient * term.value }
    for term in slackTerms where term.coefficient < 0 { continuousValue += term.coefficient * term.value }

    var divisors: [Double] = []
    for term in integerTerms where term.value > feasibility && abs(term.coefficient) > 1e-9 {
      let d = abs(term.coefficient)
      if !divisors.contains(d) { divisors.append(d) }
    }
    var bestDelta = 0.0
    var bestEfficacy = minimumEfficacy
    func evaluate(_ delta: Double) -> Double? {
      let scaled = beta / delta
      let f = scaled - scaled.rounded(.down)
      if f < 0.01 || f > 0.99 { return nil }
      var lhs = 0.0
      var norm = 0.0
      for term in integerTerms {
        let q = term.coefficient / delta
        let fj = q - q.rounded(.down)
        let g = q.rounded(.down) + max(0, fj - f) / (1 - f)
        lhs += g * term.value
        norm += g * g
      }
      for term in continuousTerms where term.coefficient < 0 {
        let c = term.coefficient / (delta * (1 - f))
        norm += c * c
      }
      for term in slackTerms where term.coefficient < 0 {
        let c = term.coefficient / (delta * (1 - f))
        norm += c * c
      }
      lhs += continuousValue / (delta * (1 - f))
      let violation = lhs - scaled.rounded(.down)
      guard violation > 1e-6, norm > 0 else { return nil }
      return violation / norm.squareRoot()
    }
    for delta in divisors.prefix(8) {
      if let efficacy = evaluate(delta), efficacy > bestEfficacy {
        bestEfficacy = efficacy
        bestDelta = delta
      }
    }
    if bestDelta == 0 { return nil }
    let base = bestDelta
    for divisor in [2.0, 4.0, 8.0] {
      if let efficacy = evaluate(base / divisor), efficacy > bestEfficacy {
        bestEfficacy = efficacy
        bestDelta = base / divisor
      }
    }
    // Build the cut in the original columns: Σ g_j z_j + Σ h_k y_k <= ⌊β/δ⌋, scaled by δ.
    let delta = bestDelta
    let scaled = beta / delta
    let f = scaled - scaled.rounded(.down)
    var coefficients = [Int: Double]()
    var order: [Int] = []
    var upperSide = delta * scaled.rounded(.down)
    func addTerm(_ column: Int, _ coefficient: Double, complemented: Bool) {
      // z = x - l  or  z = u - x.
      let value = complemented ? -coefficient : coefficient
      upperSide += complemented ? -coefficient * upper[column] : coefficient * lower[column]
      if coefficients[column] == nil { order.append(column) }
      coefficients[column, default: 0] += value
    }
    for term in integerTerms {
      let q = term.coefficient / delta
      let fj = q - q.rounded(.down)
      let g = delta * (q.rounded(.down) + max(0, fj - f) / (1 - f))
      if g != 0 { addTerm(term.column, g, complemented: term.complemented) }
    }
    for term in continuousTerms where term.coefficient < 0 {
      addTerm(term.column, term.coefficient / (1 - f), complemented: term.complemented)
    }
    for term in slackTerms where term.coefficient < 0 {
      // The slack of row r in terms of x: s = sideSign * (side - a_r x).
      let slack = aggregate.slacks[term.index]
      let row = slack.row
      let h = term.coefficient / (1 - f)
      let side = slack.sideSign > 0 ? problem.lp.rowUpper[row] : problem.lp.rowLower[row]
      // h * s = h * sideSign * side - h * sideSign * a_r x.
      upperSide -= h * slack.sideSign * side
      for k in problem.rowStarts[row]..<problem.rowStarts[row + 1] {
        let j = problem.rowColumns[k]
        if coefficients[j] == nil { order.append(j) }
        coefficients[j, default: 0] -= h * slack.sideSign * problem.rowValues[k]
      }
    }
    order.sort()
    var indices: [Int] = []
    var values: [Double] = []
    var largest = 0.0
    for j in order { largest = max(largest, abs(coefficients[j] ?? 0)) }
    if largest == 0 { return nil }
    for j in order {
      let c = coefficients[j] ?? 0
      if abs(c) < largest / maximumDynamism {
        // Drop a tiny coefficient by relaxing with the column's bound.
        let bound = c > 0 ? lower[j] : upper[j]
        if c != 0 {
          guard bound.isFinite else { return nil }
          upperSide -= c * bound
        }
        continue
      }
      indices.append(j)
      values.append(c)
    }
    if indices.isEmpty { return nil }
    var activity = 0.0, norm = 0.0
    for (j, c) in zip(indices, values) {
      activity += c * x[j]
      norm += c * c
    }
    let efficacy = (activity - upperSide) / norm.squareRoot()
    guard efficacy > minimumEfficacy, upperSide.isFinite else { return nil }
    return (efficacy, LPRow(indices: indices, values: values, lower: -.infinity, upper: upperSide))
  }
}
