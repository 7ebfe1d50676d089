import MIPSolver
import OptimizationModel
import PortfolioDomain

/// Reads a `PlanSolution` back into the domain's `PortfolioPlan` (DESIGN §3): funded candidates with
/// whole-dollar payments that add up exactly to each year's cost (`PaymentRounding`), totals by source
/// and year, untimed criteria against goals, binding constraints in plain language, left-out candidates.
public struct PlanDecoder: Sendable {
  /// The solved model.
  public let planning: PlanningModel
  /// The portfolio it was built from.
  public let portfolio: Portfolio
  /// The scenario it was built from.
  public let scenario: Scenario

  /// Creates a decoder.
  public init(planning: PlanningModel, portfolio: Portfolio, scenario: Scenario) {
    self.planning = planning
    self.portfolio = portfolio
    self.scenario = scenario
  }

  /// The plan status for a solve status.
  static func status(_ status: SolveStatus, hasPlan: Bool) -> PlanStatus {
    switch status {
    case .optimal: hasPlan ? .optimal : .noSolution
    case .infeasible: .infeasible
    case .unbounded: .unbounded
    case .limitReached: hasPlan ? .limitReached : .noSolution
    }
  }

  /// The chosen (tier, start) per funded candidate at `values`.
  public func selection(_ values: [Double]) -> [ChoiceVariable] {
    planning.choices.filter { values[$0.column] > 0.5 }
  }

  /// The plan for `solution`.
  public func decode(_ solution: PlanSolution, inputsSHA256: String) -> PortfolioPlan {
    let status = Self.status(solution.status, hasPlan: solution.hasPlan)
    var plan = PortfolioPlan(
      status: status, objective: solution.objective ?? 0, bound: solution.bound ?? 0, gap: solution.gap ?? 0,
      scenario: scenario.name, inputsSHA256: inputsSHA256, allocations: [], totals: Totals(bySourceYear: []),
      criteria: scenario.criteria.map { CriterionResult(id: $0.id, achieved: 0, goal: $0.goal ?? 0) },
      leftOut: nil, bindingConstraints: nil, objectiveMode: planning.model.sense == .maximize ? "weighted" : "goals",
      totalCostUSD: nil)
    guard let values = solution.values else { return plan }
    let chosen = selection(values)
    let cells = roundedCells(values: values, chosen: chosen)
    var allocations: [Allocation] = []
    for choice in chosen {
      var funding: [Payment] = []
      for cell in cells where cell.candidate == choice.candidate {
        for (source, dollars) in zip(cell.sources, cell.dollars) where dollars > 0 {
          funding.append(Payment(source: source, year: cell.year, amount: Money(dollars: dollars)))
        }
      }
      funding.sort { $0.year != $1.year ? $0.year < $1.year : $0.source < $1.source }
      allocations.append(
        Allocation(candidate: choice.candidate, tier: choice.tier, startYear: choice.start, finishYear: choice.finish, funding: funding))
    }
    plan.allocations = allocations.sorted { $0.candidate < $1.candidate }
    var totals: [Payment] = []
    for source in portfolio.sources where scenario.isEnabled(source.id) {
      for year in scenario.horizon.years {
        let amount = plan.allocations.flatMap(\.funding).filter { $0.source == source.id && $0.year == year }.map(\.amount).sum()
        totals.append(Payment(source: source.id, year: year, amount: amount))
      }
    }
    plan.totals = Totals(bySourceYear: totals.sorted { $0.source != $1.source ? $0.source < $1.source : $0.year < $1.year })
    plan.criteria = scenario.criteria.map { criterion in
      let achieved = chosen.map { portfolio.tier($0.candidate, $0.tier)?.likelyScore(criterion.id) ?? 0 }.reduce(0, +)
      return CriterionResult(id: criterion.id, achieved: achieved, goal: criterion.goal ?? 0)
    }
    plan.totalCostUSD = chosen.map(\.totalCost).sum().wholeDollars
    plan.bindingConstraints = bindingRows(values: values)
    let funded = Set(chosen.map(\.candidate))
    plan.leftOut = portfolio.candidates.filter { !funded.contains($0.id) }.sorted { $0.id < $1.id }.map {
      LeftOut(candidate: $0.id, reason: defaultReason($0))
    }
    return plan
  }

