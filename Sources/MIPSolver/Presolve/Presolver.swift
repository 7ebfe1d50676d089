import OptimizationModel

/// What presolve proved about a model.
public enum PresolveStatus: Sendable, Hashable {
  /// The reduced model is equivalent to the original (same optimum; the postsolve stack maps its
  /// solutions back). It may have no rows or no columns left.
  case reduced
  /// No point satisfies the constraints; the string says which reduction proved it.
  case infeasible(String)
  /// A column can improve the objective without bound and nothing stops it: the model is unbounded
  /// if it is feasible at all (HiGHS's "unbounded or infeasible"). The string names the column.
  case unboundedOrInfeasible(String)
}

/// Limits and tolerances of presolve.
public struct PresolveOptions: Sendable, Hashable {
  /// Maximum number of passes over all reductions (default 25); presolve stops earlier at a fixed point.
  public var maxPasses = 25
  /// A row or bound counts as violated only beyond `feasibility * max(1, |bound|)` (default 1e-7,
  /// HiGHS's primal feasibility tolerance), so infeasibility is declared only when it is clear (a
  /// missed proof is left to the solver) and a forcing row is never off by more than this.
  public var feasibility = 1e-7
  /// Slack used when rounding implied bounds of integer columns: `floor(u + integrality)` (default 1e-6).
  public var integrality = 1e-6
  /// Whether duplicate rows are merged (default on).
  public var duplicateRows = true
  /// Whether continuous columns are eliminated through doubleton equalities (default on).
  public var doubletonEqualities = true
  /// Whether knapsack coefficients of binary columns are tightened (default on; MIPs only).
  public var coefficientTightening = true

  /// Creates the default options.
  public init() {}
}

/// The outcome of presolve: the reduced model, its status and the stack that maps solutions back.
public struct PresolveResult: Sendable {
  /// What presolve proved; `.reduced` unless infeasibility or unboundedness was shown.
  public var status: PresolveStatus
  /// The reduced model (same sense and names as the original; kept columns and rows in their
  /// original order). Meaningful only when `status == .reduced`.
  public var model: LinearModel
  /// Maps a solution of `model` back to the original model.
  public var postsolve: Postsolve
  /// Passes performed.
  public var passes: Int
  /// Reductions applied, by kind (sorted by kind; for reporting).
  public var reductionCounts: [(kind: String, count: Int)]
}

/// Presolve for `LinearModel`s: removes and tightens what can be proven redundant, keeping the optimum.
///
/// Reductions, iterated to a fixed point (at most `PresolveOptions.maxPasses` passes), each pushing an
/// undo record on the `Postsolve` stack:
/// - empty rows (checked, removed) and empty columns (fixed at their best bound);
/// - fixed columns (removed, their contribution moved to the row sides and the objective constant);
/// - singleton rows (turned into column bounds; rounded for integer columns);
/// - activity bounds: infeasible rows, redundant rows, redundant row sides, forcing rows (every
///   column fixed at the bound that attains the side);
/// - bound tightening of integer columns from row activities (rounded to integers); continuous
///   bounds are not tightened (that only adds degeneracy for the simplex);
/// - coefficient tightening of binary columns in rows with one finite side (knapsack shape);
/// - duplicate (parallel) rows, merged into one with the intersection of their sides;
/// - doubleton equalities `a x + b y = c` with `y` continuous: `y = c/b - (a/b) x` is substituted
///   into the other rows and the objective, its bounds become bounds on `x`;
/// - dual fixing (dominated columns): a column that no row stops from moving in its cheaper
///   direction is fixed at that bound (unbounded-or-infeasible if that bound is infinite and the
///   cost is non-zero);
/// - free continuous column singletons: with zero cost their row is dropped (the column absorbs
///   any activity); in an equality row they are substituted out of the objective.
///
/// Deterministic: reductions run in column and row order within each pass.
public struct Presolver: Sendable {
  /// The options.
  public var options: PresolveOptions

  /// Creates a presolver.
  public init(options: PresolveOptions = PresolveOptions()) { self.options = options }

  /// Presolves `model`, which should be valid (`model.validate()` empty).
  public func presolve(_ model: LinearModel) -> PresolveResult {
    var work = PresolveWorkspace(model: model, options: options)
    var passes = 0
    do {
      while passes < options.maxPasses {
        passes += 1
        let before = work.changeCount
        try work.runPass()
        if work.changeCount == before { break }
      }
      return PresolveResult(
        status: .reduced, model: work.reducedModel(), postsolve: work.makePostsolve(), passes: passes,
        reductionCounts: work.sortedCounts())
    } catch {
      return PresolveResult(
        status: error.status, model: model, postsolve: Postsolve(original: model), passes: passes,
        reductionCounts: work.sortedCounts())
    }
  }
}

/// A proof found during presolve that stops it.
struct PresolveStop: Error {
  var status: PresolveStatus
}
