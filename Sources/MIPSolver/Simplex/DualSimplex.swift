/// The LP engine: a bounded dual simplex on the computational form, with a primal simplex for
/// cleanup and for problems that are not dual feasible.
///
/// Computational form (scaled, see `LPScaling`): `[A I] (x, r) = 0` with one logical variable
/// `r_i = -(A x)_i` per row, bounded by `[-rowUpper_i, -rowLower_i]`. Variables `0 ..< n` are the
/// columns, `n ..< n + m` the logicals. The engine keeps its basis and factorization between calls,
/// so bound changes followed by `solve` warm-start (the branch-and-bound node pattern).
///
/// Algorithms, following Koberstein (2005, PhD thesis "The dual simplex method, techniques for a
/// fast and stable implementation") and Maros (2003, "Computational Techniques of the Simplex
/// Method"): dual steepest-edge pricing (Forrest and Goldfarb 1992), a bound-flipping ratio test
/// with Harris' two passes, cost perturbation with a primal cleanup, a dual phase 1 on an auxiliary
/// boxed problem, and the factorization of `BasisFactor`. See `Sources/MIPSolver/README.md`.
///
/// All public values are in the original (unscaled) units of the `LPProblem`, minimization sense.
public final class DualSimplex: LPRelaxationSolver {
  // MARK: Original problem (unscaled), with added rows appended and current column bounds.
  var problem: LPProblem
  /// Rows at or above this index were added with `addRows`.
  let originalRowCount: Int
  /// The tolerances (scaled units inside the engine; `solutionCheck` in original units).
  let tolerances: Tolerances
  var scaling: LPScaling

  // MARK: Scaled computational form
  var m: Int
  let n: Int
  var aStart: [Int]
  var aRow: [Int]
  var aValue: [Double]
  /// The scaled matrix by rows (for the pivot row `rhoᵀ A`, cheap when `rho` is sparse).
  var rowStart: [Int] = []
  var rowColumn: [Int] = []
  var rowValue: [Double] = []
  /// True scaled costs of all `n + m` variables (logicals cost 0).
  var cost: [Double]
  /// Costs in use: perturbed and shifted during the dual simplex.
  var workCost: [Double]
  var lower: [Double]
  var upper: [Double]
  var x: [Double]
  var state: [BasisStatus]
  var basicIndex: [Int]
  /// Reduced costs with respect to `workCost` (0 for basic variables).
  var d: [Double]
  /// Simplex multipliers (row duals) with respect to `workCost`.
  var y: [Double]
  /// Dual steepest-edge weights by basis position.
  var weight: [Double]
  var factor = BasisFactor()
  /// Incremented at every refactorization; a basis snapshot is only valid in its generation.
  var factorGeneration = 0
  /// Recently read bases with their place in the eta file, so setting one back costs no refactor.
  var snapshots: [BasisSnapshot] = []
  var factorValid = false
  var cutoff = Double.infinity
  var totalIterations = 0
  var lastStatus: LPStatus?
  /// Row multipliers of the last dual simplex infeasibility certificate (empty when none).
  var farkasRay: [Double] = []
  var isPerturbed = false
  /// Whether `d` holds the reduced costs of the current basis for `workCost`.
  var dualsValid = false
  /// The primal feasibility tolerance in use (tightened when a solution fails the final check).
  var primalTolerance: Double
  var randomState: UInt64 = 0x5DEE_CE66_D1CE_4E5B

  // MARK: Work vectors (preallocated, sized m or n + m)
  var workRow: [Double]
  var workPosition: [Double]
  var rho: [Double]
  var alphaRow: [Double]
  /// Variables where `alphaRow` may be non-zero (the pattern of the last pivot row).
  var alphaRowIndices: [Int] = []
  /// `alphaRowMark[j]`: whether `j` is in `alphaRowIndices`.
  var alphaRowMark: [Bool] = []
  var alphaColumn: [Double]
  var tau: [Double]
  /// Ratio-test candidates and bound flips of the current iteration.
  var breakpoints: [Breakpoint] = []
  var flips: [Int] = []

  /// Creates an engine for `problem`, scaled, with the all-slack basis.
  ///
  /// - Parameters:
  ///   - problem: the LP (minimization); infinite bounds are `±Double.infinity`.
  ///   - tolerances: the named tolerances (primal and dual feasibility apply to the scaled problem).
  ///   - scale: whether to scale the problem (on by default).
  public init(problem: LPProblem, tolerances: Tolerances = Tolerances(), scale: Bool = true) {
    self.problem = problem
    self.originalRowCount = problem.rowCount
    self.tolerances = tolerances
    primalTolerance = tolerances.primalFeasibility
    m = problem.rowCount
    n = problem.columnCount
    scaling =
      scale
      ? LPScaling(matrix: problem.matrix)
      : LPScaling(rowCount: problem.rowCount, columnCount: problem.columnCount)
    aStart = []
    aRow = []
    aValue = []
    cost = []
    workCost = []
    lower = []
    upper = []
    x = []
    state = []
    basicIndex = []
    d = []
    y = []
    weight = []
    workRow = []
    workPosition = []
    rho = []
    alphaRow = []
    alphaColumn = []
    tau = []
    buildComputationalForm()
    setSlackBasis()
  }

