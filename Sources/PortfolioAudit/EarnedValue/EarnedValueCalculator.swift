import PortfolioDomain

/// Computes earned value and earned schedule from a replayed ledger as of any status date.
///
/// "As of" semantics: PV counts what the baseline in force planned on or before the date; EV counts milestone
/// events dated on or before it; AC counts costs dated on or before it. Events dated later are ignored (they
/// are not lost: a later status date includes them). Costs for candidates outside the baseline are not in
/// any row (the `ActualCostWithoutBudget` rule reports them).
public enum EarnedValueCalculator {
  /// The report as of `date`.
  public static func report(
    state: LedgerState, asOf date: CalendarDate, options: EarnedValueOptions = EarnedValueOptions()
  ) -> EarnedValueReport {
    let candidates = (state.baseline?.candidates ?? []).sorted { $0.candidate < $1.candidate }
    var rows: [EarnedValueReport.Row] = []
    var statuses: [MilestoneStatus] = []
    var quantitiesByCandidate: [(BaselineCandidate, PerformanceQuantities)] = []
    for candidate in candidates {
      let milestoneStatuses = statusesOf(candidate, state: state, asOf: date)
      statuses += milestoneStatuses
      let quantities = quantitiesOf(candidate, statuses: milestoneStatuses, state: state, asOf: date, options: options)
      quantitiesByCandidate.append((candidate, quantities))
      rows.append(.init(key: candidate.candidate.rawValue, metrics: quantities.metrics(at: date, options: options)))
    }

    var kindRows: [EarnedValueReport.Row] = []
    for kind in CandidateKind.allCases {
      let parts = quantitiesByCandidate.filter { $0.0.kind == kind }.map(\.1)
      if let sum = PerformanceQuantities.sum(parts) {
        kindRows.append(.init(key: kind.rawValue, metrics: sum.metrics(at: date, options: options)))
      }
    }

    var bySource: [SourceID: [PerformanceQuantities]] = [:]
    for (candidate, quantities) in quantitiesByCandidate {
      let funding = candidate.funding.filter { $0.amount.cents > 0 }
      guard !funding.isEmpty else { continue }
      let parts = quantities.apportioned(weights: funding.map(\.amount.cents))
      for (share, part) in zip(funding, parts) { bySource[share.source, default: []].append(part) }
    }
    let sourceRows = bySource.keys.sorted().compactMap { source -> EarnedValueReport.Row? in
      PerformanceQuantities.sum(bySource[source] ?? []).map {
        .init(key: source.rawValue, metrics: $0.metrics(at: date, options: options))
      }
    }

    let portfolio = PerformanceQuantities.sum(quantitiesByCandidate.map(\.1)).map {
      EarnedValueReport.Row(key: "portfolio", metrics: $0.metrics(at: date, options: options))
    }
    return EarnedValueReport(
      asOf: date, options: options, candidates: rows, kinds: kindRows, sources: sourceRows, portfolio: portfolio,
      milestones: statuses)
  }

  /// Each baseline milestone's status as of `date`.
  static func statusesOf(_ candidate: BaselineCandidate, state: LedgerState, asOf date: CalendarDate) -> [MilestoneStatus] {
    let events = state.milestones.filter { $0.event.candidate == candidate.candidate && $0.event.date <= date }
    return candidate.milestones.map { milestone in
      var status = MilestoneStatus(candidate: candidate.candidate, baseline: milestone)
      var percentDate: (CalendarDate, Int)?
      var forecastDate: (CalendarDate, Int)?
      for recorded in events where recorded.event.milestone == milestone.milestone {
        let event = recorded.event
        switch event.status {
        case .started: status.started = min(status.started ?? event.date, event.date)
        case .accepted: status.accepted = min(status.accepted ?? event.date, event.date)
        case .slipped:
          if forecastDate.map({ ($0.0, $0.1) < (event.date, recorded.seq) }) ?? true {
            forecastDate = (event.date, recorded.seq)
            status.forecast = event.forecastDate
          }
        case .progress: break
        }
        if let percent = event.percentComplete, percentDate.map({ ($0.0, $0.1) < (event.date, recorded.seq) }) ?? true {
          percentDate = (event.date, recorded.seq)
          status.percentComplete = percent
        }
      }
      if status.accepted != nil { status.percentComplete = .complete }
      return status
    }
  }

  /// PV of `candidate` planned on or before `date` under `technique`.
  static func plannedValue(
    _ candidate: BaselineCandidate, through date: CalendarDate, technique: EarnedValueTechnique
  ) -> Int64 {
    switch technique {
    case .weightedMilestones, .percentComplete:
      return candidate.milestones.filter { $0.plannedDate <= date }.map(\.plannedValue.cents).reduce(0, +)
    case .zeroHundred:
      return candidate.plannedFinish <= date ? candidate.bac.cents : 0
    case .fiftyFifty:
      let half = candidate.bac.cents / 2
      return (candidate.plannedStart <= date ? half : 0) + (candidate.plannedFinish <= date ? candidate.bac.cents - half : 0)
    }
  }

  /// EV of `candidate` from its milestone statuses under `technique`.
  static func earnedValue(
    _ candidate: BaselineCandidate, statuses: [MilestoneStatus], technique: EarnedValueTechnique
  ) -> Int64 {
    let allAccepted = !statuses.isEmpty && statuses.allSatisfy(\.isFinished)
    switch technique {
    case .weightedMilestones:
      return statuses.filter(\.isFinished).map(\.baseline.plannedValue.cents).reduce(0, +)
    case .percentComplete:
      return statuses.map { status in
        let basisPoints = Int64(status.percentComplete?.basisPoints ?? 0)
        return Int64(Int128(status.baseline.plannedValue.cents) * Int128(basisPoints) / 10_000)
      }.reduce(0, +)
    case .zeroHundred:
      return allAccepted ? candidate.bac.cents : 0
    case .fiftyFifty:
      let half = candidate.bac.cents / 2
      let begun = statuses.contains { $0.started != nil || $0.accepted != nil }
      return (begun ? half : 0) + (allAccepted ? candidate.bac.cents - half : 0)
    }
  }

  static func quantitiesOf(
    _ candidate: BaselineCandidate, statuses: [MilestoneStatus], state: LedgerState, asOf date: CalendarDate,
    options: EarnedValueOptions
  ) -> PerformanceQuantities {
    let startMonth = PerformanceQuantities.absoluteMonth(candidate.plannedStart)
    let finishMonth = max(startMonth, PerformanceQuantities.absoluteMonth(candidate.plannedFinish))
    let curve = (startMonth...finishMonth).map {
      plannedValue(candidate, through: PerformanceQuantities.endOfMonth($0), technique: options.technique)
    }
    var quantities = PerformanceQuantities(startMonth: startMonth, curve: curve)
    quantities.bac = candidate.bac.cents
    quantities.pv = plannedValue(candidate, through: date, technique: options.technique)
    quantities.ev = earnedValue(candidate, statuses: statuses, technique: options.technique)
    quantities.ac = state.costs.filter { $0.event.candidate == candidate.candidate && $0.event.date <= date }
      .map(\.event.amount.cents).reduce(0, +)
    quantities.finished = statuses.filter(\.isFinished).count
    quantities.due = statuses.filter { $0.isDue(by: date) }.count
    quantities.finishedOnTime = statuses.filter { $0.isDue(by: date) && $0.finishedOnTime }.count
    quantities.total = statuses.count
    return quantities
  }
}
