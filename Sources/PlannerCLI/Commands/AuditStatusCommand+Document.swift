import Foundation
import PortfolioAudit
import PortfolioDomain

/// The `audit status` output in its four formats, from one earned value report and its findings.
struct AuditStatusDocument {
  var ledgerName: String
  var checkpoint: String
  var macsChecked: Bool
  /// Whether the ledger's entries carry MACs (``Ledger/isAuthenticated``).
  var authenticated: Bool
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
      ("ledger", "\(ledgerName) (checkpoint \(checkpoint), \(macs))"),
      ("as of", "\(report.asOf) (ev technique \(report.options.technique.rawValue), eac \(report.options.primaryEAC.rawValue); money in USD, time in months)"),
    ]
  }

  /// What was checked of the entries' MACs.
  var macs: String {
    macsChecked ? "macs checked" : authenticated ? "macs NOT checked: no key given" : "no macs: unauthenticated"
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

  /// The JSON document: money in cents, ratios rounded to 6 decimals, an undefined figure `null` with its
  /// reason under the row's `undefined`.
  func json() -> String {
    let milestones: [JSONOutput] = report.milestones.map { status in
      .object([
        "candidate": .string(status.candidate.rawValue), "milestone": .string(status.baseline.milestone.rawValue),
        "plannedDate": .string(status.baseline.plannedDate.description), "pvCents": .integer(status.baseline.plannedValue.cents),
        "started": .optional(status.started) { .string($0.description) },
        "accepted": .optional(status.accepted) { .string($0.description) },
        "forecast": .optional(status.forecast) { .string($0.description) },
        "percentComplete": .optional(status.percentComplete) { .string($0.text) },
        "overdue": .bool(status.isOverdue(at: report.asOf)),
      ])
    }
    let findings: [JSONOutput] = self.findings.map { finding in
      .object([
        "check": .string(finding.check), "severity": .string(finding.severity.rawValue),
        "candidate": .optional(finding.candidate) { .string($0.rawValue) },
        "milestone": .optional(finding.milestone) { .string($0.rawValue) },
        "seq": .optional(finding.seq) { .integer(Int64($0)) }, "message": .string(finding.message),
      ])
    }
    let document = JSONOutput.object([
      "asOf": .string(report.asOf.description), "ledger": .string(ledgerName), "checkpoint": .string(checkpoint),
      "macsChecked": .bool(macsChecked), "technique": .string(report.options.technique.rawValue),
      "eac": .string(report.options.primaryEAC.rawValue), "candidates": .array(report.candidates.map(row)),
      "kinds": .array(report.kinds.map(row)), "sources": .array(report.sources.map(row)),
      "portfolio": .optional(report.portfolio) { row($0) }, "milestones": .array(milestones), "findings": .array(findings),
    ])
    return document.text
  }

  func row(_ row: EarnedValueReport.Row) -> JSONOutput {
    let m = row.metrics
    var undefined: [String: JSONOutput] = [:]
    func number(_ value: Double) -> JSONOutput { .number(Double(RatioFormat.string(value, decimals: 6)) ?? value) }
    func ratio(_ name: String, _ value: Computed<Double>) -> JSONOutput {
      switch value {
      case .value(let figure): return number(figure)
      case .undefined(let reason):
        undefined[name] = .string(reason)
        return .null
      }
    }
    func money(_ name: String, _ value: Computed<Money>) -> JSONOutput {
      switch value {
      case .value(let amount): return .integer(amount.cents)
      case .undefined(let reason):
        undefined[name] = .string(reason)
        return .null
      }
    }
    var members: [String: JSONOutput] = [
      "key": .string(row.key), "bacCents": .integer(m.bac.cents), "pvCents": .integer(m.pv.cents),
      "evCents": .integer(m.ev.cents), "acCents": .integer(m.ac.cents), "svCents": .integer(m.sv.cents),
      "cvCents": .integer(m.cv.cents), "svPercent": ratio("svPercent", m.svPercent),
      "cvPercent": ratio("cvPercent", m.cvPercent), "spi": ratio("spi", m.spi), "cpi": ratio("cpi", m.cpi),
      "eacAtypicalCents": .integer(m.eacAtypical.cents), "eacTypicalCents": money("eacTypical", m.eacTypical),
      "eacCombinedCents": money("eacCombined", m.eacCombined), "eacWeightedCents": money("eacWeighted", m.eacWeighted),
      "etcCents": money("etc", m.etc), "vacCents": money("vac", m.vac), "tcpiToBAC": ratio("tcpiToBAC", m.tcpiToBAC),
      "tcpiToEAC": ratio("tcpiToEAC", m.tcpiToEAC), "esMonths": number(m.schedule.es), "atMonths": number(m.schedule.at),
      "pdMonths": number(m.schedule.pd), "svtMonths": number(m.schedule.svt), "spit": ratio("spit", m.schedule.spit),
      "ieactMonths": ratio("ieact", m.schedule.ieact), "bei": ratio("bei", m.bei), "hitRate": ratio("hitRate", m.hitRate),
      "milestonesFinished": .integer(Int64(m.milestonesFinished)), "milestonesDue": .integer(Int64(m.milestonesDue)),
      "milestonesTotal": .integer(Int64(m.milestonesTotal)), "spiLight": .string(row.spiLight(bands).rawValue),
      "cpiLight": .string(row.cpiLight(bands).rawValue), "health": .string(row.overallLight(bands).rawValue),
    ]
    members["undefined"] = .object(undefined)
    return .object(members)
  }
}
