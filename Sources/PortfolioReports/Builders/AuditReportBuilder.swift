/// Builds the audit report: EVM per project and rolled up, stoplights, overdue milestones, significant variances,
/// findings, the baseline execution index (BEI) and the ledger checkpoint.
///
/// Pure: reads an ``AuditSnapshot`` and the as-of date, never the clock. Thresholds: CPI and SPI stoplights as
/// ``EarnedValue/stoplight(_:)``; a variance is significant beyond 10%; BEI (DCMA) is milestones accepted by the
/// as-of date over milestones baselined to be due by then, green at or above 0.95.
public struct AuditReportBuilder: Sendable {
  /// The audit facts.
  public var snapshot: AuditSnapshot
  /// The report date: events and costs after it are ignored.
  public var asOf: ReportDate
  /// The plan's inputs hash, for provenance (`nil`: unknown).
  public var inputsSHA256: String?
  /// The dataset name for provenance.
  public var datasetName: String
  /// The scenario name for provenance.
  public var scenarioName: String
  /// True when the ledger is the shipped example rather than a real one (the report says so).
  public var isExampleLedger: Bool
  /// Where earned value comes from.
  public var earnedValue: any EarnedValueSource

  /// Creates a builder.
  ///
  /// - Parameter earnedValue: the earned-value engine; `nil` computes it from `snapshot` (``SnapshotEarnedValue``).
  public init(
    snapshot: AuditSnapshot, asOf: ReportDate, inputsSHA256: String? = nil, datasetName: String = "Datasets/bih", scenarioName: String = "default",
    isExampleLedger: Bool = false, earnedValue: (any EarnedValueSource)? = nil
  ) {
    self.earnedValue = earnedValue ?? SnapshotEarnedValue(snapshot: snapshot)
    self.snapshot = snapshot
    self.asOf = asOf
    self.inputsSHA256 = inputsSHA256
    self.datasetName = datasetName
    self.scenarioName = scenarioName
    self.isExampleLedger = isExampleLedger
  }

  /// The earned-value figures at the as-of date.
  public var measurement: EarnedValueMeasurement { earnedValue.measure(at: asOf) }

  /// Milestones whose baseline date is before the as-of date and that are not accepted by then.
  public var overdue: [(baseline: AuditSnapshot.Project, milestone: AuditSnapshot.Milestone, forecast: ReportDate?, reason: String?)] {
    var out: [(AuditSnapshot.Project, AuditSnapshot.Milestone, ReportDate?, String?)] = []
    for b in snapshot.baselines {
      for m in b.milestones where m.due < asOf {
        let mine = snapshot.events.filter { $0.candidate == b.candidate && $0.milestone == m.id && $0.date <= asOf }
        if mine.contains(where: { $0.kind == .accepted }) { continue }
        let slip = mine.last { $0.kind == .slipped }
        out.append((b, m, slip?.forecast, slip?.reason))
      }
    }
    return out
  }

  /// The report document.
  public func build() -> ReportDocument {
    let now = measurement
    // Projects in baseline order, each with its figures at the as-of date.
    let values = snapshot.baselines.compactMap { b in now.figures(b.candidate).map { (baseline: b, value: $0) } }
    let total = now.portfolio
    var details = [ProvenanceDetail("Ledger", snapshot.ledgerName), ProvenanceDetail("Ledger entries", String(snapshot.entryCount))]
    if let verified = snapshot.verified { details.append(ProvenanceDetail("Ledger verification", verification(verified))) }
    let provenance = ReportProvenance(
      inputsSHA256: inputsSHA256, dataset: datasetName, scenario: scenarioName, ledgerCheckpoint: snapshot.checkpoint,
      illustrative: isExampleLedger ? ["Every milestone event and cost: the ledger is the shipped example, not a record of real progress"] : [],
      details: details)
    return ReportDocument(
      title: "DCB portfolio audit", subtitle: "Earned value, milestones and ledger integrity", asOf: asOf, provenance: provenance,
      sections: [summarySection(total: total), evmSection(values, total: total), curvesSection(values), milestoneSection(values), findingsSection(), ledgerSection()])
  }

  /// The provenance line of the verification: whether the MACs were checked is said whenever the entries carry them.
  func verification(_ verified: Bool) -> String {
    guard verified else { return "FAILED" }
    switch snapshot.macsChecked {
    case true?: return "verified (hash chain and MACs)"
    case false?: return "hash chain verified; MACs NOT checked (no key given)"
    case nil: return "verified"
    }
  }

  func ratio(_ v: Double?) -> ReportCell { v.map { .ratio($0, decimals: 2) } ?? .text("n/a") }

