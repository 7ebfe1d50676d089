import PortfolioDomain

/// A cost or schedule variance beyond the configured thresholds (EIA-748 guideline 23), per candidate: CV
/// against EV, SV against PV, combined with OR or AND as configured.
struct SignificantVariance: AuditRule {
  static let name = "SignificantVariance"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let thresholds = context.settings.thresholds
    let rule = "\(dollars(thresholds.amount)) \(thresholds.combination.rawValue) \(RatioFormat.string(Double(thresholds.percentBasisPoints) / 100, decimals: 2)) %"
    var findings: [AuditorFinding] = []
    for row in context.report.candidates {
      let m = row.metrics
      if thresholds.isSignificant(variance: m.cv, base: m.ev) {
        findings.append(
          AuditorFinding(
            check: Self.name, severity: .warning, candidate: .init(row.key),
            message: "cost variance \(dollars(m.cv)) (\(percent(m.cvPercent)) of ev) breaches \(rule): a variance report is due"))
      }
      if thresholds.isSignificant(variance: m.sv, base: m.pv) {
        findings.append(
          AuditorFinding(
            check: Self.name, severity: .warning, candidate: .init(row.key),
            message: "schedule variance \(dollars(m.sv)) (\(percent(m.svPercent)) of pv) breaches \(rule): a variance report is due"))
      }
    }
    return findings
  }

  private func percent(_ fraction: Computed<Double>) -> String {
    fraction.value.map { RatioFormat.string($0 * 100, decimals: 2) + " %" } ?? "undefined %"
  }
}
