import Foundation
import PortfolioAudit
import PortfolioDomain

/// The `audit status` output in its four formats, from one earned value report and its findings.
struct AuditStatusDocument {
  var ledgerName: String
  var checkpoint: String
  var macsChecked: Bool
  var report: EarnedValueReport
  var findings: [AuditorFinding]
  var bands: StoplightBands

  static let headers = [
    "BAC", "PV", "EV", "AC", "SV", "CV", "SPI", "CPI", "EAC", "VAC", "TCPI", "ES", "SV(t)", "SPI(t)", "BEI", "health",
  ]

  /// One row's cells for the table and Markdown (dollars with separators, ratios to 2 decimals).
  func cells(_ row: EarnedValueReport.Row) -> [String] {
    let m = row.metrics
    func money(_ value: Money) -> String { MoneyFormat.dollars(cents: value.cents) }
    func ratio(_ value: Computed<Double>) -> String { value.value.map { RatioFormat.string($0, decimals: 2) } ?? "n/a" }
    func months(_ value: Double) -> String { RatioFormat.string(value, decimals: 1) }
    return [
      money(m.bac), money(m.pv), money(m.ev), money(m.ac), money(m.sv), money(m.cv), ratio(m.spi), ratio(m.cpi),
      m.eac.value.map(money) ?? "n/a", m.vac.value.map(money) ?? "n/a", ratio(m.tcpiToBAC), months(m.schedule.es),
      months(m.schedule.svt), ratio(m.schedule.spit), ratio(m.bei), row.overallLight(bands).rawValue,
    ]
  }

  var sections: [(title: String, rows: [EarnedValueReport.Row])] {
    [
      ("candidates", report.candidates), ("by kind", report.kinds),
      ("by source (pro rata to planned funding)", report.sources), ("portfolio", [report.portfolio].compactMap { $0 }),
    ]
  }

  var headerPairs: [(String, String)] {
    [
      ("ledger", "\(ledgerName) (checkpoint \(checkpoint), macs \(macsChecked ? "checked" : "not checked: no key"))"),
      ("as of", "\(report.asOf) (ev technique \(report.options.technique.rawValue), eac \(report.options.primaryEAC.rawValue); money in USD, time in months)"),
    ]
  }

  var header: [String] { headerPairs.map { $0.0.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.1 } }

  var findingCounts: String {
    AuditorFinding.Severity.allCases.map { severity in
      let count = findings.filter { $0.severity == severity }.count
      return "\(count) \(severity.rawValue)\(count == 1 || severity == .info ? "" : "s")"
    }.joined(separator: ", ")
  }

  func table() -> String {
    var text = header.joined(separator: "\n") + "\n"
    for section in sections where !section.rows.isEmpty {
      var table = TextTable(
        columns: [TextTable.Column(section.title)] + Self.headers.map { TextTable.Column($0, $0 == "health" ? .left : .right) })
      for row in section.rows { table.append([row.key] + cells(row)) }
      text += "\n" + table.render()
    }
    text += "\nfindings: \(findingCounts)\n"
    for finding in findings { text += "  \(finding)\n" }
    return text
  }

  func markdown() -> String {
    var text = "# Audit status as of \(report.asOf)\n\n" + headerPairs.map { "- \($0.0): \($0.1)" }.joined(separator: "\n") + "\n"
    for section in sections where !section.rows.isEmpty {
      text += "\n## \(section.title.prefix(1).uppercased() + section.title.dropFirst())\n\n"
      text += "| " + ([section.title] + Self.headers).joined(separator: " | ") + " |\n"
      text += "|" + ([":--"] + Self.headers.map { $0 == "health" ? ":--" : "--:" }).map { " \($0) " }.joined(separator: "|") + "|\n"
      for row in section.rows {
        text += "| " + ([row.key] + cells(row)).map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
      }
    }
    text += "\n## Findings (\(findingCounts))\n\n"
    if findings.isEmpty { text += "None.\n" }
    for finding in findings { text += "- \(finding.description.replacingOccurrences(of: "|", with: "\\|"))\n" }
    return text
  }

  func csv() -> String {
    var writer = CSVWriter(header: [
      "level", "key", "bac_usd", "pv_usd", "ev_usd", "ac_usd", "sv_usd", "cv_usd", "spi", "cpi", "eac_usd", "vac_usd",
      "tcpi_bac", "es_months", "sv_t_months", "spi_t", "bei", "health",
    ])
    let levels = [("candidate", report.candidates), ("kind", report.kinds), ("source", report.sources),
      ("portfolio", [report.portfolio].compactMap { $0 })]
    for (level, rows) in levels {
      for row in rows {
        let m = row.metrics
        func money(_ value: Money) -> String { RatioFormat.string(Double(value.cents) / 100, decimals: 2) }
        func ratio(_ value: Computed<Double>) -> String { value.value.map { RatioFormat.string($0, decimals: 6) } ?? "" }
        writer.append([
          level, row.key, money(m.bac), money(m.pv), money(m.ev), money(m.ac), money(m.sv), money(m.cv), ratio(m.spi),
          ratio(m.cpi), m.eac.value.map(money) ?? "", m.vac.value.map(money) ?? "", ratio(m.tcpiToBAC),
          RatioFormat.string(m.schedule.es, decimals: 6), RatioFormat.string(m.schedule.svt, decimals: 6),
          ratio(m.schedule.spit), ratio(m.bei), row.overallLight(bands).rawValue,
        ])
      }
    }
    return writer.text
  }

