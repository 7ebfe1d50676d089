import PortfolioDomain

/// Earned value with no planned value by the status date (GAO: "BCWP with no BCWS"): work done ahead of a plan
/// that scheduled nothing yet.
struct EarnedWithoutPlanned: AuditRule {
  static let name = "EarnedWithoutPlanned"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.report.candidates.filter { $0.metrics.ev.cents > 0 && $0.metrics.pv.cents == 0 }.map { row in
      AuditorFinding(
        check: Self.name, severity: .warning, candidate: .init(row.key),
        message: "earned value \(dollars(row.metrics.ev)) with no planned value by the status date")
    }
  }
}
