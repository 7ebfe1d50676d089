import PortfolioDomain

/// TCPI to BAC well above the cumulative CPI once a candidate is past the configured share complete: the
/// remaining work must be done far more efficiently than so far, so an overrun is likely (EVM.md §4.5).
struct TCPIAboveCPI: AuditRule {
  static let name = "TCPIAboveCPI"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let settings = context.settings
    return context.report.candidates.compactMap { row in
      let m = row.metrics
      guard let tcpi = m.tcpiToBAC.value, let cpi = m.cpi.value, let done = m.percentComplete.value,
        done * 10_000 >= Double(settings.tcpiFromBasisPoints), tcpi - cpi > settings.tcpiGap
      else { return nil }
      return AuditorFinding(
        check: Self.name, severity: .warning, candidate: .init(row.key),
        message: "tcpi to bac \(RatioFormat.string(tcpi, decimals: 2)) exceeds cpi \(RatioFormat.string(cpi, decimals: 2)) "
          + "by more than \(RatioFormat.string(settings.tcpiGap, decimals: 2)) at \(RatioFormat.string(done * 100, decimals: 0)) % "
          + "complete: the bac is unlikely to hold")
    }
  }
}
