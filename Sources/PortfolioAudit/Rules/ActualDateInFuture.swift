import PortfolioDomain

/// An actual (milestone or cost) dated after the day its entry was recorded (Cobra: "actual dates after the
/// status date"): a claim about the future.
struct ActualDateInFuture: AuditRule {
  static let name = "ActualDateInFuture"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let milestones = context.state.milestones.filter { $0.event.date > $0.recorded.date && $0.event.status != .slipped }
      .map { recorded in
        AuditorFinding(
          check: Self.name, severity: .error, candidate: recorded.event.candidate, milestone: recorded.event.milestone,
          seq: recorded.seq,
          message: "\(recorded.event.status.rawValue) on \(recorded.event.date), after it was recorded on \(recorded.recorded.date)")
      }
    let costs = context.state.costs.filter { $0.event.date > $0.recorded.date }.map { recorded in
      AuditorFinding(
        check: Self.name, severity: .error, candidate: recorded.event.candidate, seq: recorded.seq,
        message: "cost dated \(recorded.event.date), after it was recorded on \(recorded.recorded.date)")
    }
    return milestones + costs
  }
}
