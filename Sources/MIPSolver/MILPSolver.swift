import OptimizationModel

/// The solver's entry point: solves a `LinearModel` (LP or MILP) and reports the outcome as a value.
///
/// The model is converted to the engine's computational form (a minimization: a maximization is
/// negated and converted back, the objective constant rides along as an offset). A model without
/// integer variables is solved as an LP, with row duals and reduced costs in the model's sense; a
/// model with integers goes through branch-and-bound (`BranchAndBound`). Every solution is checked
/// against the *original* model (bounds, rows relative to their largest side, integrality) within
/// `tolerances.solutionCheck` before it is reported; a candidate that fails is never reported.
///
/// `solve` throws only for invalid input (NaN or infinite coefficients, crossed bounds, bad indices);
/// infeasible, unbounded and limits are `SolveStatus` values. Deterministic: the same model and
/// options give the same answer and node count on every run; only `timeLimit` reads the clock
/// for a decision.
public struct MILPSolver: Sendable {
  /// Creates a solver.
  public init() {}

  /// Solves `model` with the given LP engine; the public entry points pass the dual simplex.
  func solve<LP: LPRelaxationSolver>(
    _ model: LinearModel, options: SolverOptions, progress: (@Sendable (SolveProgress) -> Void)?,
    engine: (LPProblem) -> LP
  ) throws -> SolveResult {
    let clock = ContinuousClock()
    let start = clock.now
    try Self.validate(model)
    let problem = MIPProblem(model: model, integrality: options.tolerances.integrality)
    let factor = problem.senseFactor
    func elapsed() -> Double { BranchAndBound<LP>.seconds(clock.now - start) }
    for j in 0..<problem.columnCount where problem.lp.columnLower[j] > problem.lp.columnUpper[j] {
      return SolveResult(status: .infeasible, seconds: elapsed())
    }
    if !model.hasIntegers {
      return solveLP(model, problem: problem, options: options, engine: engine, elapsed: elapsed)
    }
    let lp = engine(problem.lp)
    let search = BranchAndBound(problem: problem, lp: lp, options: options, progress: progress)
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
      if Self.maximumViolation(of: values, in: model) <= options.tolerances.solutionCheck {
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
    result.seconds = elapsed()
    return result
  }

  /// The LP path: one engine solve, duals and reduced costs converted to the model's sense.
  private func solveLP<LP: LPRelaxationSolver>(
    _ model: LinearModel, problem: MIPProblem, options: SolverOptions, engine: (LPProblem) -> LP,
    elapsed: () -> Double
  ) -> SolveResult {
    let lp = engine(problem.lp)
    let limit = options.iterationLimit ?? Int(Int32.max)
    let status = lp.solve(iterationLimit: limit)
    var result = SolveResult(status: .optimal, iterations: lp.iterationCount)
    switch status {
    case .optimal:
      let values = lp.columnValues
      if Self.maximumViolation(of: values, in: model) <= options.tolerances.solutionCheck {
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
    result.seconds = elapsed()
    return result
  }

  /// The largest violation of `values` in `model`: bounds and integrality absolutely, rows relative
  /// to `max(1, |lower|, |upper|)` (the rule of the benchmark kit's `check_mps_solution.py`).
  static func maximumViolation(of values: [Double], in model: LinearModel) -> Double {
    guard values.count == model.variables.count else { return .infinity }
    var worst = 0.0
    for (variable, value) in zip(model.variables, values) {
      guard value.isFinite else { return .infinity }
      worst = max(worst, variable.lowerBound - value, value - variable.upperBound)
      if variable.isInteger { worst = max(worst, abs(value - value.rounded())) }
    }
    for (row, activity) in zip(model.rows, model.rowActivities(of: values)) {
      let low = row.lowerBound, high = row.upperBound
      let scale = max(1, low.isFinite ? abs(low) : 0, high.isFinite ? abs(high) : 0)
      worst = max(worst, (low - activity) / scale, (activity - high) / scale)
    }
    return worst
  }

  /// Rejects models the engine cannot take (a minimal check until the model's own validation runs).
  static func validate(_ model: LinearModel) throws {
    var issues: [String] = []
    for (j, variable) in model.variables.enumerated() {
      if variable.lowerBound.isNaN || variable.upperBound.isNaN || variable.lowerBound > variable.upperBound
        || variable.lowerBound == .infinity || variable.upperBound == -.infinity
      {
        issues.append("variable \(j) '\(variable.name)': invalid bounds [\(variable.lowerBound), \(variable.upperBound)]")
      }
      if !variable.objective.isFinite {
        issues.append("variable \(j) '\(variable.name)': objective coefficient \(variable.objective) is not finite")
      }
    }
    if !model.objectiveConstant.isFinite {
      issues.append("objective constant \(model.objectiveConstant) is not finite")
    }
    for (i, row) in model.rows.enumerated() {
      if row.lowerBound.isNaN || row.upperBound.isNaN || row.lowerBound > row.upperBound
        || row.lowerBound == .infinity || row.upperBound == -.infinity
      {
        issues.append("row \(i) '\(row.name)': invalid bounds [\(row.lowerBound), \(row.upperBound)]")
      }
      var seen: [Int: Int] = [:]
      for (index, coefficient) in zip(row.indices, row.coefficients) {
        if index < 0 || index >= model.variables.count {
          issues.append("row \(i) '\(row.name)': variable index \(index) out of range")
        } else if seen[index] != nil {
          issues.append("row \(i) '\(row.name)': variable index \(index) repeated")
        }
        seen[index] = 1
        if !coefficient.isFinite {
          issues.append("row \(i) '\(row.name)': coefficient \(coefficient) is not finite")
        }
      }
    }
    if !issues.isEmpty { throw SolverInputError(issues: issues) }
  }
}

/// The model handed to `MILPSolver.solve` is invalid; nothing was solved.
public struct SolverInputError: Error, Equatable, CustomStringConvertible {
  /// Every problem found, in variable then row order.
  public var issues: [String]
  /// The issues, one per line.
  public var description: String { "invalid model: " + issues.joined(separator: "; ") }
}
