/// A globally valid linear inequality learnt from the LP duals of a pruned node (a "dual proof",
/// Witzig, Berthold and Heinz, "Experiments with conflict analysis in mixed integer programming",
/// CPAIOR 2017; HiGHS and SCIP keep such proofs in a conflict pool):
///
/// ```
/// Σ_k values[k] x[columns[k]] <= cutoffWeight * cutoff + constant
/// ```
///
/// For any row multipliers `y` (signed so that `y_i > 0` only on rows with a finite lower side and
/// `y_i < 0` only on rows with a finite upper side) and `d = w c - Aᵀ y`, every point `x` that
/// satisfies the rows also satisfies `yᵀ A x >= yᵀ b` (`b_i` the side matching `y_i`'s sign), so
/// `w cᵀ x = dᵀ x + yᵀ A x >= dᵀ x + yᵀ b`. With `w = 1` (an objective proof) every feasible point
/// with `cᵀ x + offset <= cutoff` obeys `dᵀ x <= cutoff - offset - yᵀ b`; with `w = 0` (a Farkas proof) every
/// feasible point obeys `dᵀ x <= -yᵀ b`. The right-hand side is kept as `cutoff + constant` so a
/// better incumbent strengthens every stored proof. Validity does not depend on `y` being optimal,
/// only its usefulness does. Terms on globally fixed columns and tiny coefficients are replaced by
/// their value at the global bound that minimizes them (this only relaxes the inequality).
/// Continuous columns stay in the proof: the planner's payments are bounded locally by their
/// binaries, and replacing them by their global bounds left most proofs unviolated at their node
/// (measured on front_top); propagation tightens only the integer columns.
struct DualProof: Sendable, Equatable {
  /// Columns of the terms (at least one integer).
  var columns: [Int32]
  /// Coefficients, parallel to `columns`; none is zero.
  var values: [Double]
  /// The constant part of the right-hand side (engine's minimization units).
  var constant: Double
  /// Whether the right-hand side contains the cutoff (an objective proof) or not (a Farkas proof).
  var usesCutoff: Bool

  /// The right-hand side for the objective cutoff `cutoff` (minimization units).
  func rightHandSide(cutoff: Double) -> Double {
    usesCutoff ? cutoff + constant : constant
  }
}

/// Builds dual proofs from row multipliers; keeps its work vector between calls.
struct DualProofBuilder: Sendable {
  /// A proof with more terms than this share of the columns is not kept. No limit by default:
  /// measured on front_top, a 30% limit rejected most proofs (about 120 of 472 columns each) and
  /// the search stayed as slow as without proofs.
  var maxDensity = 1.0
  /// A proof with more terms than this is not kept.
  var maxTerms = 1000
  private var reduced: [Double]
  private let objective: [Double]
  private let offset: Double
  private let columnStarts: [Int]
  private let rowIndices: [Int]
  private let matrixValues: [Double]
  private let isInteger: [Bool]

  /// Prepares a builder for `problem` (the matrix, costs and integrality are copied once).
  init(problem: MIPProblem) {
    reduced = [Double](repeating: 0, count: problem.columnCount)
    objective = problem.lp.objective
    offset = problem.lp.objectiveOffset
    columnStarts = problem.lp.matrix.columnStarts
    rowIndices = problem.lp.matrix.rowIndices
    matrixValues = problem.lp.matrix.values
    isInteger = problem.isInteger
  }

