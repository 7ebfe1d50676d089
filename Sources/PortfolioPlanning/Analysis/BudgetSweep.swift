import MIPSolver
import OptimizationModel
import PortfolioDomain

/// The optimal plan at one level of the DCB fund's budget maximum.
public struct SweepLevel: Sendable {
  /// The band's maximum at this level (its floor stays as the scenario sets it).
  public var budgetMax: Money
  /// The solve's status (infeasible below the floor or the mandatory items' cost).
  public var status: SolveStatus
  /// The primary objective (DESIGN §4), when a plan exists.
  public var objective: Double?
  /// Each criterion's untimed achievement, when a plan exists.
  public var criteria: [CriterionValue]
  /// What the DCB fund pays in total, when a plan exists.
  public var dcbSpent: Money?
  /// The total cost of the selection, when a plan exists.
  public var totalCost: Money?
  /// The funded candidates.
  public var choices: [FundedChoice]
  /// What changed against the previous level (everything enters at the first level).
  public var change: SelectionChange
  /// The improvement of the objective per extra $1M against the previous level (objective difference
  /// divided by the step in millions); `nil` at the first level or without both plans.
  public var marginalPerMillion: Double?
  /// The dual of the budget row's maximum in the LP relaxation at this level, per $1M: the improvement
  /// of the relaxation's optimum per extra $1M (an optimistic local rate; 0 when the row does not bind).
  public var relaxationDualPerMillion: Double?
}

/// The budget sweep's result.
public struct SweepResult: Sendable {
  /// The levels, in rising order of the maximum.
  public var levels: [SweepLevel]
  /// The DCB fund's floor (unchanged at every level).
  public var floor: Money
  /// The relative gap each primary solve was proven to.
  public var gap: Double
}

/// The optimal plan at each level of the DCB fund's budget maximum: the band's upper bound steps through
/// `levels`, every other row stays. Each level is the planner's full solve (primary, lexicographic second
/// solve, payment split). The levels run in two fixed contiguous halves on separate threads (the same
/// halves on any machine, so the output does not depend on the thread count). The upper half runs from
/// its top down: a proven plan at a higher maximum that spends no more than a lower maximum is the answer
/// there too (`solveChunk`), so only the levels it does not fit are solved. The lower half runs from its
/// bottom up, each level warm-started from the plan below it, which fits every higher maximum
/// (`solveRising`).
public struct BudgetSweep: Sendable {
  /// The session.
  public let session: AnalysisSession

  /// Creates the sweep.
  public init(session: AnalysisSession) { self.session = session }

  /// The levels from `lower` to `upper` in steps of `step` (the last level is `upper` even when the
  /// steps do not land on it).
  public static func levels(from lower: Money, to upper: Money, step: Money) -> [Money] {
    guard step > .zero, lower <= upper else { return [lower] }
    var levels: [Money] = []
    var level = lower
    while level < upper {
      levels.append(level)
      level += step
    }
    levels.append(upper)
    return levels
  }

  /// The model with the budget row's maximum at `level`.
  func planning(at level: Money) -> PlanningModel {
    var planning = session.planning
    if let row = session.budgetRow {
      let units = Double(level.cents) / (100 * PlanningModel.dollarsPerUnit)
      planning.model.rows[row].upperBound = units
      planning.builtBounds[row].upper = units
    }
    return planning
  }

  /// Sweeps `levels` (sorted ascending first).
  public func run(levels: [Money], progress: AnalysisProgressHandler? = nil) throws -> SweepResult {
    let sorted = Array(Set(levels)).sorted()
    let tracker = AnalysisProgress(total: sorted.count, report: progress)
    let ranges = AnalysisParallel.chunks(sorted.count, into: 2)
    let solved = try AnalysisParallel.map(count: ranges.count) { part in
      part == ranges.count - 1
        ? try solveChunk(sorted, range: ranges[part], tracker: tracker)
        : try solveRising(sorted, range: ranges[part], tracker: tracker)
    }.flatMap { $0 }

    var output: [SweepLevel] = []
    var previousChoices: [FundedChoice] = []
    var previousObjective: Double?
    for (index, level) in sorted.enumerated() {
      let (status, values, dual) = solved[index]
      var entry = SweepLevel(
        budgetMax: level, status: status, objective: nil, criteria: [], dcbSpent: nil, totalCost: nil, choices: [],
        change: SelectionChange(from: previousChoices, to: []), marginalPerMillion: nil, relaxationDualPerMillion: dual)
      if let values {
        let choices = session.choices(at: values)
        let objective = session.planning.primaryValue(at: values)
        entry.objective = objective
        entry.criteria = session.criteria(at: values)
        entry.choices = choices
        entry.totalCost = session.totalCost(at: values)
        entry.change = SelectionChange(from: previousChoices, to: choices)
        if let row = session.budgetRow {
          var spent = 0.0
          for (j, a) in zip(session.planning.model.rows[row].indices, session.planning.model.rows[row].coefficients) {
            spent += a * values[j]
          }
          entry.dcbSpent = Money(dollars: Int64((spent * PlanningModel.dollarsPerUnit).rounded()))
        }
        if index > 0, let before = previousObjective {
          let millions = Double((level - sorted[index - 1]).cents) / 100_000_000
          if millions > 0 { entry.marginalPerMillion = session.improvementSign * (objective - before) / millions }
        }
        previousObjective = objective
        previousChoices = choices
      } else {
        previousObjective = nil
        previousChoices = []
      }
      output.append(entry)
    }
    let floor = session.budgetRow.map { Money(dollars: Int64((session.planning.builtBounds[$0].lower * PlanningModel.dollarsPerUnit).rounded())) }
    return SweepResult(levels: output, floor: floor ?? .zero, gap: session.options.gap)
  }

