import PortfolioDomain

/// A milestone accepted before it was started (Cobra: "actual finish before actual start").
struct FinishBeforeStart: AuditRule {
  static let name = "FinishBeforeStart"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.report.milestones.compactMap { status in
      guard let started = status.started, let accepted = status.accepted, accepted < started else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .error, candidate: status.candidate, milestone: status.baseline.milestone,
        message: "accepted on \(accepted), before it started on \(started)")
    }
  }
}
