/// Limits and switches for one solve.
///
/// Node and iteration limits are the deterministic ones; a wall-clock limit is opt-in (`timeLimit`)
/// and, when it stops a solve, the result says so. Gap semantics follow HiGHS: the search stops when
/// `|incumbent - bound| <= max(absoluteGap, relativeGap * |incumbent|)`; `relativeGap = 0` and
/// `absoluteGap = 0` ask for a full proof (up to the detection of an integral objective, where a gap
/// below one unit of the objective's granularity is a proof).
public struct SolverOptions: Sendable, Hashable {
  /// Relative MIP gap at which the search stops (default 1e-4, as HiGHS).
  public var relativeGap: Double = 1e-4
  /// Absolute MIP gap at which the search stops (default 1e-6, as HiGHS).
  public var absoluteGap: Double = 1e-6
  /// Maximum number of branch-and-bound nodes; `nil` for no limit.
  public var nodeLimit: Int? = nil
  /// Maximum number of simplex iterations over the whole solve; `nil` for no limit.
  public var iterationLimit: Int? = nil
  /// Wall-clock limit in seconds; `nil` (the default) for none.
  public var timeLimit: Double? = nil
  /// Whether presolve runs before the solve (default on).
  public var presolve: Bool = true
  /// Whether cutting planes are separated at the root (default on).
  public var cuts: Bool = true
  /// Whether the root cut loop also separates Gomory mixed-integer cuts from tableau rows (only
  /// with `cuts`; internal switch for measurements and tests).
  var gomoryCuts: Bool = true
  /// Whether primal heuristics run (default on).
  public var heuristics: Bool = true
  /// An objective value, in the model's sense, that nothing of interest to the caller fails to beat;
  /// `nil` (the default) for none. The search looks only for points strictly better than it (a point
  /// better by less than the gap allowance may be missed) and prunes every node that cannot beat it;
  /// when none exists the result is `.infeasible` (read: "nothing better than the cutoff"), unless a
  /// warm-start incumbent at least as good as the cutoff was given (then that incumbent is returned).
  /// A non-finite value (infinity, NaN) is the same as `nil`.
  public var cutoff: Double? = nil
  /// An objective value, in the model's sense, at which the caller needs nothing better: the search
  /// stops with `.limitReached(.target)` as soon as it holds a point at least as good (a warm-start
  /// incumbent that already is returns at once, without a search). With a `cutoff` at the same value
  /// the solve answers "does a point better than the cutoff exist" and stops at the first one.
  /// `nil` (the default) or a non-finite value for none.
  public var objectiveTarget: Double? = nil
  /// The solver's tolerances.
  public var tolerances = Tolerances()
  /// How many dual proofs the branch-and-bound keeps in its conflict pool (`0` turns conflict
  /// learning off; internal switch for measurements and tests). Used only in pure integer problems
  /// and problems with an integral objective (see `BranchAndBound.init`).
  var conflictPoolCapacity: Int = 300

  /// Creates the default options.
  public init() {}
}
