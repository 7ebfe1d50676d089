import PortfolioDomain

/// A milestone event for a candidate or milestone that is not in the baseline in force (or before any baseline).
struct UnknownReference: AuditRule {
  static let name = "UnknownReference"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let known = context.baselineMilestones
    return context.state.milestones.compactMap { recorded in
      let event = recorded.event
      guard !known.contains("\(event.candidate.rawValue)\u{0}\(event.milestone.rawValue)") else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .error, candidate: event.candidate, milestone: event.milestone, seq: recorded.seq,
        message: "milestone event for a milestone that is not in the baseline")
    }
  }
}