  /// Solves the levels of `range` from the top down. A plan at a higher maximum that spends no more than
  /// a lower maximum is feasible there, and optimal: no plan at the lower maximum can beat the optimum at
  /// the higher one, and the lexicographic least cost over the larger set is also least over the smaller
  /// one. So each solved plan is reused at every lower level it fits, and only the levels it does not fit
  /// are solved, each cold (the plan above does not fit there, so it cannot seed them).
  func solveChunk(
    _ levels: [Money], range: Range<Int>, tracker: AnalysisProgress
  ) throws -> [(SolveStatus, [Double]?, Double?)] {
    var results: [(SolveStatus, [Double]?, Double?)] = Array(repeating: (.infeasible, nil, nil), count: range.count)
    var reusable: (status: SolveStatus, values: [Double], spent: Double)?
    for index in range.reversed() {
      defer { tracker.step() }
      let planning = planning(at: levels[index])
      guard let row = session.budgetRow else {
        let solution = try session.planner.solve(planning, options: session.options)
        results[index - range.lowerBound] = (solution.status, solution.values, nil)
        continue
      }
      let upper = planning.model.rows[row].upperBound
      if isBelowFloor(planning) {
        results[index - range.lowerBound] = (.infeasible, nil, nil)
        continue
      }
      let dual = try relaxationDual(planning)
      if let reusable, reusable.spent <= upper + 1e-9 * max(1, abs(upper)) {
        results[index - range.lowerBound] = (reusable.status, reusable.values, dual)
        continue
      }
      let solution = try session.planner.solve(planning, options: session.options)
      results[index - range.lowerBound] = (solution.status, solution.values, dual)
      if let values = solution.values, solution.status == .optimal {
        let budget = planning.model.rows[row]
        var spent = 0.0
        for (j, a) in zip(budget.indices, budget.coefficients) { spent += a * values[j] }
        reusable = (solution.status, values, spent)
      } else {
        reusable = nil
      }
    }
    return results
  }

  /// Whether `planning`'s budget maximum lies below the band's floor (no plan can exist there).
  func isBelowFloor(_ planning: PlanningModel) -> Bool {
    guard let row = session.budgetRow else { return false }
    return planning.model.rows[row].upperBound < planning.model.rows[row].lowerBound
  }

  /// Solves the levels of `range` from the bottom up, each warm-started from the plan of the level below:
  /// a plan that fits a lower maximum fits every higher one (the floor does not move), so it is a feasible
  /// start of nearly the right quality.
  func solveRising(
    _ levels: [Money], range: Range<Int>, tracker: AnalysisProgress
  ) throws -> [(SolveStatus, [Double]?, Double?)] {
    var results: [(SolveStatus, [Double]?, Double?)] = []
    var seed: [Double]?
    for index in range {
      defer { tracker.step() }
      let planning = planning(at: levels[index])
      if isBelowFloor(planning) {
        results.append((.infeasible, nil, nil))
        continue
      }
      let dual = try relaxationDual(planning)
      let solution = try session.planner.solve(planning, options: session.options, incumbent: seed)
      results.append((solution.status, solution.values, dual))
      if let values = solution.values { seed = values }
    }
    return results
  }

  /// The budget row's dual in the LP relaxation of `planning`, per $1M, as an improvement; `nil` when the
  /// relaxation has no optimum or the model has no budget row.
  func relaxationDual(_ planning: PlanningModel) throws -> Double? {
    guard let row = session.budgetRow else { return nil }
    var relaxation = planning.model
    for j in relaxation.variables.indices { relaxation.variables[j].isInteger = false }
    let result = try session.solveOnce(relaxation, gap: 0)
    guard result.status == .optimal, let duals = result.rowDuals, row < duals.count,
      let activity = result.rowActivities?[row]
    else { return nil }
    let upper = relaxation.rows[row].upperBound
    guard upper.isFinite, abs(activity - upper) <= 1e-6 * max(1, abs(upper)) else { return 0 }
    return session.improvementSign * duals[row] * 1000
  }
}
