import OptimizationModel

/// A checked starting point of a MILP solve: the caller's incumbent, feasible for the original model,
/// its objective, and the point as handed to branch-and-bound (the original columns, or the columns
/// kept by presolve).
struct WarmStart: Sendable {
  /// The incumbent in the original model's columns (integers rounded).
  let original: [Double]
  /// Its objective in the original model's sense (constant included).
  let objective: Double
  /// The point in the columns of the model being searched (the original, or the presolved one).
  let point: [Double]

  /// The warm start of `point` for `model`, or `nil` when there is no point or it is not feasible
  /// (wrong length, not finite, or failing `model.isFeasible` within `tolerances.solutionCheck` after
  /// rounding the integer columns).
  init?(model: LinearModel, point: [Double]?, options: SolverOptions) {
    guard var values = point, values.count == model.variables.count, values.allSatisfy(\.isFinite) else { return nil }
    for j in values.indices where model.variables[j].isInteger { values[j] = values[j].rounded() }
    guard model.isFeasible(values, tolerance: options.tolerances.solutionCheck) else { return nil }
    original = values
    objective = model.objectiveValue(of: values)
    self.point = values
  }

  private init(original: [Double], objective: Double, point: [Double]) {
    self.original = original
    self.objective = objective
    self.point = point
  }

  /// The same start for a presolved model whose column `k` is original column `columnMap[k]`. The
  /// restriction is feasible for the reduced model unless a reduction (dual fixing) moved a removed
  /// column; branch-and-bound then rejects the point and keeps only its objective as a cutoff.
  func reduced(to columnMap: [Int]) -> WarmStart {
    WarmStart(original: original, objective: objective, point: columnMap.map { original[$0] })
  }

  /// `result` (a solve seeded with this start) with the incumbent put back when the search found
  /// nothing strictly better: the incumbent's values and objective, `.optimal` when the search ended
  /// (every node pruned against it within the gap), the limit otherwise, and a bound never on the far
  /// side of the objective. A result whose point beats the incumbent is returned unchanged, and so is
  /// one where the caller's `cutoff` is better than the incumbent (the incumbent is not of interest).
  func merged(into result: SolveResult, model: LinearModel, options: SolverOptions) -> SolveResult {
    let isMinimize = model.sense == .minimize
    func strictlyBetter(_ a: Double, than b: Double) -> Bool { Self.isStrictlyBetter(a, than: b, sense: model.sense) }
    if result.values != nil, let found = result.objective, strictlyBetter(found, than: objective) { return result }
    if let cutoff = options.cutoff, strictlyBetter(cutoff, than: objective) { return result }
    if result.status == .unbounded { return result }
    var merged = result
    merged.values = original
    merged.objective = objective
    merged.rowActivities = model.rowActivities(of: original)
    merged.rowDuals = nil
    merged.reducedCosts = nil
    let allowance = max(
      options.absoluteGap, options.relativeGap * abs(objective), 1e-9 * max(1, abs(objective)))
    if result.status == .infeasible || result.status == .optimal {
      merged.status = .optimal
    }
    if let bound = result.bound, bound.isFinite {
      merged.bound = isMinimize ? min(bound, objective) : max(bound, objective)
    } else if merged.status == .optimal {
      // Every node was pruned against the incumbent's value less the gap allowance.
      merged.bound = isMinimize ? objective - allowance : objective + allowance
    } else {
      merged.bound = nil
    }
    return merged
  }

  /// Whether objective `a` beats `b` in `sense` by more than `1e-9 · max(1, |b|)` (rounding noise).
  static func isStrictlyBetter(_ a: Double, than b: Double, sense: ObjectiveSense) -> Bool {
    let margin = 1e-9 * max(1, abs(b))
    return sense == .minimize ? a < b - margin : a > b + margin
  }
}
