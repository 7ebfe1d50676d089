/// The result of solving a pure LP with `LPSolver`, in the problem's original units (minimization).
public struct LPSolution: Sendable, Equatable {
  /// How the solve ended.
  public var status: LPStatus
  /// The objective value (offset included) of `columnValues`.
  public var objective: Double
  /// Column values.
  public var columnValues: [Double]
  /// Row activities `A x`.
  public var rowActivities: [Double]
  /// Row duals (`d = c - Aᵀ y`; `y_i >= 0` when a row's lower bound is active).
  public var rowDuals: [Double]
  /// Reduced costs of the columns.
  public var reducedCosts: [Double]
  /// Simplex iterations performed.
  public var iterations: Int
  /// The final basis (for a warm start elsewhere).
  public var basis: LPBasis

  /// Creates a solution record.
  public init(
    status: LPStatus, objective: Double, columnValues: [Double], rowActivities: [Double],
    rowDuals: [Double], reducedCosts: [Double], iterations: Int, basis: LPBasis
  ) {
    self.status = status
    self.objective = objective
    self.columnValues = columnValues
    self.rowActivities = rowActivities
    self.rowDuals = rowDuals
    self.reducedCosts = reducedCosts
    self.iterations = iterations
    self.basis = basis
  }
}

/// Solves a pure LP from scratch with the dual simplex engine (`DualSimplex`).
///
/// ```swift
/// let solution = LPSolver().solve(problem)
/// if solution.status == .optimal { print(solution.objective) }
/// ```
public struct LPSolver: Sendable {
  /// The tolerances handed to the engine.
  public var tolerances: Tolerances
  /// Whether the problem is scaled before the solve.
  public var scale: Bool

  /// Creates a solver with the given tolerances (HiGHS defaults unless told otherwise).
  public init(tolerances: Tolerances = Tolerances(), scale: Bool = true) {
    self.tolerances = tolerances
    self.scale = scale
  }

  /// Solves `problem` from the all-slack basis.
  ///
  /// - Parameters:
  ///   - problem: the LP, a minimization.
  ///   - iterationLimit: the most simplex iterations to perform.
  /// - Returns: the status and, whatever the status, the engine's last point and duals.
  public func solve(_ problem: LPProblem, iterationLimit: Int = Int.max) -> LPSolution {
    let engine = DualSimplex(problem: problem, tolerances: tolerances, scale: scale)
    let status = engine.solve(iterationLimit: iterationLimit)
    return LPSolution(
      status: status, objective: engine.objectiveValue, columnValues: engine.columnValues,
      rowActivities: engine.rowActivities, rowDuals: engine.rowDuals, reducedCosts: engine.reducedCosts,
      iterations: engine.iterationCount, basis: engine.basis)
  }
}
