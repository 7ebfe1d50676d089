import MIPSolver
import OptimizationModel
import PortfolioDomain

/// One funded candidate of a solution: its tier, start and finish.
public struct FundedChoice: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The candidate.
  public var candidate: CandidateID
  /// The chosen tier.
  public var tier: TierID
  /// The start year.
  public var start: Year
  /// The last year it runs.
  public var finish: Year

  /// Creates a choice.
  public init(candidate: CandidateID, tier: TierID, start: Year, finish: Year) {
    self.candidate = candidate
    self.tier = tier
    self.start = start
    self.finish = finish
  }

  /// `T03 (full, 2025-2027)`.
  public var description: String { "\(candidate) (\(tier), \(start)-\(finish))" }

  public static func < (lhs: FundedChoice, rhs: FundedChoice) -> Bool {
    lhs.candidate != rhs.candidate ? lhs.candidate < rhs.candidate : lhs.start < rhs.start
  }
}

/// What changed between two selections: candidates entering, leaving, or funded differently.
public struct SelectionChange: Sendable, Hashable {
  /// Funded in the new selection only, sorted.
  public var entering: [FundedChoice]
  /// Funded in the old selection only, sorted.
  public var leaving: [FundedChoice]
  /// Funded in both with another tier or start: (old, new), sorted by candidate.
  public var changed: [Pair]

  /// An old and a new choice of the same candidate.
  public struct Pair: Sendable, Hashable {
    /// The old choice.
    public var old: FundedChoice
    /// The new choice.
    public var new: FundedChoice
  }

  /// The change from `old` to `new`.
  public init(from old: [FundedChoice], to new: [FundedChoice]) {
    let before = Dictionary(old.map { ($0.candidate, $0) }, uniquingKeysWith: { first, _ in first })
    let after = Dictionary(new.map { ($0.candidate, $0) }, uniquingKeysWith: { first, _ in first })
    entering = new.filter { before[$0.candidate] == nil }.sorted()
    leaving = old.filter { after[$0.candidate] == nil }.sorted()
    changed = new.compactMap { choice in
      guard let previous = before[choice.candidate], previous != choice else { return nil }
      return Pair(old: previous, new: choice)
    }.sorted { $0.new < $1.new }
  }

  /// Whether nothing changed.
  public var isEmpty: Bool { entering.isEmpty && leaving.isEmpty && changed.isEmpty }
}

/// One criterion's untimed achievement (DESIGN §4 `A_k`).
public struct CriterionValue: Sendable, Hashable {
  /// The criterion.
  public var criterion: CriterionID
  /// The sum of the funded tiers' `likely` scores.
  public var achieved: Double
}

/// The shared state of every decision analysis: the portfolio, the scenario, its model, the planner,
/// and the base plan's solution, with the helpers each analysis uses to re-solve variants of the model.
///
/// Every analysis re-solves the same `PlanningModel` with a few bounds changed or rows added, warm
/// started from a neighbouring solution (the solver ignores a seed that is not feasible).
public struct AnalysisSession: Sendable {
  /// The dataset.
  public let portfolio: Portfolio
  /// The resolved scenario.
  public let scenario: Scenario
  /// The planner options (gap, limits) of every re-solve.
  public let options: PlannerOptions
  /// The planner (and its solver).
  public let planner: Planner
  /// The base model.
  public let planning: PlanningModel

  /// Builds the base model.
  /// - Parameters:
  ///   - options: the gap and limits of every solve; row descriptions stay on (explanations need them).
  ///   - solver: the MILP solver (default: the planner's).
  public init(portfolio: Portfolio, scenario: Scenario, options: PlannerOptions, solver: any ModelSolving = PlanningSolver()) {
    self.portfolio = portfolio
    self.scenario = scenario
    self.options = options
    self.planner = Planner(solver: solver)
    self.planning = PlanningFormulation.build(portfolio: portfolio, scenario: scenario, options: options.formulation)
  }

  /// +1 when the primary objective is maximized (weighted mode), −1 when minimized (goals mode):
  /// `sign · (a − b)` is how much better `a` is than `b`.
  public var improvementSign: Double { planning.model.sense == .maximize ? 1 : -1 }

  /// Solves the base plan (primary, lexicographic second solve, payment split).
  public func solveBase() throws -> PlanSolution { try planner.solve(planning, options: options) }

  /// The funded choices at `values`, sorted by candidate.
  public func choices(at values: [Double]) -> [FundedChoice] {
    Self.choices(of: planning, at: values)
  }

  /// The funded choices of `planning` at `values`, sorted by candidate.
  static func choices(of planning: PlanningModel, at values: [Double]) -> [FundedChoice] {
    planning.choices.filter { $0.column < values.count && values[$0.column] > 0.5 }.map {
      FundedChoice(candidate: $0.candidate, tier: $0.tier, start: $0.start, finish: $0.finish)
    }.sorted()
  }

