import MIPSolver
import OptimizationModel

/// The outcome of solving a `PlanningModel`: the primary solve, the lexicographic second solve and the
/// deterministic payment split, in model units (kUSD).
public struct PlanSolution: Sendable {
  /// What is known after the primary solve.
  public var status: SolveStatus
  /// The primary solve's result (objective, bound, nodes).
  public var primary: SolveResult
  /// The second solve's result, when it ran.
  public var secondary: SolveResult?
  /// The final point (column order): selection from the second solve, payments from the split; `nil` without a plan.
  public var values: [Double]?
  /// The primary objective at `values` (model sense, DESIGN §4).
  public var objective: Double?
  /// The best proven bound on the primary objective.
  public var bound: Double?
  /// Seconds spent in the three solves.
  public var seconds: Double

  /// The relative gap `|objective − bound| / max(|objective|, 1e-10)` (0 when equal).
  public var gap: Double? {
    guard let objective, let bound else { return nil }
    let difference = abs(objective - bound)
    return difference == 0 ? 0 : difference / max(abs(objective), 1e-10)
  }

  /// Whether the selection is available.
  public var hasPlan: Bool { values != nil }
}