  /// A reason that needs no solve (forced out, no choice, no source); otherwise "not selected".
  func defaultReason(_ candidate: Candidate) -> String {
    if let forced = scenario.forcedOut.first(where: { $0.candidate == candidate.id }) {
      return "forced out" + (forced.reason.isEmpty ? "" : ": \(forced.reason)")
    }
    if (planning.choicesByCandidate[candidate.id] ?? []).isEmpty {
      return "no tier can start in its window and finish by \(scenario.horizon.last)"
    }
    if !planning.payments.contains(where: { $0.candidate == candidate.id }) {
      return "no enabled source may pay for it"
    }
    return "not selected: the objective prefers other candidates"
  }

  /// The whole-dollar payments of the funded choices.
  func roundedCells(values: [Double], chosen: [ChoiceVariable]) -> [PaymentRounding.Cell] {
    var cells: [PaymentRounding.Cell] = []
    for choice in chosen {
      let payments = planning.payments.filter { $0.candidate == choice.candidate }
      for year in choice.activeYears {
        let here = payments.filter { $0.year == year }.sorted { $0.source < $1.source }
        cells.append(
          PaymentRounding.Cell(
            candidate: choice.candidate, year: year, target: choice.cost(in: year).wholeDollars, sources: here.map(\.source),
            amounts: here.map { values[$0.column] * PlanningModel.dollarsPerUnit }))
      }
    }
    var rounding = PaymentRounding(cells: cells, limits: limits(chosen: chosen))
    return rounding.run()
  }

  /// The caps, floors, shares and band in whole dollars.
  func limits(chosen: [ChoiceVariable]) -> PaymentRounding.Limits {
    var limits = PaymentRounding.Limits()
    for source in portfolio.sources where scenario.isEnabled(source.id) {
      for cap in source.yearlyCaps { limits.yearlyCap[source.id, default: [:]][cap.year] = cap.max.wholeDollars }
      let override = scenario.override(for: source.id)
      var cap = (override?.maxTotal ?? source.maxTotal)?.wholeDollars
      var floor = (override?.minTotal ?? source.minTotal)?.wholeDollars
      if source.id == portfolio.dcbFund?.id {
        cap = min(cap ?? .max, scenario.dcbBudget.max.wholeDollars)
        floor = max(floor ?? 0, scenario.dcbBudget.min.wholeDollars)
      }
      limits.totalCap[source.id] = cap
      limits.totalFloor[source.id] = floor
      if source.maxSharePercent < 100 {
        for choice in chosen {
          limits.shareCap[source.id, default: [:]][choice.candidate] =
            choice.totalCost.wholeDollars * Int64(source.maxSharePercent) / 100
        }
      }
    }
    return limits
  }

  /// The rows at a bound (not trivially: some term is non-zero), described; coverage, assignment and
  /// caller rows are left out. In row order, without repeats.
  func bindingRows(values: [Double]) -> [String] {
    var seen: Set<String> = []
    var texts: [String] = []
    for (index, row) in planning.model.rows.enumerated() {
      let meaning = planning.rowMeanings[index]
      switch meaning.family {
      case .coverage, .assignment, .lock, .extra, .goalShortfall: continue
      default: break
      }
      guard row.indices.contains(where: { abs(values[$0]) > 1e-9 }) else { continue }
      var activity = 0.0
      for (j, a) in zip(row.indices, row.coefficients) { activity += a * values[j] }
      let atLower = row.lowerBound.isFinite && abs(activity - row.lowerBound) <= 1e-6 * max(1, abs(row.lowerBound))
      let atUpper = row.upperBound.isFinite && abs(activity - row.upperBound) <= 1e-6 * max(1, abs(row.upperBound))
      guard atLower || atUpper, !meaning.text.isEmpty, seen.insert(meaning.text).inserted else { continue }
      texts.append(meaning.text)
    }
    return texts
  }
}
