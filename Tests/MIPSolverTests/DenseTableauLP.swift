@testable import MIPSolver

/// A small dense two-phase tableau simplex with Bland's rule, used only by the tests as an
/// independent `LPRelaxationSolver` (no warm start: every `solve()` starts from scratch, and the
/// basis it reports is a placeholder). Fine for a few dozen columns.
final class DenseTableauLP: LPRelaxationSolver {
  private var problem: LPProblem
  private var addedRows: [LPRow] = []
  private var cutoff = Double.infinity
  private(set) var iterationCount = 0
  private(set) var objectiveValue = 0.0
  private(set) var columnValues: [Double]
  private(set) var rowActivities: [Double] = []
  private(set) var rowDuals: [Double] = []
  private(set) var reducedCosts: [Double]
  private let epsilon = 1e-9

  init(_ problem: LPProblem) {
    self.problem = problem
    columnValues = [Double](repeating: 0, count: problem.columnCount)
    reducedCosts = [Double](repeating: 0, count: problem.columnCount)
  }

  var columnCount: Int { problem.columnCount }
  var rowCount: Int { problem.rowCount + addedRows.count }
  func setColumnBounds(_ column: Int, lower: Double, upper: Double) {
    problem.columnLower[column] = lower
    problem.columnUpper[column] = upper
  }
  func columnBounds(_ column: Int) -> (lower: Double, upper: Double) {
    (problem.columnLower[column], problem.columnUpper[column])
  }
  func setObjectiveCutoff(_ value: Double) { cutoff = value }
  func addRows(_ rows: [LPRow]) { addedRows.append(contentsOf: rows) }
  func removeRows(_ rows: [Int]) {
    let drop = Set(rows.map { $0 - problem.rowCount })
    addedRows = addedRows.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
  }
  var basis: LPBasis {
    get {
      LPBasis(
        columnStatus: [BasisStatus](repeating: .atLower, count: columnCount),
        rowStatus: [BasisStatus](repeating: .basic, count: rowCount))
    }
    set {}
  }

  /// All rows (original then added) as dense coefficient arrays with their sides.
  private func allRows() -> [(coefficients: [Double], lower: Double, upper: Double)] {
    var rows: [(coefficients: [Double], lower: Double, upper: Double)] = []
    for i in 0..<problem.rowCount {
      rows.append(([Double](repeating: 0, count: columnCount), problem.rowLower[i], problem.rowUpper[i]))
    }
    for j in 0..<columnCount {
      for k in problem.matrix.columnStarts[j]..<problem.matrix.columnStarts[j + 1] {
        rows[problem.matrix.rowIndices[k]].coefficients[j] = problem.matrix.values[k]
      }
    }
    for row in addedRows {
      var coefficients = [Double](repeating: 0, count: columnCount)
      for (j, value) in zip(row.indices, row.values) { coefficients[j] += value }
      rows.append((coefficients, row.lower, row.upper))
    }
    return rows
  }