  /// Each criterion's untimed achievement at `values`, in scenario order.
  public func criteria(at values: [Double]) -> [CriterionValue] {
    planning.achievement.map { CriterionValue(criterion: $0.criterion, achieved: $0.terms.value(at: values)) }
  }

  /// The untimed achievement terms of `criterion`, if the scenario has it.
  public func achievementTerms(_ criterion: CriterionID) -> LinearTerms? {
    planning.achievement.first { $0.criterion == criterion }?.terms
  }

  /// The total cost of the selection at `values`, in whole dollars.
  public func totalCost(at values: [Double]) -> Money {
    Money(dollars: Int64((planning.totalCost.value(at: values) * PlanningModel.dollarsPerUnit).rounded()))
  }

  /// The index of the DCB fund's budget row, if the model has one.
  public var budgetRow: Int? { planning.rowMeanings.firstIndex { $0.family == .budgetBand } }

  /// Solves `model` once (no second solve, no payment split) with the session's gap, or `gap` when given.
  /// - Parameter cutoff: when given, only points strictly better than it (model's sense) are of interest
  ///   (`SolverOptions.cutoff`: a point better by less than the gap allowance may be missed; none is
  ///   `.infeasible`).
  /// - Parameter target: stop as soon as a point at least this good is found
  ///   (`SolverOptions.objectiveTarget`), for questions that a single good enough point settles.
  /// - Parameter nodeLimit: the most branch-and-bound nodes, when given (else the session's limit).
  /// - Parameter absoluteGap: the absolute gap, when given and larger than the session's (a caller that
  ///   knows the objective's granularity).
  public func solveOnce(
    _ model: LinearModel, gap: Double? = nil, absoluteGap: Double? = nil, incumbent: [Double]? = nil, cutoff: Double? = nil,
    target: Double? = nil, nodeLimit: Int? = nil
  ) throws -> SolveResult {
    var solverOptions = solverOptions(gap: gap)
    if let absoluteGap { solverOptions.absoluteGap = max(solverOptions.absoluteGap, absoluteGap) }
    if let nodeLimit { solverOptions.nodeLimit = nodeLimit }
    solverOptions.cutoff = cutoff
    solverOptions.objectiveTarget = target
    return try planner.solver.solve(model, options: solverOptions, incumbent: incumbent)
  }

  /// The solver options of one re-solve: the session's, with `gap` as the relative gap when given.
  func solverOptions(gap: Double?) -> SolverOptions {
    var solverOptions = options.solverOptions
    if let gap {
      solverOptions.relativeGap = gap
      solverOptions.absoluteGap = gap == 0 ? 0 : solverOptions.absoluteGap
    }
    return solverOptions
  }

  /// How far from a cutoff `value` the solver's gap test may prune (`SolverOptions` semantics), with a
  /// little slack: a point better than `cutoff ± gapAllowance` by more than this is always found.
  func gapAllowance(near value: Double) -> Double {
    let options = solverOptions(gap: nil)
    let size = abs(value) * 1.01 + 1e-9
    return max(options.absoluteGap, options.relativeGap * size, 1e-9 * max(1, size))
  }

  /// `model` with the selection of `values` fixed (binaries as continuous columns at 0 or 1) and a zero
  /// objective: an LP that is feasible exactly when the payments of that selection can be split within
  /// every row (caps, shares, band, policies).
  static func fixedSelection(_ planning: PlanningModel, values: [Double]) -> LinearModel {
    var model = planning.model
    for choice in planning.choices {
      let value = choice.column < values.count ? values[choice.column].rounded() : 0
      model.variables[choice.column].lowerBound = value
      model.variables[choice.column].upperBound = value
      model.variables[choice.column].isInteger = false
    }
    for j in model.variables.indices { model.variables[j].objective = 0 }
    model.objectiveConstant = 0
    model.sense = .minimize
    return model
  }

  /// A copy of `model` with one more row `lower <= Σ terms <= upper` (named `name`).
  static func adding(_ terms: LinearTerms, lower: Double, upper: Double, name: String, to model: LinearModel) -> LinearModel {
    var copy = model
    copy.addRow(
      LinearModel.Row(name: name, indices: terms.columns, coefficients: terms.coefficients, lowerBound: lower, upperBound: upper))
    return copy
  }
}

/// The outcome of one re-solve in an analysis: a status, and when a plan exists its point.
public struct AnalysisOutcome: Sendable {
  /// The solve's status.
  public var status: SolveStatus
  /// The primary objective (DESIGN §4) at the point, when there is one.
  public var objective: Double?
  /// The point (model columns), when there is one.
  public var values: [Double]?

  /// Whether a point exists.
  public var hasPoint: Bool { values != nil }
}
