import OptimizationModel

/// The solver's entry point: solves a `LinearModel` (LP or MILP) and reports the outcome as a value.
///
/// The model is validated, presolved (MILPs, `options.presolve`) and converted to the engine's computational form (a minimization: a maximization is
/// negated and converted back, the objective constant rides along as an offset). A model without
/// integer variables is solved as an LP, with row duals and reduced costs in the model's sense; a
/// model with integers goes through branch-and-bound (`BranchAndBound`). Every solution is checked
/// against the *original* model (bounds, rows relative to their largest side, integrality) within
/// `tolerances.solutionCheck` before it is reported; a candidate that fails is never reported.
///
/// `solve` throws only for invalid input (NaN or infinite coefficients, bad indices, duplicate names);
/// infeasible, unbounded and limits are `SolveStatus` values. Crossed bounds (a variable's lower bound
/// above its upper, or a row's) make the model infeasible, as in HiGHS 1.16: an MPS file with `UP -3`
/// on a column whose lower bound is 0 is a valid, infeasible model. Deterministic: the same model and
/// options give the same answer and node count on every run, whatever the order of the entries within
/// its rows (they are put in variable order first); only `timeLimit` reads the clock for a decision.
public struct MILPSolver: Sendable {
  /// Creates a solver.
  public init() {}

  /// Solves `model` (LP or MILP) with the dual simplex engine.
  ///
  /// - Parameters:
  ///   - model: the model, in its own sense (minimize or maximize).
  ///   - options: gaps, limits, switches and tolerances (`SolverOptions` documents the defaults).
  /// - Returns: the status, the best solution (checked against `model`), the best bound, nodes,
  ///   iterations and wall-clock seconds; objective and bound are in the model's sense.
  /// - Throws: `InvalidModelError` when `model.validate()` finds problems other than crossed bounds
  ///   (those give `.infeasible`); nothing else.
  public func solve(_ model: LinearModel, options: SolverOptions = SolverOptions()) throws -> SolveResult {
    try solve(model, options: options, progress: nil)
  }

  /// Solves `model`, calling `progress` during branch-and-bound at most about once per second.
  ///
  /// The callback receives nodes, incumbent and bound (model's sense), gap and elapsed seconds; it is
  /// called on the solving thread and should return quickly. See `solve(_:options:)`.
  public func solve(
    _ model: LinearModel, options: SolverOptions, progress: (@Sendable (SolveProgress) -> Void)?
  ) throws -> SolveResult {
    try solve(model, options: options, incumbent: nil, progress: progress)
  }

  /// Solves `model` warm-started from `incumbent`, a point believed feasible (the model's column order).
  ///
  /// The point is checked against `model` (integers rounded, `tolerances.solutionCheck`); a point that
  /// fails is ignored. A feasible one seeds branch-and-bound as its first incumbent (mapped through
  /// presolve; when a reduction rejects it there, its objective value still serves as the cutoff), so
  /// pruning, reduced-cost fixing and the gap test start from it. The result never reports a worse
  /// point than the incumbent: when the search finds nothing better, the incumbent is returned, with
  /// `.optimal` when the search proved that nothing beats it by more than the gap. See
  /// `SolverOptions.cutoff` for the interplay with a cutoff. Deterministic as `solve(_:options:)`.
  public func solve(
    _ model: LinearModel, options: SolverOptions, incumbent: [Double]?,
    progress: (@Sendable (SolveProgress) -> Void)? = nil
  ) throws -> SolveResult {
    let tolerances = options.tolerances
    return try solve(model, options: options, progress: progress, incumbent: incumbent) {
      DualSimplex(problem: $0, tolerances: tolerances)
    }
  }

