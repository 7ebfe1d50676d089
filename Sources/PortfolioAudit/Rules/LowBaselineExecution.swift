import PortfolioDomain

/// A Baseline Execution Index below the goal (DCMA: 0.95) for a candidate or the portfolio.
struct LowBaselineExecution: AuditRule {
  static let name = "LowBaselineExecution"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let goal = Double(context.settings.beiGoalBasisPoints) / 10_000
    let rows = context.report.candidates + [context.report.portfolio].compactMap { $0 }
    return rows.compactMap { row in
      guard let bei = row.metrics.bei.value, bei < goal else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .warning, candidate: row.key == "portfolio" ? nil : .init(row.key),
        message: "bei \(RatioFormat.string(bei, decimals: 2)) below \(RatioFormat.string(goal, decimals: 2)): "
          + "\(row.metrics.milestonesFinished) milestones finished of \(row.metrics.milestonesDue) due"
          + (row.key == "portfolio" ? " in the portfolio" : ""))
    }
  }
}
