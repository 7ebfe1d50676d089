/// What branch-and-bound reports, in the computational (minimization) space of its `MIPProblem`.
struct BranchAndBoundResult: Sendable {
  /// The outcome.
  enum Outcome: Sendable, Equatable {
    /// The incumbent is optimal within the gap.
    case optimal
    /// No integer-feasible point exists.
    case infeasible
    /// The LP relaxation is unbounded.
    case unbounded
    /// A limit stopped the search.
    case limitReached(SolveLimit)
  }

  /// The outcome.
  var outcome: Outcome
  /// The best solution found (column values), if any.
  var solution: [Double]?
  /// Its objective (offset included), `+infinity` without one.
  var objective: Double
  /// The best proven lower bound (`-infinity` when none is known).
  var bound: Double
  /// Nodes processed.
  var nodes: Int
  /// Simplex iterations of the LP engine.
  var iterations: Int
}