  func solve(iterationLimit: Int) -> LPStatus {
    let n = columnCount
    for j in 0..<n where problem.columnLower[j] > problem.columnUpper[j] + epsilon { return .infeasible }
    // Column substitution x_j = shift_j + Σ sign * p_k.
    var shift = [Double](repeating: 0, count: n)
    var parts: [[(variable: Int, sign: Double)]] = []
    var variableCount = 0
    var boundRows: [(variable: Int, range: Double)] = []
    for j in 0..<n {
      let low = problem.columnLower[j], high = problem.columnUpper[j]
      if low.isFinite {
        shift[j] = low
        parts.append([(variableCount, 1)])
        if high.isFinite { boundRows.append((variableCount, max(0, high - low))) }
        variableCount += 1
      } else if high.isFinite {
        shift[j] = high
        parts.append([(variableCount, -1)])
        variableCount += 1
      } else {
        parts.append([(variableCount, 1), (variableCount + 1, -1)])
        variableCount += 2
      }
    }
    // Equations over p (and slacks): rows are (coefficients over p, slack sign or 0, rhs, source row).
    let rows = allRows()
    var equations: [(coefficients: [Double], slack: Double, rhs: Double, source: Int)] = []
    for (i, row) in rows.enumerated() {
      var coefficients = [Double](repeating: 0, count: variableCount)
      var constant = 0.0
      for j in 0..<n where row.coefficients[j] != 0 {
        constant += row.coefficients[j] * shift[j]
        for part in parts[j] { coefficients[part.variable] += part.sign * row.coefficients[j] }
      }
      if row.lower == row.upper {
        equations.append((coefficients, 0, row.lower - constant, i))
      } else {
        if row.upper.isFinite { equations.append((coefficients, 1, row.upper - constant, i)) }
        if row.lower.isFinite { equations.append((coefficients, -1, row.lower - constant, i)) }
      }
    }
    for bound in boundRows {
      var coefficients = [Double](repeating: 0, count: variableCount)
      coefficients[bound.variable] = 1
      equations.append((coefficients, 1, bound.range, -1))
    }
    let m = equations.count
    let slackCount = equations.filter { $0.slack != 0 }.count
    let structural = variableCount + slackCount
    let width = structural + m + 1  // + artificials + rhs
    var tableau = [[Double]](repeating: [Double](repeating: 0, count: width), count: m)
    var flip = [Double](repeating: 1, count: m)
    var slackIndex = variableCount
    for (r, equation) in equations.enumerated() {
      for k in 0..<variableCount { tableau[r][k] = equation.coefficients[k] }
      if equation.slack != 0 {
        tableau[r][slackIndex] = equation.slack
        slackIndex += 1
      }
      tableau[r][width - 1] = equation.rhs
      if equation.rhs < 0 {
        flip[r] = -1
        for k in 0..<width { tableau[r][k] = -tableau[r][k] }
      }
      tableau[r][structural + r] = 1
    }
    var basic = (0..<m).map { structural + $0 }
    var iterations = 0

    func pivot(_ r: Int, _ c: Int) {
      let p = tableau[r][c]
      for k in 0..<width { tableau[r][k] /= p }
      for other in 0..<m where other != r && tableau[other][c] != 0 {
        let factor = tableau[other][c]
        for k in 0..<width { tableau[other][k] -= factor * tableau[r][k] }
      }
      basic[r] = c
    }

    /// Minimizes `cost` over the columns allowed to enter; returns false when unbounded.
    func optimize(_ cost: [Double], enterable: Int) -> Bool? {
      while true {
        var entering = -1
        for c in 0..<enterable {
          var reduced = cost[c]
          for r in 0..<m { reduced -= cost[basic[r]] * tableau[r][c] }
          if reduced < -epsilon {
            entering = c
            break
          }
        }
        if entering < 0 { return true }
        var leaving = -1
        var bestRatio = Double.infinity
        for r in 0..<m where tableau[r][entering] > epsilon {
          let ratio = tableau[r][width - 1] / tableau[r][entering]
          if ratio < bestRatio - epsilon || (abs(ratio - bestRatio) <= epsilon && leaving >= 0 && basic[r] < basic[leaving]) {
            bestRatio = ratio
            leaving = r
          }
        }
        if leaving < 0 { return false }
        if iterations >= iterationLimit { return nil }
        pivot(leaving, entering)
        iterations += 1
      }
    }

    defer { iterationCount += iterations }
    var phaseOne = [Double](repeating: 0, count: width - 1)
    for r in 0..<m { phaseOne[structural + r] = 1 }
    guard optimize(phaseOne, enterable: structural) != nil else { return .iterationLimit }
    var infeasibility = 0.0
    for r in 0..<m where basic[r] >= structural { infeasibility += tableau[r][width - 1] }
    if infeasibility > 1e-7 { return .infeasible }
    for r in 0..<m where basic[r] >= structural {
      if let c = (0..<structural).first(where: { abs(tableau[r][$0]) > epsilon }) { pivot(r, c) }
    }
    var cost = [Double](repeating: 0, count: width - 1)
    for j in 0..<n where problem.objective[j] != 0 {
      for part in parts[j] { cost[part.variable] += part.sign * problem.objective[j] }
    }
    guard let bounded = optimize(cost, enterable: structural) else { return .iterationLimit }
    if !bounded { return .unbounded }

    var p = [Double](repeating: 0, count: structural + m)
    for r in 0..<m { p[basic[r]] = tableau[r][width - 1] }
    var x = shift
    for j in 0..<n { for part in parts[j] { x[j] += part.sign * p[part.variable] } }
    columnValues = x
    var value = problem.objectiveOffset
    for j in 0..<n { value += problem.objective[j] * x[j] }
    objectiveValue = value
    rowActivities = rows.map { row in zip(row.coefficients, x).reduce(0) { $0 + $1.0 * $1.1 } }
    // Duals y = c_B B^-1 (the artificial block holds B^-1 of the flipped rows).
    var duals = [Double](repeating: 0, count: rows.count)
    for (r, equation) in equations.enumerated() where equation.source >= 0 {
      var y = 0.0
      for s in 0..<m { y += cost[basic[s]] * tableau[s][structural + r] }
      duals[equation.source] += flip[r] * y
    }
    rowDuals = duals
    var reduced = problem.objective
    for (i, row) in rows.enumerated() { for j in 0..<n { reduced[j] -= duals[i] * row.coefficients[j] } }
    reducedCosts = reduced
    if value > cutoff { return .cutoff }
    return .optimal
  }
}