  func summarySection(total: EarnedValueFigures) -> ReportSection {
    let errors = snapshot.findings.filter { $0.severity == .error }.count
    var blocks: [ReportBlock] = [
      .keyFigures([
        KeyFigure("Cost performance (CPI)", ratio(total.cpi), detail: "EV \(ReportNumberFormat.money(total.ev)) / AC \(ReportNumberFormat.money(total.ac))", status: total.cpiLight),
        KeyFigure("Schedule performance (SPI)", ratio(total.spi), detail: "EV / PV \(ReportNumberFormat.money(total.pv))", status: total.spiLight),
        KeyFigure(
          "Baseline execution (BEI)", ratio(total.bei), detail: "\(total.milestonesFinished) accepted for \(total.milestonesDue) milestones due by \(asOf.iso)",
          status: total.bei.map { $0 >= 0.95 ? Stoplight.green : ($0 >= 0.90 ? .amber : .red) } ?? Stoplight.none),
        KeyFigure("Overdue milestones", .integer(Int64(overdue.count)), status: overdue.isEmpty ? .green : .red),
        KeyFigure("Findings", .integer(Int64(snapshot.findings.count)), detail: errors == 1 ? "1 error" : "\(errors) errors", status: errors > 0 ? .red : (snapshot.findings.isEmpty ? .green : .amber)),
        KeyFigure("Estimate at completion", .money(total.eac), detail: "BAC \(ReportNumberFormat.money(total.bac)), VAC \(ReportNumberFormat.money(total.vac))"),
      ])
    ]
    if isExampleLedger {
      blocks.append(.note(.illustrative, "No ledger was given, so this report reads the shipped example ledger: its events and costs are invented to show the report, not real progress."))
    }
    if snapshot.verified == true && snapshot.macsChecked == false {
      blocks.append(
        .note(
          .warning,
          ReportText("The ledger's entries carry MACs, but no key was given, so the MACs were not checked: only the hash chain was verified, which anyone can recompute after rewriting entries. Give the key with ")
            + .code("--key-file FILE") + ReportText(" or ") + .code("DCBPLAN_LEDGER_KEY_FILE") + ReportText(" to check them.")))
    }
    if snapshot.verified == false {
      blocks.append(.note(.warning, ReportText("The ledger failed verification; its figures cannot be trusted until ") + .code("dcbplan audit verify") + ReportText(" passes.")))
    }
    return ReportSection(id: "audit-summary", title: "Audit summary", blocks: blocks)
  }

  func evmSection(_ values: [(baseline: AuditSnapshot.Project, value: EarnedValueFigures)], total: EarnedValueFigures) -> ReportSection {
    func row(_ label: String, _ title: String, _ v: EarnedValueFigures) -> [ReportCell] {
      _ = title
      return [.text(label), .money(v.bac), .money(v.pv), .money(v.ev), .money(v.ac), .money(v.cv), .money(v.sv), ratio(v.cpi), ratio(v.spi), .money(v.eac)]
    }
    let table = ReportTable(
      id: "evm-by-project", title: "Earned value by project at \(asOf.iso)",
      columns: [
        ReportColumn("Project"), ReportColumn("BAC", unit: "USD", alignment: .right), ReportColumn("PV", unit: "USD", alignment: .right),
        ReportColumn("EV", unit: "USD", alignment: .right), ReportColumn("AC", unit: "USD", alignment: .right), ReportColumn("CV", unit: "USD", alignment: .right),
        ReportColumn("SV", unit: "USD", alignment: .right), ReportColumn("CPI", alignment: .right), ReportColumn("SPI", alignment: .right),
        ReportColumn("EAC", unit: "USD", alignment: .right),
      ],
      rows: values.map { row($0.baseline.candidate, $0.baseline.title, $0.value) }, totals: row("Portfolio", "all projects", total))
    let grid = StoplightGrid(
      id: "stoplights", title: "Stoplights by project",
      columns: ["CPI", "SPI", "Overdue milestones", "Findings"],
      rows: values.map { item in
        let late = overdue.filter { $0.baseline.candidate == item.baseline.candidate }.count
        let findings = snapshot.findings.filter { $0.candidate == item.baseline.candidate }
        let worst = findings.map(\.severity).max()
        let findingLight: Stoplight = worst == .error ? .red : (worst == .warning ? .amber : .green)
        return StoplightRow(
          label: item.baseline.candidate,
          cells: [
            StoplightCell(item.value.cpiLight, ratio(item.value.cpi).display),
            StoplightCell(item.value.spiLight, ratio(item.value.spi).display),
            StoplightCell(late == 0 ? .green : .red, String(late)),
            StoplightCell(findingLight, String(findings.count)),
          ])
      })
    let significant = values.filter { $0.value.significant }
    var blocks: [ReportBlock] = [
      .paragraph(ReportText(earnedValue.method + " n/a marks a ratio whose denominator is zero. Project titles are in the funded list of the portfolio report.")),
      .table(table), .chart(.stoplight(grid)), .heading("Significant variances"),
    ]
    if significant.isEmpty {
      blocks.append(.paragraph("No project's cost or schedule variance is significant."))
    } else {
      blocks.append(
        .table(
          ReportTable(
            id: "significant-variances", title: "Projects with a significant cost or schedule variance",
            columns: [
              ReportColumn("Project"), ReportColumn("CV", unit: "USD", alignment: .right), ReportColumn("CV", unit: "% of EV", alignment: .right),
              ReportColumn("SV", unit: "USD", alignment: .right), ReportColumn("SV", unit: "% of PV", alignment: .right),
            ],
            rows: significant.map { s in
              [
                .text(s.baseline.candidate), .money(s.value.cv), s.value.cvPercent.map { .percent($0, decimals: 1) } ?? .text("n/a"), .money(s.value.sv),
                s.value.svPercent.map { .percent($0, decimals: 1) } ?? .text("n/a"),
              ]
            })))
    }
    return ReportSection(id: "earned-value", title: "Earned value", blocks: blocks)
  }

