import PortfolioDomain

/// A reported percent complete outside 0-100 (Cobra). The figure is used as reported, so EV may look wrong too.
struct PercentCompleteOutOfRange: AuditRule {
  static let name = "PercentCompleteOutOfRange"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.state.milestones.compactMap { recorded in
      guard let percent = recorded.event.percentComplete, percent.basisPoints < 0 || percent.basisPoints > 10_000
      else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .error, candidate: recorded.event.candidate, milestone: recorded.event.milestone,
        seq: recorded.seq, message: "percent complete \(percent) outside 0-100 %")
    }
  }
}
