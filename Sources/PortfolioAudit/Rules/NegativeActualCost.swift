import PortfolioDomain

/// A negative cost entry (a credit: legitimate but to be explained, Deltek/DOE treat it as a warning) and a
/// negative cumulative actual cost for a candidate (GAO: negative ACWP is an anomaly).
struct NegativeActualCost: AuditRule {
  static let name = "NegativeActualCost"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    var findings = context.state.costs.filter { $0.event.amount.cents < 0 }.map { recorded in
      AuditorFinding(
        check: Self.name, severity: .warning, candidate: recorded.event.candidate, seq: recorded.seq,
        message: "negative cost \(dollars(recorded.event.amount)) (\(recorded.event.reference))")
    }
    for row in context.report.candidates where row.metrics.ac.cents < 0 {
      findings.append(
        AuditorFinding(
          check: Self.name, severity: .error, candidate: .init(row.key),
          message: "cumulative actual cost is negative: \(dollars(row.metrics.ac))"))
    }
    return findings
  }
}
