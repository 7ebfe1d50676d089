/// Separates Gomory mixed-integer (GMI) cuts from rows of the optimal simplex tableau (Gomory 1960;
/// Cornuéjols, "Revival of the Gomory cuts in the 1990's", Annals of OR 149, 2007; Wolsey 1998, §8.6).
///
/// For a basic integer column `x_p` with a fractional value, the tableau row (from the engine, see
/// `LPRelaxationSolver.tableauRow(basicColumn:)`) reads `x_p + Σ t_k v_k = 0` over the non-basic
/// columns and row logicals `r_i = -(A x)_i`. Each non-basic `v_k` sits at a bound and is shifted
/// to `z_k >= 0` (`v_k - l_k` or `u_k - v_k`), giving `x_p + Σ a_k z_k = β` with `f0 = frac(β)`.
/// The GMI cut is `Σ φ_k z_k >= 1` with
/// `φ_k = f_k / f0` (integer `z_k`, `f_k = frac(a_k) <= f0`), `(1 - f_k) / (1 - f0)` (integer, `f_k > f0`),
/// `a_k / f0` (continuous, `a_k > 0`), `-a_k / (1 - f0)` (continuous, `a_k < 0`).
/// A logical is integer when its row has only integer columns with integer coefficients and it
/// sits at an integral side. The cut is written back in the structural columns (logicals replaced
/// by `-(A x)_i`), tiny coefficients are relaxed with the column bounds, and it is kept only if its
/// dynamism and efficacy are acceptable.
struct GomorySeparator: Sendable {
  private let problem: MIPProblem
  /// Whether each original row's logical is integer-valued (integer columns, integer coefficients).
  private let integralRow: [Bool]
  /// Basic values whose fractional part lies within this distance of an integer are skipped.
  let minimumFractionality = 0.005
  /// A cut's violation divided by its Euclidean norm must exceed this.
  let minimumEfficacy = 1e-5
  /// At most this many cuts per call (the most efficacious).
  let maximumCuts = 100
  /// The ratio between the largest and smallest kept coefficient of a cut is at most this.
  let maximumDynamism = 1e6
  /// Cuts with more non-zeros than `max(1500, columns / 8)` are dropped: dense cuts slow every node
  /// LP (measured: a cap of 1000 takes pf_n1000_s1 from 51 s to 7.5 s at gap 1e-4, but leaves
  /// pf_n100_s3, 1,100 columns, unsolved in 60 s instead of 2.8 s).
  var maximumSupport: Int { max(1500, problem.columnCount / 8) }
  /// Tableau entries below this magnitude are numerical noise and skipped.
  let tableauZero = 1e-12

  /// A separator over `problem`'s rows.
  init(problem: MIPProblem) {
    self.problem = problem
    var integral = [Bool](repeating: true, count: problem.rowCount)
    for i in 0..<problem.rowCount {
      for k in problem.rowStarts[i]..<problem.rowStarts[i + 1] {
        let value = problem.rowValues[k]
        if !problem.isInteger[problem.rowColumns[k]] || value != value.rounded() {
          integral[i] = false
          break
        }
      }
    }
    integralRow = integral
  }

  /// One row of the LP: the original rows of `problem`, then the added cuts.
  private struct RowView {
    var indices: ArraySlice<Int>
    var values: ArraySlice<Double>
    var lower: Double
    var upper: Double
    var integral: Bool
  }

  private func rowView(_ i: Int, cuts: [LPRow]) -> RowView {
    if i < problem.rowCount {
      let range = problem.rowStarts[i]..<problem.rowStarts[i + 1]
      return RowView(
        indices: problem.rowColumns[range], values: problem.rowValues[range], lower: problem.lp.rowLower[i],
        upper: problem.lp.rowUpper[i], integral: integralRow[i])
    }
    let cut = cuts[i - problem.rowCount]
    var integral = true
    for (j, value) in zip(cut.indices, cut.values) where !problem.isInteger[j] || value != value.rounded() {
      integral = false
      break
    }
    return RowView(
      indices: cut.indices[...], values: cut.values[...], lower: cut.lower, upper: cut.upper, integral: integral)
  }

  /// GMI cuts from the tableau rows of the fractional basic integer columns of `x` (the engine's
  /// current optimal solution), the most efficacious first (ties: column order).
  ///
  /// - Parameters:
  ///   - lp: the engine holding the optimal basis; its rows are `problem`'s rows followed by `cuts`.
  ///   - x: the engine's column values.
  ///   - lower, upper: the column bounds in force in the engine (the cuts are valid within them).
  ///   - cuts: the rows added to the engine so far, in order.
  ///   - limit: at most this many cuts (default `maximumCuts`).
  func separate<LP: LPRelaxationSolver>(
    lp: LP, x: [Double], lower: [Double], upper: [Double], cuts: [LPRow], limit: Int? = nil
  ) -> [LPRow] {
    let n = problem.columnCount
    let m = lp.rowCount
    guard m == problem.rowCount + cuts.count else { return [] }
    var rows: [RowView] = []
    rows.reserveCapacity(m)
    var activity = [Double](repeating: 0, count: m)
    for i in 0..<m {
      let row = rowView(i, cuts: cuts)
      var sum = 0.0
      for (j, value) in zip(row.indices, row.values) { sum += value * x[j] }
      activity[i] = sum
      rows.append(row)
    }
    var candidates: [(score: Double, column: Int)] = []
    for j in 0..<n where problem.isInteger[j] {
      let f = x[j] - x[j].rounded(.down)
      if f < minimumFractionality || f > 1 - minimumFractionality { continue }
      candidates.append((min(f, 1 - f), j))
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.column < $1.column }
    var found: [(efficacy: Double, column: Int, cut: LPRow)] = []
    var dense = [Double](repeating: 0, count: n)
    for candidate in candidates.prefix(2 * maximumCuts) {
      guard let tableau = lp.tableauRow(basicColumn: candidate.column), tableau.count == n + m else { continue }
      if let cut = gomoryCut(
        tableau, basic: candidate.column, x: x, lower: lower, upper: upper, rows: rows, activity: activity,
        dense: &dense)
      {
        found.append((cut.efficacy, candidate.column, cut.row))
      }
    }
    found.sort { $0.efficacy != $1.efficacy ? $0.efficacy > $1.efficacy : $0.column < $1.column }
    return found.prefix(limit ?? maximumCuts).map(\.cut)
  }

