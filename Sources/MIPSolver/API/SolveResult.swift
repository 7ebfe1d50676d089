/// What is known about a model after a solve (HiGHS's "model status"; STYLE C3).
///
/// Outcomes are values, never thrown: `solve` throws only for invalid input.
public enum SolveStatus: Sendable, Hashable {
  /// An optimal solution was found and proven within the requested gap.
  case optimal
  /// No point satisfies the constraints.
  case infeasible
  /// The objective can improve without bound (for a MIP: its LP relaxation is unbounded and a
  /// feasible point exists, or unboundedness could not be told apart from infeasibility).
  case unbounded
  /// A limit stopped the solve before optimality was proven; the result may carry an incumbent.
  case limitReached(SolveLimit)
}

/// The limit that stopped a solve.
public enum SolveLimit: String, Sendable, Hashable {
  case nodes
  case iterations
  case time
  /// A point at least as good as `SolverOptions.objectiveTarget` was found (the caller asked no more).
  case target
}

/// The outcome of a solve, in the original model's space and sense.
public struct SolveResult: Sendable, Equatable {
  /// What is known about the model.
  public var status: SolveStatus
  /// The objective value of the best solution found, in the model's sense, constant included; `nil`
  /// when there is no solution.
  public var objective: Double?
  /// The best proven bound on the optimum, in the model's sense; `nil` when none is known.
  public var bound: Double?
  /// The values of the model's variables (column order), when a solution exists.
  public var values: [Double]?
  /// Row activities at `values`, when a solution exists.
  public var rowActivities: [Double]?
  /// Row duals (LPs only; sign convention: the change of the objective, in the model's sense, per
  /// unit increase of the row's active bound).
  public var rowDuals: [Double]?
  /// Reduced costs of the variables (LPs only), same convention as `rowDuals`.
  public var reducedCosts: [Double]?
  /// Branch-and-bound nodes processed (0 for an LP).
  public var nodes: Int
  /// Simplex iterations over the whole solve.
  public var iterations: Int
  /// Wall-clock seconds of the solve, measured with the standard library's `ContinuousClock`.
  public var seconds: Double

  /// The relative gap `|objective - bound| / max(|objective|, 1e-10)`, or `nil` without both; 0 when
  /// they coincide.
  public var gap: Double? {
    guard let objective, let bound else { return nil }
    let difference = abs(objective - bound)
    if difference == 0 { return 0 }
    return difference / max(abs(objective), 1e-10)
  }

  /// Creates a result.
  public init(
    status: SolveStatus, objective: Double? = nil, bound: Double? = nil, values: [Double]? = nil,
    rowActivities: [Double]? = nil, rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil,
    nodes: Int = 0, iterations: Int = 0, seconds: Double = 0
  ) {
    self.status = status
    self.objective = objective
    self.bound = bound
    self.values = values
    self.rowActivities = rowActivities
    self.rowDuals = rowDuals
    self.reducedCosts = reducedCosts
    self.nodes = nodes
    self.iterations = iterations
    self.seconds = seconds
  }
}
