import PortfolioDomain

/// Cost dated after a candidate's work was complete (every milestone accepted) (Deltek: "ACWP on completed
/// work"): late invoices are possible, but each needs an explanation.
struct ActualCostOnCompletedWork: AuditRule {
  static let name = "ActualCostOnCompletedWork"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    var completion: [CandidateID: CalendarDate] = [:]
    let statuses = context.report.milestones
    for candidate in Set(statuses.map(\.candidate)) {
      let own = statuses.filter { $0.candidate == candidate }
      guard own.allSatisfy(\.isFinished), let last = own.compactMap(\.accepted).max() else { continue }
      completion[candidate] = last
    }
    return context.state.costs.compactMap { recorded in
      let event = recorded.event
      guard event.date <= context.asOf, let done = completion[event.candidate], event.date > done else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .warning, candidate: event.candidate, seq: recorded.seq,
        message: "cost of \(dollars(event.amount)) on \(event.date), after the last milestone was accepted on \(done)")
    }
  }
}