  /// Rebuilds the scaled matrix, costs and bounds from `problem` and `scaling`; resizes work vectors.
  ///
  /// Keeps `state`, `x` and `basicIndex` when their sizes still fit (the caller adjusts them).
  func buildComputationalForm() {
    m = problem.rowCount
    let matrix = problem.matrix
    aStart = matrix.columnStarts
    aRow = matrix.rowIndices
    aValue = matrix.values
    for j in 0..<n {
      for e in aStart[j]..<aStart[j + 1] {
        aValue[e] = matrix.values[e] * scaling.rowScale[aRow[e]] * scaling.columnScale[j]
      }
    }
    buildRowCopy()
    let total = n + m
    cost = Array(repeating: 0, count: total)
    lower = Array(repeating: 0, count: total)
    upper = Array(repeating: 0, count: total)
    for j in 0..<n {
      let s = scaling.columnScale[j]
      cost[j] = problem.objective[j] * s
      lower[j] = problem.columnLower[j] / s
      upper[j] = problem.columnUpper[j] / s
    }
    for i in 0..<m {
      let s = scaling.rowScale[i]
      lower[n + i] = -problem.rowUpper[i] * s
      upper[n + i] = -problem.rowLower[i] * s
    }
    workCost = cost
    isPerturbed = false
    d = Array(repeating: 0, count: total)
    y = Array(repeating: 0, count: m)
    workRow = Array(repeating: 0, count: m)
    workPosition = Array(repeating: 0, count: m)
    rho = Array(repeating: 0, count: m)
    alphaRow = Array(repeating: 0, count: total)
    alphaRowIndices = []
    alphaRowMark = Array(repeating: false, count: total)
    alphaColumn = Array(repeating: 0, count: m)
    tau = Array(repeating: 0, count: m)
    factorValid = false
    dualsValid = false
  }

  /// Builds the row-wise copy of the scaled matrix.
  func buildRowCopy() {
    var counts = [Int](repeating: 0, count: m + 1)
    for e in aRow.indices { counts[aRow[e] + 1] += 1 }
    for i in 0..<m { counts[i + 1] += counts[i] }
    rowStart = counts
    rowColumn = Array(repeating: 0, count: aRow.count)
    rowValue = Array(repeating: 0, count: aRow.count)
    var fill = counts
    for j in 0..<n {
      for e in aStart[j]..<aStart[j + 1] {
        let i = aRow[e]
        rowColumn[fill[i]] = j
        rowValue[fill[i]] = aValue[e]
        fill[i] += 1
      }
    }
  }

  /// Puts every logical in the basis and every column at a bound (the all-slack basis).
  func setSlackBasis() {
    let total = n + m
    state = Array(repeating: .atLower, count: total)
    x = Array(repeating: 0, count: total)
    basicIndex = Array(0..<m).map { n + $0 }
    weight = Array(repeating: 1, count: m)
    for j in 0..<n {
      state[j] = nonbasicStatus(j, preferring: .atLower)
      x[j] = nonbasicValue(j)
    }
    for i in 0..<m { state[n + i] = .basic }
    factorValid = false
    dualsValid = false
  }

  // MARK: - LPRelaxationSolver

  /// The number of columns.
  public var columnCount: Int { n }
  /// The number of rows, added rows included.
  public var rowCount: Int { m }
  /// Simplex iterations performed since the engine was created.
  public var iterationCount: Int { totalIterations }

  /// Sets the bounds of `column` (original units); a non-basic column moves to its new bound.
  public func setColumnBounds(_ column: Int, lower newLower: Double, upper newUpper: Double) {
    precondition(column >= 0 && column < n, "column \(column) out of range 0..<\(n)")
    problem.columnLower[column] = newLower
    problem.columnUpper[column] = newUpper
    let s = scaling.columnScale[column]
    lower[column] = newLower / s
    upper[column] = newUpper / s
    if state[column] != .basic {
      state[column] = nonbasicStatus(column, preferring: state[column])
      x[column] = nonbasicValue(column)
    }
    lastStatus = nil
  }

  /// The current bounds of `column` (original units).
  public func columnBounds(_ column: Int) -> (lower: Double, upper: Double) {
    (problem.columnLower[column], problem.columnUpper[column])
  }

  /// Stops the dual simplex with `.cutoff` once a proven lower bound exceeds `value` (original units,
  /// offset included; `+infinity` turns it off).
  public func setObjectiveCutoff(_ value: Double) { cutoff = value }

  /// Row multipliers `y` (original units, one per row) of the certificate that proved the last
  /// solve infeasible: `yᵀ A x = yᵀ r` has no solution with `x` within the column bounds and `r`
  /// within the row sides; `nil` when the last solve did not end with such a certificate.
  public var farkasDuals: [Double]? {
    lastStatus == .infeasible && farkasRay.count == m ? farkasRay : nil
  }

  /// The status of the last `solve`, or `nil` if the problem changed since.
  public var status: LPStatus? { lastStatus }
}