  func json() throws(CLIError) -> String {
    try JSONOutput.encode(
      StatusJSON(
        asOf: report.asOf.description, ledger: ledgerName, checkpoint: checkpoint, macsChecked: macsChecked,
        technique: report.options.technique.rawValue, eac: report.options.primaryEAC.rawValue,
        candidates: report.candidates.map(row), kinds: report.kinds.map(row), sources: report.sources.map(row),
        portfolio: report.portfolio.map(row),
        milestones: report.milestones.map { status in
          MilestoneJSON(
            candidate: status.candidate.rawValue, milestone: status.baseline.milestone.rawValue,
            plannedDate: status.baseline.plannedDate.description, pvCents: status.baseline.plannedValue.cents,
            started: status.started?.description, accepted: status.accepted?.description,
            forecast: status.forecast?.description, percentComplete: status.percentComplete?.text,
            overdue: status.isOverdue(at: report.asOf))
        },
        findings: findings.map {
          FindingJSON(
            check: $0.check, severity: $0.severity.rawValue, candidate: $0.candidate?.rawValue,
            milestone: $0.milestone?.rawValue, seq: $0.seq, message: $0.message)
        }))
  }

  func row(_ row: EarnedValueReport.Row) -> RowJSON {
    let m = row.metrics
    var undefined: [String: String] = [:]
    func ratio(_ name: String, _ value: Computed<Double>) -> Decimal? {
      switch value {
      case .value(let number): return Decimal(string: RatioFormat.string(number, decimals: 6))
      case .undefined(let reason):
        undefined[name] = reason
        return nil
      }
    }
    func money(_ name: String, _ value: Computed<Money>) -> Int64? {
      switch value {
      case .value(let amount): return amount.cents
      case .undefined(let reason):
        undefined[name] = reason
        return nil
      }
    }
    return RowJSON(
      key: row.key, bacCents: m.bac.cents, pvCents: m.pv.cents, evCents: m.ev.cents, acCents: m.ac.cents,
      svCents: m.sv.cents, cvCents: m.cv.cents, svPercent: ratio("svPercent", m.svPercent),
      cvPercent: ratio("cvPercent", m.cvPercent), spi: ratio("spi", m.spi), cpi: ratio("cpi", m.cpi),
      eacAtypicalCents: m.eacAtypical.cents, eacTypicalCents: money("eacTypical", m.eacTypical),
      eacCombinedCents: money("eacCombined", m.eacCombined), eacWeightedCents: money("eacWeighted", m.eacWeighted),
      etcCents: money("etc", m.etc), vacCents: money("vac", m.vac), tcpiToBAC: ratio("tcpiToBAC", m.tcpiToBAC),
      tcpiToEAC: ratio("tcpiToEAC", m.tcpiToEAC), esMonths: Decimal(string: RatioFormat.string(m.schedule.es, decimals: 6)),
      atMonths: Decimal(string: RatioFormat.string(m.schedule.at, decimals: 6)),
      pdMonths: Decimal(string: RatioFormat.string(m.schedule.pd, decimals: 6)),
      svtMonths: Decimal(string: RatioFormat.string(m.schedule.svt, decimals: 6)), spit: ratio("spit", m.schedule.spit),
      ieactMonths: ratio("ieact", m.schedule.ieact), bei: ratio("bei", m.bei), hitRate: ratio("hitRate", m.hitRate),
      milestonesFinished: m.milestonesFinished, milestonesDue: m.milestonesDue, milestonesTotal: m.milestonesTotal,
      spiLight: row.spiLight(bands).rawValue, cpiLight: row.cpiLight(bands).rawValue,
      health: row.overallLight(bands).rawValue, undefined: undefined)
  }

  struct StatusJSON: Encodable {
    var asOf, ledger, checkpoint: String
    var macsChecked: Bool
    var technique, eac: String
    var candidates, kinds, sources: [RowJSON]
    var portfolio: RowJSON?
    var milestones: [MilestoneJSON]
    var findings: [FindingJSON]
  }

  struct RowJSON: Encodable {
    var key: String
    var bacCents, pvCents, evCents, acCents, svCents, cvCents: Int64
    var svPercent, cvPercent, spi, cpi: Decimal?
    var eacAtypicalCents: Int64
    var eacTypicalCents, eacCombinedCents, eacWeightedCents, etcCents, vacCents: Int64?
    var tcpiToBAC, tcpiToEAC, esMonths, atMonths, pdMonths, svtMonths, spit, ieactMonths, bei, hitRate: Decimal?
    var milestonesFinished, milestonesDue, milestonesTotal: Int
    var spiLight, cpiLight, health: String
    var undefined: [String: String]
  }

  struct MilestoneJSON: Encodable {
    var candidate, milestone, plannedDate: String
    var pvCents: Int64
    var started, accepted, forecast, percentComplete: String?
    var overdue: Bool
  }

  struct FindingJSON: Encodable {
    var check, severity: String
    var candidate, milestone: String?
    var seq: Int?
    var message: String
  }
}
