import MIPSolver
import OptimizationModel
import PortfolioDomain

/// Solves planning models: the primary solve to the asked gap, the lexicographic second solve (primary
/// kept within that gap of its optimum, total cost minimized, warm-started from the primary's point),
/// then the deterministic payment split (an LP with the selection fixed; DESIGN §4 uniqueness).
///
/// Decision analysis builds a `PlanningModel` (possibly with extra rows or forced items) and calls
/// `solve(_:options:incumbent:)`; `plan(...)` does formulation, solve and decoding in one call.
public struct Planner: Sendable {
  /// The MILP solver used for every solve.
  public var solver: any ModelSolving

  /// Creates a planner with `solver` (default: the library's).
  public init(solver: any ModelSolving = PlanningSolver()) { self.solver = solver }

  /// Formulates, solves and decodes: the plan for `scenario` on `portfolio`.
  /// - Parameter inputsSHA256: the input manifest hash written into the plan (`InputManifest`).
  public func plan(
    portfolio: Portfolio, scenario: Scenario, options: PlannerOptions, inputsSHA256: String
  ) throws -> PlanResult {
    let planning = PlanningFormulation.build(portfolio: portfolio, scenario: scenario, options: options.formulation)
    let solution = try solve(planning, options: options)
    var plan = PlanDecoder(planning: planning, portfolio: portfolio, scenario: scenario)
      .decode(solution, inputsSHA256: inputsSHA256)
    if solution.hasPlan && options.explainLeftOut, let values = solution.values {
      let reasons = try LeftOutExplainer(planning: planning, portfolio: portfolio, scenario: scenario, solver: solver)
        .reasons(values: values)
      plan.leftOut = plan.leftOut?.map { entry in
        LeftOut(candidate: entry.candidate, reason: reasons[entry.candidate] ?? entry.reason)
      }
    }
    var conflict: InfeasibilityReport?
    if solution.status == .infeasible {
      conflict = try InfeasibilityExplainer(planning: planning, solver: solver).explain()
    }
    return PlanResult(planning: planning, solution: solution, plan: plan, infeasibility: conflict)
  }

  /// Solves `planning` (primary, second solve, payment split).
  /// - Parameter incumbent: a feasible point of `planning.model` to seed the primary solve, if known.
  public func solve(_ planning: PlanningModel, options: PlannerOptions, incumbent: [Double]? = nil) throws -> PlanSolution {
    let solverOptions = options.solverOptions
    let first = try solver.solve(planning.model, options: solverOptions, incumbent: incumbent)
    var solution = PlanSolution(
      status: first.status, primary: first, secondary: nil, values: first.values, objective: first.objective,
      bound: first.bound, seconds: first.seconds)
    guard var values = first.values, let optimum = first.objective else { return solution }

    if options.lexicographic {
      let allowance = max(options.gap * abs(optimum), 1e-7 * max(1, abs(optimum)))
      var second = planning
      let isMax = planning.model.sense == .maximize
      second.addRow(
        name: "lex_primary", terms: planning.primary,
        lower: isMax ? optimum - allowance - planning.model.objectiveConstant : -.infinity,
        upper: isMax ? .infinity : optimum + allowance - planning.model.objectiveConstant,
        meaning: RowMeaning(family: .extra, group: .extra("lexicographic"), text: "the primary objective stays at its optimum"))
      let model = second.withObjective(planning.totalCost, sense: .minimize)
      let result = try solver.solve(model, options: solverOptions, incumbent: values)
      solution.secondary = result
      solution.seconds += result.seconds
      if let better = result.values { values = Array(better.prefix(planning.model.variables.count)) }
    }

    if let split = try PaymentSplit(planning: planning).split(selection: values, solver: solver) {
      values = split.values
      solution.seconds += split.seconds
    }
    solution.values = values
    solution.objective = planning.primaryValue(at: values)
    if let bound = first.bound, let objective = solution.objective {
      // The bound proven by the primary solve; never better than the reported point's own value by sign.
      solution.bound = planning.model.sense == .maximize ? max(bound, objective) : min(bound, objective)
    }
    return solution
  }
}

/// Everything `plan` produced: the model, the solve, the decoded plan and, when infeasible, the conflict.
public struct PlanResult: Sendable {
  /// The model that was solved.
  public var planning: PlanningModel
  /// The solve.
  public var solution: PlanSolution
  /// The decoded plan (status only when there is no plan).
  public var plan: PortfolioPlan
  /// The minimal conflicting groups, when infeasible.
  public var infeasibility: InfeasibilityReport?
}