  /// The proof from multipliers `duals` on the model rows (`rowLower`/`rowUpper`, the problem's
  /// rows first) followed by the globally valid added rows `addedRows`, or `nil` when it is useless.
  ///
  /// - Parameters:
  ///   - duals: one multiplier per row (model rows, then `addedRows`), any sign; a multiplier whose
  ///     side is infinite is treated as zero.
  ///   - usesCutoff: `true` for an objective proof (`w = 1`), `false` for a Farkas proof (`w = 0`).
  ///   - cutoff: the objective cutoff the proof must separate (ignored for a Farkas proof).
  ///   - globalLower, globalUpper: bounds valid for every point of interest (used to drop terms and
  ///     to reject proofs that can never be violated).
  ///   - localLower, localUpper: the pruned node's box; the proof is kept only if it is violated there.
  ///   - tolerance: the violation required at the node (absolute, also scaled by the right-hand side).
  ///   - pinned: a proof from the root LP's duals (generalized reduced-cost fixing): kept whatever its
  ///     density and without the violation test (`cutoff` may then be any finite value).
  mutating func derive(
    duals: [Double], rowLower: [Double], rowUpper: [Double], addedRows: [LPRow], usesCutoff: Bool,
    cutoff: Double, globalLower: [Double], globalUpper: [Double], localLower: [Double], localUpper: [Double],
    tolerance: Double, pinned: Bool = false
  ) -> DualProof? {
    let n = reduced.count
    let modelRows = rowLower.count
    guard duals.count == modelRows + addedRows.count, !usesCutoff || cutoff.isFinite || pinned else { return nil }
    var largest = 0.0
    for v in duals { largest = max(largest, abs(v)) }
    guard largest > 0 || usesCutoff else { return nil }
    let negligible = 1e-12 * largest
    for j in 0..<n { reduced[j] = usesCutoff ? objective[j] : 0 }
    // yᵀ b and the magnitude of its terms (for the round-off margin).
    var product = 0.0
    var magnitude = usesCutoff && cutoff.isFinite ? abs(cutoff) : 0
    for i in 0..<modelRows {
      let y = duals[i]
      guard abs(y) > negligible else { continue }
      let side = y > 0 ? rowLower[i] : rowUpper[i]
      guard side.isFinite else { continue }
      product += y * side
      magnitude += abs(y * side)
    }
    for (k, row) in addedRows.enumerated() {
      let y = duals[modelRows + k]
      guard abs(y) > negligible else { continue }
      let side = y > 0 ? row.lower : row.upper
      guard side.isFinite else { continue }
      product += y * side
      magnitude += abs(y * side)
      for (j, a) in zip(row.indices, row.values) { reduced[j] -= y * a }
    }
    for j in 0..<n {
      var sum = 0.0
      for e in columnStarts[j]..<columnStarts[j + 1] {
        let i = rowIndices[e]
        let y = duals[i]
        guard abs(y) > negligible else { continue }
        let side = y > 0 ? rowLower[i] : rowUpper[i]
        if side.isFinite { sum += y * matrixValues[e] }
      }
      reduced[j] -= sum
    }
    // Terms: columns with a coefficient that matters; the rest moves to the constant.
    var largestTerm = 0.0
    for j in 0..<n { largestTerm = max(largestTerm, abs(reduced[j])) }
    let tiny = 1e-9 * max(largestTerm, 1e-300)
    // The cutoff includes the objective offset: cᵀx + offset <= cutoff.
    var constant = -product - (usesCutoff ? offset : 0)
    magnitude += usesCutoff ? abs(offset) : 0
    var integerTerms = 0
    var columns: [Int32] = []
    var values: [Double] = []
    for j in 0..<n {
      let d = reduced[j]
      if d == 0 { continue }
      let low = globalLower[j], high = globalUpper[j]
      let minimizing = d > 0 ? low : high
      let range = high - low
      let keep = range > 0 && abs(d) > tiny && abs(d) * range > 1e-9 * max(1, magnitude)
      if keep {
        columns.append(Int32(j))
        values.append(d)
        if isInteger[j] { integerTerms += 1 }
      } else {
        guard minimizing.isFinite else { return nil }
        constant -= d * minimizing
        magnitude += abs(d * minimizing)
      }
    }
    guard integerTerms > 0, pinned || (columns.count <= maxTerms && Double(columns.count) <= maxDensity * Double(n) + 1)
    else {
      return nil
    }
    for (j, d) in zip(columns, values) {
      let bound = d > 0 ? globalLower[Int(j)] : globalUpper[Int(j)]
      if bound.isFinite { magnitude += abs(d * bound) }
    }
    // Round-off margin: the sums above are exact to far better than 1e-9 of their magnitudes.
    constant += 1e-9 * magnitude + 1e-12
    let proof = DualProof(columns: columns, values: values, constant: constant, usesCutoff: usesCutoff)
    if pinned { return proof }
    let rhs = proof.rightHandSide(cutoff: cutoff)
    // Useful only if violated at the node and not redundant at the global bounds.
    var localMinimum = 0.0, globalMaximum = 0.0
    for (j, d) in zip(columns, values) {
      let c = Int(j)
      localMinimum += d * (d > 0 ? localLower[c] : localUpper[c])
      globalMaximum += d * (d > 0 ? globalUpper[c] : globalLower[c])
    }
    guard localMinimum > rhs + tolerance * max(1, abs(rhs)) else { return nil }
    guard globalMaximum > rhs else { return nil }
    return proof
  }
}
