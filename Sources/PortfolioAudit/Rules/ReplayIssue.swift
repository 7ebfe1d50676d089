import PortfolioDomain

/// A correction or rebaseline that replay could not apply (points at a wrong entry, or would make an invalid
/// payload). The entry stays in the ledger; its effect is not applied.
struct ReplayIssue: AuditRule {
  static let name = "ReplayIssue"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.state.issues.map { AuditorFinding(check: Self.name, severity: .error, seq: $0.seq, message: $0.message) }
  }
}
