import PortfolioDomain

/// Earned value with no actual cost (GAO: "BCWP and BCWS with no ACWP"): work accepted that nobody paid for yet,
/// usually costs not recorded.
struct EarnedWithoutActual: AuditRule {
  static let name = "EarnedWithoutActual"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.report.candidates.filter { $0.metrics.ev.cents > 0 && $0.metrics.ac.cents == 0 }.map { row in
      AuditorFinding(
        check: Self.name, severity: .warning, candidate: .init(row.key),
        message: "earned value \(dollars(row.metrics.ev)) (planned \(dollars(row.metrics.pv))) with no actual cost recorded")
    }
  }
}