  /// Month-end dates from the month of `start` to the month of `end`, plus `extra` when it falls between.
  static func monthEnds(from start: ReportDate, to end: ReportDate, including extra: ReportDate?) -> [ReportDate] {
    var out: [ReportDate] = []
    var y = start.year
    var m = start.month
    while (y, m) <= (end.year, end.month) {
      out.append(ReportDate.lastDay(year: y, month: m))
      m += 1
      if m > 12 {
        m = 1
        y += 1
      }
    }
    if let extra, extra >= start, extra <= end, !out.contains(extra) { out.append(extra) }
    return out.sorted()
  }

  /// The measurements at every month end of the baseline (and at the as-of date), computed once per date.
  func timeline() -> [EarnedValueMeasurement] {
    guard let start = snapshot.baselines.map(\.start).min(), let finish = snapshot.baselines.map(\.finish).max() else { return [] }
    return AuditReportBuilder.monthEnds(from: start, to: max(finish, asOf), including: asOf).map { earnedValue.measure(at: $0) }
  }

  /// An S-curve of `project` (`nil`: the portfolio) over the months of its baseline.
  func curve(_ timeline: [EarnedValueMeasurement], project: AuditSnapshot.Project?, id: String, title: String, height: Double = 380) -> LineChart? {
    let span = project.map { [$0] } ?? snapshot.baselines
    guard let start = span.map(\.start).min(), let finish = span.map(\.finish).max() else { return nil }
    let end = max(finish, asOf)
    let firstDay = ReportDate(year: start.year, month: start.month, day: 1)
    let measured = timeline.filter { $0.date >= firstDay && $0.date <= ReportDate.lastDay(year: end.year, month: end.month) }.compactMap { m in
      (project.map { m.figures($0.candidate) } ?? m.portfolio).map { (m.date, $0) }
    }
    let past = measured.filter { $0.0 <= asOf }
    return LineChart(
      id: id, title: title, start: ReportDate(year: start.year, month: start.month, day: 1), end: ReportDate.lastDay(year: end.year, month: end.month),
      series: [
        LineSeries(name: "PV (planned value)", points: measured.map { DatedValue($0.0, Double($0.1.pv)) }, dashed: true),
        LineSeries(name: "EV (earned value)", points: past.map { DatedValue($0.0, Double($0.1.ev)) }),
        LineSeries(name: "AC (actual cost)", points: past.map { DatedValue($0.0, Double($0.1.ac)) }),
      ],
      axis: ChartAxis("Cumulative value", unit: .usd), marker: asOf, height: height)
  }

  func curvesSection(_ values: [(baseline: AuditSnapshot.Project, value: EarnedValueFigures)]) -> ReportSection {
    var blocks: [ReportBlock] = [
      .paragraph("Cumulative planned value (dashed) over the whole baseline; earned value and actual cost up to the as-of date. A gap below PV is schedule slippage; AC above EV is cost overrun. Per-project curves follow for every project with costs, earned value or an overdue milestone.")
    ]
    let timeline = self.timeline()
    if let all = curve(timeline, project: nil, id: "s-curve-portfolio", title: "Portfolio S-curves: PV, EV and AC") { blocks.append(.chart(.line(all))) }
    let late = Set(overdue.map(\.baseline.candidate))
    for item in values where item.baseline.start <= asOf && (item.value.ac != 0 || item.value.ev != 0 || late.contains(item.baseline.candidate)) {
      if let c = curve(timeline, project: item.baseline, id: "s-curve-" + ReportTable.slug(item.baseline.candidate), title: "\(item.baseline.candidate): PV, EV and AC", height: 300) {
        blocks.append(.chart(.line(c)))
      }
    }
    return ReportSection(id: "s-curves", title: "S-curves", blocks: blocks)
  }

