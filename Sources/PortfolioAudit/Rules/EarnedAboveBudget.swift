import PortfolioDomain

/// Earned value above the budget at completion (Deltek: "cumulative BCWP > BAC").
struct EarnedAboveBudget: AuditRule {
  static let name = "EarnedAboveBudget"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.report.candidates.filter { $0.metrics.ev > $0.metrics.bac }.map { row in
      AuditorFinding(
        check: Self.name, severity: .error, candidate: .init(row.key),
        message: "earned value \(dollars(row.metrics.ev)) exceeds bac \(dollars(row.metrics.bac))")
    }
  }
}