  /// The GMI cut of one tableau row, in the structural columns, with its efficacy at `x`.
  private func gomoryCut(
    _ t: [Double], basic p: Int, x: [Double], lower: [Double], upper: [Double], rows: [RowView],
    activity: [Double], dense: inout [Double]
  ) -> (efficacy: Double, row: LPRow)? {
    let n = problem.columnCount
    // Shifted non-basic variables: z_k = sign_k (v_k - bound_k), a_k = t_k sign_k.
    var terms: [(index: Int, a: Double, sign: Double, bound: Double, integer: Bool)] = []
    var beta = 0.0
    for k in t.indices where k != p {
      let tk = t[k]
      if abs(tk) <= tableauZero { continue }
      let value: Double, low: Double, high: Double, isInteger: Bool
      if k < n {
        value = x[k]
        low = lower[k]
        high = upper[k]
        isInteger = problem.isInteger[k]
      } else {
        let row = rows[k - n]
        value = -activity[k - n]
        low = -row.upper
        high = -row.lower
        isInteger = row.integral
      }
      let atUpper: Bool
      if low.isFinite && high.isFinite {
        atUpper = high - value < value - low
      } else if low.isFinite {
        atUpper = false
      } else if high.isFinite {
        atUpper = true
      } else {
        return nil
      }
      let bound = atUpper ? high : low
      let sign: Double = atUpper ? -1 : 1
      beta -= tk * bound
      terms.append((k, tk * sign, sign, bound, isInteger && bound == bound.rounded()))
    }
    // β must reproduce the basic value (the row is x_p = -Σ t_k v_k with every v_k at its bound).
    guard abs(beta - x[p]) <= 1e-6 * max(1, abs(beta)) else { return nil }
    let f0 = beta - beta.rounded(.down)
    if f0 < minimumFractionality || f0 > 1 - minimumFractionality { return nil }
    // Σ γ_k z_k >= 1 becomes Σ γ_k sign_k v_k >= 1 + Σ γ_k sign_k bound_k.
    var rhs = 1.0
    var touched: [Int] = []
    func addColumn(_ j: Int, _ c: Double) {
      if dense[j] == 0 { touched.append(j) }
      dense[j] += c
      if dense[j] == 0 { dense[j] = Double.leastNonzeroMagnitude }
    }
    for term in terms {
      let gamma: Double
      if term.integer {
        let fk = term.a - term.a.rounded(.down)
        gamma = fk <= f0 ? fk / f0 : (1 - fk) / (1 - f0)
      } else {
        gamma = term.a > 0 ? term.a / f0 : -term.a / (1 - f0)
      }
      if gamma == 0 { continue }
      let c = gamma * term.sign
      rhs += c * term.bound
      if term.index < n {
        addColumn(term.index, c)
      } else {
        // v = r_i = -(A x)_i.
        let row = rows[term.index - n]
        for (j, value) in zip(row.indices, row.values) { addColumn(j, -c * value) }
      }
    }
    defer { for j in touched { dense[j] = 0 } }
    touched.sort()
    var largest = 0.0
    for j in touched { largest = max(largest, abs(dense[j])) }
    guard largest > 0, largest.isFinite, rhs.isFinite else { return nil }
    var indices: [Int] = []
    var values: [Double] = []
    for j in touched {
      let c = dense[j]
      if abs(c) < largest / maximumDynamism {
        // Relax: c x_j <= max(c l_j, c u_j), so drop the term and lower the right-hand side.
        if abs(c) <= Double.leastNormalMagnitude { continue }
        let worst = c > 0 ? c * upper[j] : c * lower[j]
        guard worst.isFinite else { return nil }
        rhs -= worst
        continue
      }
      indices.append(j)
      values.append(c)
    }
    guard !indices.isEmpty, indices.count <= maximumSupport else { return nil }
    var lhs = 0.0, norm = 0.0
    for (j, c) in zip(indices, values) {
      lhs += c * x[j]
      norm += c * c
    }
    let efficacy = (rhs - lhs) / norm.squareRoot()
    guard efficacy > minimumEfficacy, rhs - lhs > 1e-6 * max(1, abs(rhs)) else { return nil }
    return (efficacy, LPRow(indices: indices, values: values, lower: rhs, upper: .infinity))
  }
}