  /// Solves `model` with the given LP engine; the public entry points pass the dual simplex.
  ///
  /// With `options.presolve` a MILP is presolved first and its solution postsolved; when presolve
  /// cannot decide between unbounded and infeasible, or when a postsolved solution fails the check,
  /// the original model is solved without presolve. LPs are not presolved, so their duals and
  /// reduced costs come straight from the engine.
  func solve<LP: LPRelaxationSolver>(
    _ model: LinearModel, options: SolverOptions, progress: (@Sendable (SolveProgress) -> Void)?,
    incumbent: [Double]? = nil, engine: @escaping (LPProblem) -> LP
  ) throws -> SolveResult {
    let clock = ContinuousClock()
    let start = clock.now
    var options = options
    // A non-finite cutoff (infinity or NaN) excludes nothing: it is the same as none.
    if let cutoff = options.cutoff, !cutoff.isFinite { options.cutoff = nil }
    if let crossed = try Self.crossedBounds(model) {
      var result = crossed
      result.seconds = BranchAndBound<LP>.seconds(clock.now - start)
      return result
    }
    // The search reads rows in their entries' order (propagation, cut aggregation and their ties, the
    // order of floating-point sums), so that order steers the tree. In increasing variable order, the
    // solve depends on the model's content only: a model and its MPS export (`MPSReader` gives that
    // order) take the same path to the same answer.
    let model = model.withSortedRowEntries()
    let warm = model.hasIntegers ? WarmStart(model: model, point: incumbent, options: options) : nil
    if let warm, let target = options.objectiveTarget, target.isFinite,
      !WarmStart.isStrictlyBetter(target, than: warm.objective, sense: model.sense),
      options.cutoff.map({ WarmStart.isStrictlyBetter(warm.objective, than: $0, sense: model.sense) }) ?? true
    {
      // The caller's point already meets the target (and beats any cutoff): nothing to search.
      var result = SolveResult(status: .limitReached(.target))
      result.values = warm.original
      result.objective = warm.objective
      result.rowActivities = model.rowActivities(of: warm.original)
      result.seconds = BranchAndBound<LP>.seconds(clock.now - start)
      return result
    }
    var result: SolveResult
    if options.presolve && model.hasIntegers {
      result = solvePresolved(model, options: options, progress: progress, warm: warm, engine: engine)
    } else {
      result = solveOriginal(model, options: options, progress: progress, warm: warm, engine: engine)
    }
    if let cutoff = options.cutoff, let objective = result.objective, result.values != nil,
      !WarmStart.isStrictlyBetter(objective, than: cutoff, sense: model.sense)
    {
      // Paths without a search (empty after presolve, an LP) do not see the cutoff: apply it here.
      let status: SolveStatus = result.status == .optimal ? .infeasible : result.status
      result = SolveResult(status: status, nodes: result.nodes, iterations: result.iterations)
    }
    if let warm { result = warm.merged(into: result, model: model, options: options) }
    result.seconds = BranchAndBound<LP>.seconds(clock.now - start)
    return result
  }

  /// Validates `model`: throws for invalid input, returns an infeasible result when the only problems
  /// are crossed variable or row bounds, and `nil` for a valid model.
  static func crossedBounds(_ model: LinearModel) throws(InvalidModelError) -> SolveResult? {
    let problems = model.validate()
    if problems.isEmpty { return nil }
    let invalid = problems.filter {
      switch $0 {
      case .crossedVariableBounds, .crossedRowBounds: false
      default: true
      }
    }
    if !invalid.isEmpty { throw InvalidModelError(problems: invalid) }
    return SolveResult(status: .infeasible)
  }

  /// Presolve, solve the reduced model, postsolve and check; falls back to the original model.
  private func solvePresolved<LP: LPRelaxationSolver>(
    _ model: LinearModel, options: SolverOptions, progress: (@Sendable (SolveProgress) -> Void)?,
    warm: WarmStart?, engine: @escaping (LPProblem) -> LP
  ) -> SolveResult {
    var presolveOptions = PresolveOptions()
    presolveOptions.feasibility = options.tolerances.primalFeasibility
    presolveOptions.integrality = options.tolerances.integrality
    let presolved = Presolver(options: presolveOptions).presolve(model)
    switch presolved.status {
    case .infeasible where warm == nil:
      return SolveResult(status: .infeasible)
    case .infeasible, .unboundedOrInfeasible:
      // Presolve could not tell unbounded from infeasible, or a checked warm start contradicts its
      // infeasibility (tolerances differ): the original model is searched, so any reported bound is proven.
      return solveOriginal(model, options: options, progress: progress, warm: warm, engine: engine)
    case .reduced:
      break
    }
    var reduced: SolveResult
    if presolved.model.variables.isEmpty {
      reduced = SolveResult(status: .optimal, values: [])
    } else {
      let reducedWarm = warm?.reduced(to: presolved.postsolve.columnMap)
      reduced = solveOriginal(presolved.model, options: options, progress: progress, warm: reducedWarm, engine: engine)
    }
    guard let reducedValues = reduced.values else {
      reduced.rowActivities = nil
      return reduced
    }
    var values = presolved.postsolve.values(from: reducedValues)
    for j in values.indices where model.variables[j].isInteger { values[j] = values[j].rounded() }
    guard model.isFeasible(values, tolerance: options.tolerances.solutionCheck) else {
      return solveOriginal(model, options: options, progress: progress, warm: warm, engine: engine)
    }
    var result = reduced
    result.values = values
    result.objective = model.objectiveValue(of: values)
    result.rowActivities = model.rowActivities(of: values)
    if presolved.model.variables.isEmpty { result.bound = result.objective }
    if result.status == .optimal, let objective = result.objective, let bound = result.bound {
      result.bound = model.sense == .minimize ? min(bound, objective) : max(bound, objective)
    }
    return result
  }

