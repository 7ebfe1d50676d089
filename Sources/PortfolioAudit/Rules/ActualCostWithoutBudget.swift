import PortfolioDomain

/// Actual cost charged to a candidate that has no budget in the baseline (Deltek: "ACWP with no BAC"). Such
/// costs are in no earned value row.
struct ActualCostWithoutBudget: AuditRule {
  static let name = "ActualCostWithoutBudget"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.state.costs.compactMap { recorded in
      guard context.state.candidate(recorded.event.candidate) == nil else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .error, candidate: recorded.event.candidate, seq: recorded.seq,
        message: "cost of \(dollars(recorded.event.amount)) (\(recorded.event.reference)) for a candidate with no baseline budget")
    }
  }
}
