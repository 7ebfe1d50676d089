import PortfolioDomain

/// Entries recorded after the status date that change the figures as of it (an actual dated on or before the
/// status date but written into the ledger later): the snapshot is backfilled (EVM.md §6, as-of semantics).
struct BackfilledEntry: AuditRule {
  static let name = "BackfilledEntry"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let date = context.asOf
    let milestones = context.state.milestones.filter { $0.event.date <= date && $0.recorded.date > date }.map {
      AuditorFinding(
        check: Self.name, severity: .info, candidate: $0.event.candidate, milestone: $0.event.milestone, seq: $0.seq,
        message: "\($0.event.status.rawValue) on \($0.event.date) was recorded on \($0.recorded.date), after the status date")
    }
    let costs = context.state.costs.filter { $0.event.date <= date && $0.recorded.date > date }.map {
      AuditorFinding(
        check: Self.name, severity: .info, candidate: $0.event.candidate, seq: $0.seq,
        message: "cost dated \($0.event.date) was recorded on \($0.recorded.date), after the status date")
    }
    return milestones + costs
  }
}