  func milestoneSection(_ values: [(baseline: AuditSnapshot.Project, value: EarnedValueFigures)]) -> ReportSection {
    let late = overdue
    var blocks: [ReportBlock] = []
    if late.isEmpty {
      blocks.append(.paragraph("No milestone is past its baseline date without acceptance."))
    } else {
      blocks.append(
        .table(
          ReportTable(
            id: "overdue-milestones", title: "Milestones past their baseline date and not accepted at \(asOf.iso)",
            columns: [
              ReportColumn("Project"), ReportColumn("Milestone"), ReportColumn("Baseline due", alignment: .right), ReportColumn("Days late", alignment: .right),
              ReportColumn("Forecast", alignment: .right), ReportColumn("Reason"),
            ],
            rows: late.map { o in
              [
                .text(o.baseline.candidate), .text("\(o.milestone.id) \(o.milestone.title)"), .date(o.milestone.due),
                .integer(Int64(asOf.dayNumber - o.milestone.due.dayNumber)), o.forecast.map(ReportCell.date) ?? .text("none recorded"), .text(o.reason ?? ""),
              ]
            })))
    }
    let gantt = GanttChart(
      id: "audit-gantt", title: "Milestones against the baseline",
      firstYear: snapshot.baselines.map(\.start.year).min() ?? asOf.year, lastYear: max(snapshot.baselines.map(\.finish.year).max() ?? asOf.year, asOf.year),
      rows: values.map { item in
        let b = item.baseline
        return GanttRow(
          label: b.candidate, detail: b.title,
          bars: [GanttBar(start: YearMonth(b.start.year, b.start.month), end: YearMonth(b.finish.year, b.finish.month), category: "Baseline")],
          milestones: b.milestones.map { m in
            let mine = snapshot.events.filter { $0.candidate == b.candidate && $0.milestone == m.id && $0.date <= asOf }
            if let done = mine.first(where: { $0.kind == .accepted }) { return GanttMilestone(id: m.id, title: m.title, due: done.date, state: .done) }
            if let slip = mine.last(where: { $0.kind == .slipped }), let f = slip.forecast { return GanttMilestone(id: m.id, title: m.title, due: f, state: m.due < asOf ? .overdue : .slipped) }
            return GanttMilestone(id: m.id, title: m.title, due: m.due, state: m.due < asOf ? .overdue : .planned)
          })
      }, marker: asOf)
    blocks.append(.chart(.gantt(gantt)))
    return ReportSection(id: "milestones", title: "Milestones", blocks: blocks)
  }

  func findingsSection() -> ReportSection {
    guard !snapshot.findings.isEmpty else { return ReportSection(id: "findings", title: "Findings", blocks: [.paragraph("The auditor rules found nothing to report.")]) }
    let rows = snapshot.findings.map { f -> [ReportCell] in
      let light: Stoplight = f.severity == .error ? .red : (f.severity == .warning ? .amber : .green)
      return [.status(light), .text(f.severity.rawValue), .text(f.code), .text(f.candidate ?? ""), .text(f.message)]
    }
    return ReportSection(
      id: "findings", title: "Findings",
      blocks: [
        .table(
          ReportTable(
            id: "findings", title: "Auditor findings",
            columns: [ReportColumn("Light", alignment: .center), ReportColumn("Severity"), ReportColumn("Code"), ReportColumn("Project"), ReportColumn("Message")],
            rows: rows))
      ])
  }

  func ledgerSection() -> ReportSection {
    var blocks: [ReportBlock] = []
    if let cp = snapshot.checkpoint {
      blocks.append(
        .paragraph(
          ReportText("The ledger held \(snapshot.entryCount) entries when this report was made; its checkpoint is ") + .code(cp)
            + ReportText(". Keep it: later, ") + .code("dcbplan audit prove --from \(cp)")
            + ReportText(" proves that the ledger only grew since (an RFC 6962 consistency proof), so no entry behind this report was rewritten.")))
    } else {
      blocks.append(.note(.warning, "No checkpoint was computed for this report, so it cannot later be tied to the ledger."))
    }
    return ReportSection(id: "ledger", title: "Ledger checkpoint", blocks: blocks)
  }
}