  /// Solves `model` as given: the LP path or branch-and-bound.
  private func solveOriginal<LP: LPRelaxationSolver>(
    _ model: LinearModel, options: SolverOptions, progress: (@Sendable (SolveProgress) -> Void)?,
    warm: WarmStart? = nil, engine: @escaping (LPProblem) -> LP
  ) -> SolveResult {
    let problem = MIPProblem(model: model, integrality: options.tolerances.integrality)
    let factor = problem.senseFactor
    for j in 0..<problem.columnCount where problem.lp.columnLower[j] > problem.lp.columnUpper[j] {
      return SolveResult(status: .infeasible)
    }
    if !model.hasIntegers {
      return solveLP(model, problem: problem, options: options, engine: engine)
    }
    let lp = engine(problem.lp)
    let search = BranchAndBound(problem: problem, lp: lp, options: options, progress: progress)
    search.makeEngine = engine
    let cutoff = options.cutoff.map { factor * $0 }
    if !search.seed(point: warm?.point, cutoff: cutoff), let value = warm?.objective {
      // The point did not survive (a presolve reduction): its value still prunes.
      search.seed(point: nil, cutoff: factor * value)
    }
    let outcome = search.run()
    var result = SolveResult(status: .optimal, nodes: outcome.nodes, iterations: outcome.iterations)
    switch outcome.outcome {
    case .optimal: result.status = .optimal
    case .infeasible: result.status = .infeasible
    case .unbounded: result.status = .unbounded
    case .limitReached(let limit): result.status = .limitReached(limit)
    }
    if var values = outcome.solution {
      for j in values.indices where model.variables[j].isInteger { values[j] = values[j].rounded() }
      if model.isFeasible(values, tolerance: options.tolerances.solutionCheck) {
        result.values = values
        result.objective = model.objectiveValue(of: values)
        result.rowActivities = model.rowActivities(of: values)
      } else if result.status == .optimal {
        // Never report a solution that fails the check; the search's proof no longer holds.
        result.status = .limitReached(.nodes)
      }
    }
    if outcome.bound.isFinite { result.bound = factor * outcome.bound }
    if result.status == .optimal, let objective = result.objective, let bound = result.bound {
      // The proof is in the engine's arithmetic; report the bound on the same side as the objective.
      result.bound = factor > 0 ? min(bound, objective) : max(bound, objective)
    }
    return result
  }

  /// The LP path: one engine solve, duals and reduced costs converted to the model's sense.
  private func solveLP<LP: LPRelaxationSolver>(
    _ model: LinearModel, problem: MIPProblem, options: SolverOptions, engine: @escaping (LPProblem) -> LP
  ) -> SolveResult {
    let lp = engine(problem.lp)
    let limit = options.iterationLimit ?? Int(Int32.max)
    let status = lp.solve(iterationLimit: limit)
    var result = SolveResult(status: .optimal, iterations: lp.iterationCount)
    switch status {
    case .optimal:
      let values = lp.columnValues
      if model.isFeasible(values, tolerance: options.tolerances.solutionCheck) {
        let factor = problem.senseFactor
        result.values = values
        result.objective = model.objectiveValue(of: values)
        result.bound = result.objective
        result.rowActivities = model.rowActivities(of: values)
        result.rowDuals = lp.rowDuals.prefix(model.rows.count).map { factor * $0 }
        result.reducedCosts = lp.reducedCosts.map { factor * $0 }
      } else {
        result.status = .limitReached(.iterations)
      }
    case .infeasible: result.status = .infeasible
    case .unbounded: result.status = .unbounded
    case .iterationLimit, .cutoff: result.status = .limitReached(.iterations)
    }
    return result
  }
}
