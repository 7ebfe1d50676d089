import PortfolioDomain

/// A candidate whose SPI or CPI is outside the green band: red is a warning, yellow for the record.
struct PerformanceStoplight: AuditRule {
  static let name = "PerformanceStoplight"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    let bands = context.settings.bands
    return context.report.candidates.compactMap { row in
      let overall = row.overallLight(bands)
      guard overall == .red || overall == .yellow else { return nil }
      let spi = "spi \(row.metrics.spi.formatted()) \(row.spiLight(bands).rawValue)"
      let cpi = "cpi \(row.metrics.cpi.formatted()) \(row.cpiLight(bands).rawValue)"
      return AuditorFinding(
        check: Self.name, severity: overall == .red ? .warning : .info, candidate: .init(row.key),
        message: "\(overall.rawValue): \(spi), \(cpi)")
    }
  }
}
