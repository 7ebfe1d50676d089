import MIPSolver
import OptimizationModel

/// What the planner needs from a MILP solver: solve a `LinearModel` to the asked gap, optionally seeded
/// with a known feasible point (the warm start of the lexicographic second solve and of decision analysis).
///
/// The planner and decision analysis take any `ModelSolving`, so tests can pass a reference solver and
/// the CLI the library's default (`PlanningSolver`).
public protocol ModelSolving: Sendable {
  /// Solves `model`.
  /// - Parameters:
  ///   - options: gap, limits and tolerances.
  ///   - incumbent: a point believed feasible (column order); ignored when it is not.
  /// - Throws: an error for an invalid model (`PlanningError.invalidModel` or the solver's own).
  func solve(_ model: LinearModel, options: SolverOptions, incumbent: [Double]?) throws -> SolveResult
}

/// The default solver of the planner: the library's `MILPSolver` (presolve, dual simplex, branch-and-bound).
///
/// `incumbent` is passed to `MILPSolver` as its warm start (checked there; ignored when infeasible).
public struct PlanningSolver: ModelSolving {
  /// Creates the solver.
  public init() {}

  public func solve(_ model: LinearModel, options: SolverOptions, incumbent: [Double]?) throws -> SolveResult {
    try MILPSolver().solve(model, options: options, incumbent: incumbent)
  }
}
