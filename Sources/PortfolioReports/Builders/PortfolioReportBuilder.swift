import PortfolioDomain

/// One point of a budget frontier, for the optional frontier chart.
public struct FrontierPoint: Sendable, Hashable {
  /// The DCB budget (band maximum) of the solve, whole dollars.
  public var budgetUSD: Int64
  /// The primary objective reached at that budget.
  public var objective: Double
  /// True for the point of the plan being reported.
  public var isChosen: Bool
  /// Creates a point.
  public init(budgetUSD: Int64, objective: Double, isChosen: Bool = false) {
    self.budgetUSD = budgetUSD
    self.objective = objective
    self.isChosen = isChosen
  }
}

/// Builds the portfolio report (executive summary, funded and left-out lists, money by year and source,
/// Gantt, stacked bars, criteria chart) from a plan and the dataset and scenario it was made from.
///
/// Pure: the same inputs give the same document. `asOf` is the report date (DESIGN §6: `--as-of`, else the plan's
/// horizon start); the builder never reads the clock. Money is whole US dollars throughout.
public struct PortfolioReportBuilder: Sendable {
  /// The plan (DESIGN §3 plan JSON).
  public var plan: PortfolioPlan
  /// The dataset the plan was made from.
  public var portfolio: Portfolio
  /// The resolved scenario the plan was made with.
  public var scenario: Scenario
  /// The report date.
  public var asOf: ReportDate
  /// How to name the dataset in the provenance block, e.g. `Datasets/bih (bundled)`.
  public var datasetName: String
  /// Frontier points to chart (empty: no frontier section).
  public var frontier: [FrontierPoint]
  /// Further sections appended at the end (e.g. sweep, explanation or robustness results built by the caller).
  public var appendix: [ReportSection]

  /// Creates a builder.
  ///
  /// - Parameters:
  ///   - asOf: the report date; `nil` means 1 January of the scenario's first horizon year (DESIGN §6).
  public init(
    plan: PortfolioPlan, portfolio: Portfolio, scenario: Scenario, asOf: ReportDate? = nil, datasetName: String = "Datasets/bih",
    frontier: [FrontierPoint] = [], appendix: [ReportSection] = []
  ) {
    self.plan = plan
    self.portfolio = portfolio
    self.scenario = scenario
    self.asOf = asOf ?? ReportVocabulary.yearStart(scenario.horizon.first)
    self.datasetName = datasetName
    self.frontier = frontier
    self.appendix = appendix
  }

  /// The report document.
  public func build() -> ReportDocument {
    var sections = [summarySection(), fundedSection(), leftOutSection(), moneySection(), scheduleSection()]
    if !frontier.isEmpty { sections.append(frontierSection()) }
    sections += appendix
    return ReportDocument(
      title: "DCB and pact investment portfolio",
      subtitle: "Plan for Bosnia and Herzegovina, scenario \u{201C}\(plan.scenario)\u{201D}, \(scenario.horizon.first)\u{2013}\(scenario.horizon.last)",
      asOf: asOf, provenance: provenance(), sections: sections)
  }

  // MARK: - Provenance

  func provenance() -> ReportProvenance {
    var illustrative: [String] = []
    let funded = Set(plan.allocations.map(\.candidate))
    let fundedCandidates = portfolio.candidates.filter { funded.contains($0.id) }
    let illustrativeCandidates = fundedCandidates.filter(\.provenance.illustrative).map(\.id.rawValue)
    if !illustrativeCandidates.isEmpty {
      illustrative.append("Candidate descriptions of \(illustrativeCandidates.count) funded items (\(illustrativeCandidates.joined(separator: ", ")))")
    }
    let illustrativeTiers = fundedCandidates.filter { c in c.tiers.contains { $0.provenance.illustrative } }.count
    if illustrativeTiers > 0 { illustrative.append("Tier cost profiles of \(illustrativeTiers) funded items") }
    let illustrativeScores = fundedCandidates.filter { c in c.tiers.contains { $0.scores.values.contains { $0.provenance.illustrative } } }.count
    if illustrativeScores > 0 { illustrative.append("Criterion scores of \(illustrativeScores) funded items, hence the criteria achievements") }
    let illustrativeSources = portfolio.sources.filter(\.provenance.illustrative).map(\.id.rawValue)
    if !illustrativeSources.isEmpty { illustrative.append("Caps of funding sources \(illustrativeSources.joined(separator: ", "))") }
    illustrative.append("The DCB budget band \(ReportNumberFormat.money(scenario.dcbBudget.min.wholeDollars))\u{2013}\(ReportNumberFormat.money(scenario.dcbBudget.max.wholeDollars)) comes from one unconfirmed public source (FACTS.md \u{00A7}0)")
    var details = [ProvenanceDetail("Plan status", plan.status.rawValue), ProvenanceDetail("Horizon", "\(scenario.horizon.first)\u{2013}\(scenario.horizon.last)")]
    if let mode = plan.objectiveMode { details.append(ProvenanceDetail("Objective mode", mode)) }
    return ReportProvenance(inputsSHA256: plan.inputsSHA256, dataset: datasetName, scenario: plan.scenario, illustrative: illustrative, details: details)
  }

  // MARK: - Summary

  /// The cap that applies to a source's total: the scenario override, else the dataset's, else the DCB band for the fund.
  func cap(of source: FundingSource) -> Money? {
    if source.kind == .dcbFund { return scenario.dcbBudget.max }
    return scenario.override(for: source.id)?.maxTotal ?? source.maxTotal
  }

  func floor(of source: FundingSource) -> Money? {
    if source.kind == .dcbFund { return scenario.dcbBudget.min }
    return scenario.override(for: source.id)?.minTotal ?? source.minTotal
  }

  func summarySection() -> ReportSection {
    let total = plan.totals.bySourceYear.reduce(Int64(0)) { $0 + $1.amount.wholeDollars }
    var figures: [KeyFigure] = [
      KeyFigure("Total committed", .money(total), detail: "\(plan.allocations.count) funded of \(portfolio.candidates.count) candidates"),
    ]
    if let fund = portfolio.dcbFund {
      let spent = plan.total(for: fund.id).wholeDollars
      let band = scenario.dcbBudget
      let inBand = band.contains(Money(dollars: spent))
      figures.append(
        KeyFigure(
          "DCB fund committed", .money(spent),
          detail: "band \(ReportNumberFormat.money(band.min.wholeDollars))\u{2013}\(ReportNumberFormat.money(band.max.wholeDollars))",
          status: inBand ? .green : .red, illustrative: true))
    }
    figures.append(proofFigure())
    let met = plan.criteria.filter { $0.goal > 0 && $0.achieved >= $0.goal }.count
    let withGoal = plan.criteria.filter { $0.goal > 0 }.count
    if withGoal > 0 {
      figures.append(
        KeyFigure(
          "Criteria goals met", .text("\(met) of \(withGoal)"), detail: "untimed achievement vs scenario goals",
          status: met == withGoal ? .green : (met * 2 >= withGoal ? .amber : .red), illustrative: true))
    }
    var blocks: [ReportBlock] = [
      .paragraph(
        ReportText("The plan funds ") + .strong("\(plan.allocations.count) items") + ReportText(" for ") + .strong(ReportNumberFormat.money(total))
          + ReportText(" over \(scenario.horizon.first)\u{2013}\(scenario.horizon.last). Its inputs hash is ") + .code(plan.inputsSHA256)
          + ReportText("; anyone can recompute it from the dataset files and the resolved scenario (DESIGN \u{00A7}3).")),
      .keyFigures(figures),
    ]
    if plan.status != .optimal {
      blocks.append(.note(.warning, ReportText("The solver stopped before proving optimality (status \(plan.status.rawValue)); the figures are the best plan found, and the true optimum may be better by up to the gap shown.")))
    }
    blocks.append(.heading("Money committed per source against its caps"))
    blocks.append(.table(sourceTable()))
    blocks.append(.heading("Criteria against goals"))
    blocks.append(.table(criteriaTable()))
    if let chart = criteriaChart() { blocks.append(.chart(.groupedBars(chart))) }
    if let binding = plan.bindingConstraints, !binding.isEmpty {
      blocks.append(.heading("Constraints that bind"))
      blocks.append(.bullets(binding.map { ReportText($0) }))
    }
    return ReportSection(id: "summary", title: "Executive summary", blocks: blocks)
  }

  func proofFigure() -> KeyFigure {
    let gapText = ReportNumberFormat.percent(plan.gap * 100, decimals: 2)
    switch plan.status {
    case .optimal:
      return KeyFigure("Proof of optimality", .text("optimal"), detail: "gap \(gapText), bound \(ReportNumberFormat.fixed(plan.bound, decimals: 4))", status: .green)
    case .limitReached:
      return KeyFigure("Proof of optimality", .text("limit reached"), detail: "gap \(gapText) still open", status: .amber)
    default:
      return KeyFigure("Proof of optimality", .text(plan.status.rawValue), detail: "no proven plan", status: .red)
    }
  }

  func sourceTable() -> ReportTable {
    let rows = portfolio.sources.sorted { $0.id < $1.id }.map { s -> [ReportCell] in
      let spent = plan.total(for: s.id).wholeDollars
      let cap = self.cap(of: s)
      let floor = self.floor(of: s)
      let share: ReportCell = cap.map { $0.cents > 0 ? .percent(Double(spent) / Double($0.wholeDollars) * 100, decimals: 1) : .empty } ?? .empty
      var status = Stoplight.green
      if let cap, spent > cap.wholeDollars { status = .red }
      if let floor, spent < floor.wholeDollars { status = .red }
      if !scenario.isEnabled(s.id) { status = .none }
      return [
        .text(s.id.rawValue), .text(s.name), .text(ReportVocabulary.label(s.kind)), .money(spent),
        floor.map { .money($0.wholeDollars) } ?? .empty, cap.map { .money($0.wholeDollars) } ?? .empty, share, .status(status),
      ]
    }
    let total = plan.totals.bySourceYear.reduce(Int64(0)) { $0 + $1.amount.wholeDollars }
    return ReportTable(
      id: "sources-vs-caps", title: "Committed per source (whole plan) against its floor and cap",
      columns: [
        ReportColumn("Source"), ReportColumn("Name"), ReportColumn("Kind"), ReportColumn("Committed", unit: "USD", alignment: .right),
        ReportColumn("Floor", unit: "USD", alignment: .right), ReportColumn("Cap", unit: "USD", alignment: .right),
        ReportColumn("Share of cap", unit: "%", alignment: .right), ReportColumn("Status", alignment: .center),
      ],
      rows: rows, totals: [.text("Total"), .empty, .empty, .money(total), .empty, .empty, .empty, .empty])
  }

  func criteriaTable() -> ReportTable {
    let rows = plan.criteria.map { r -> [ReportCell] in
      let c = scenario.criterion(r.id)
      let share: ReportCell = r.goal > 0 ? .percent(r.achieved / r.goal * 100, decimals: 1) : .empty
      let status: Stoplight = r.goal > 0 ? (r.achieved >= r.goal ? .green : (r.achieved >= 0.8 * r.goal ? .amber : .red)) : .none
      return [
        .text(c?.name ?? r.id.rawValue), .text(c?.unit ?? ""), .ratio(r.achieved, decimals: 2), r.goal > 0 ? .ratio(r.goal, decimals: 2) : .empty,
        share, .ratio(c?.weight ?? 0, decimals: 2), .status(status),
      ]
    }
    return ReportTable(
      id: "criteria-vs-goals", title: "Criteria: untimed achievement (sum of funded tiers' likely scores) against goals",
      columns: [
        ReportColumn("Criterion"), ReportColumn("Unit"), ReportColumn("Achieved", alignment: .right), ReportColumn("Goal", alignment: .right),
        ReportColumn("Of goal", unit: "%", alignment: .right), ReportColumn("Weight", alignment: .right), ReportColumn("Status", alignment: .center),
      ],
      rows: rows)
  }

  func criteriaChart() -> GroupedBarChart? {
    let withGoal = plan.criteria.filter { $0.goal > 0 }
    guard !withGoal.isEmpty else { return nil }
    return GroupedBarChart(
      id: "criteria-chart", title: "Criteria achievement as a share of each goal",
      categories: withGoal.map { scenario.criterion($0.id)?.name ?? $0.id.rawValue },
      series: [ValueSeries(name: "Achieved (share of goal)", values: withGoal.map { $0.achieved / $0.goal * 100 })],
      reference: 100, referenceLabel: "Goal (100%)", axis: ChartAxis("Achievement as share of goal", unit: .percent))
  }

  // MARK: - Funded and left out

  func fundedSection() -> ReportSection {
    let rows = plan.allocations.sorted { $0.candidate < $1.candidate }.map { a -> [ReportCell] in
      let c = portfolio.candidate(a.candidate)
      var bySource: [(SourceID, Int64)] = []
      for p in a.funding {
        if let i = bySource.firstIndex(where: { $0.0 == p.source }) { bySource[i].1 += p.amount.wholeDollars } else { bySource.append((p.source, p.amount.wholeDollars)) }
      }
      bySource.sort { $0.0 < $1.0 }
      let sources = bySource.map { "\($0.0.rawValue) \(ReportNumberFormat.money($0.1))" }.joined(separator: "; ")
      return [
        .text(a.candidate.rawValue), .text(c?.title ?? ""), .text(c.map { ReportVocabulary.label($0.kind) } ?? ""), .text(a.tier.rawValue),
        .year(a.startYear.rawValue), .year(a.finishYear.rawValue), .money(a.totalFunding.wholeDollars), .text(sources),
      ]
    }
    let total = plan.allocations.reduce(Int64(0)) { $0 + $1.totalFunding.wholeDollars }
    let table = ReportTable(
      id: "funded", title: "Funded items with tier, years and paying sources",
      columns: [
        ReportColumn("Candidate"), ReportColumn("Title"), ReportColumn("Kind"), ReportColumn("Tier"), ReportColumn("Start", alignment: .right),
        ReportColumn("Finish", alignment: .right), ReportColumn("Total", unit: "USD", alignment: .right), ReportColumn("Sources (USD)"),
      ],
      rows: rows, totals: [.text("Total"), .empty, .empty, .empty, .empty, .empty, .money(total), .empty])
    return ReportSection(id: "funded", title: "Funded items", blocks: [.table(table)])
  }

  func leftOutSection() -> ReportSection {
    let funded = Set(plan.allocations.map(\.candidate))
    let reasons = Dictionary((plan.leftOut ?? []).map { ($0.candidate, $0.reason) }, uniquingKeysWith: { a, _ in a })
    let left = portfolio.candidates.filter { !funded.contains($0.id) }.sorted { $0.id < $1.id }
    var blocks: [ReportBlock] = []
    if left.isEmpty {
      blocks.append(.paragraph("Every candidate is funded."))
    } else {
      if plan.leftOut == nil {
        blocks.append(.note(.info, "This plan file carries no reasons for the items it leaves out; run the planner's explain command for them."))
      }
      let rows = left.map { c -> [ReportCell] in
        [.text(c.id.rawValue), .text(c.title), .text(ReportVocabulary.label(c.kind)), c.minimumCost.map { .money($0.wholeDollars) } ?? .empty, .text(reasons[c.id] ?? "not given")]
      }
      blocks.append(
        .table(
          ReportTable(
            id: "left-out", title: "Candidates the plan does not fund, and why",
            columns: [
              ReportColumn("Candidate"), ReportColumn("Title"), ReportColumn("Kind"), ReportColumn("Cheapest tier", unit: "USD", alignment: .right),
              ReportColumn("Reason"),
            ],
            rows: rows)))
    }
    return ReportSection(id: "left-out", title: "Left out", blocks: blocks)
  }

  // MARK: - Money and schedule

  func moneySection() -> ReportSection {
    let years = scenario.horizon.years
    let sources = Array(Set(plan.totals.bySourceYear.map(\.source))).sorted()
    func amount(_ s: SourceID, _ y: Year) -> Int64 {
      plan.totals.bySourceYear.filter { $0.source == s && $0.year == y }.reduce(Int64(0)) { $0 + $1.amount.wholeDollars }
    }
    let rows = sources.map { s -> [ReportCell] in
      [.text(s.rawValue)] + years.map { .money(amount(s, $0)) } + [.money(years.reduce(Int64(0)) { $0 + amount(s, $1) })]
    }
    let yearTotals = years.map { y in sources.reduce(Int64(0)) { $0 + amount($1, y) } }
    let table = ReportTable(
      id: "money-by-year-source", title: "Money by year and source",
      columns: [ReportColumn("Source")] + years.map { ReportColumn(String($0.rawValue), unit: "USD", alignment: .right) }
        + [ReportColumn("Total", unit: "USD", alignment: .right)],
      rows: rows, totals: [.text("Total")] + yearTotals.map(ReportCell.money) + [.money(yearTotals.reduce(0, +))])
    let caps: [Int64?] = years.map { y in
      let paying = sources.compactMap { portfolio.source($0) }.filter { amount($0.id, y) > 0 }
      guard !paying.isEmpty else { return nil }
      let yearly = paying.map { $0.cap(in: y) }
      guard yearly.allSatisfy({ $0 != nil }) else { return nil }
      return yearly.reduce(Int64(0)) { $0 + ($1?.wholeDollars ?? 0) }
    }
    let chart = StackedBarChart(
      id: "money-chart", title: "Money by year and source against the paying sources' yearly caps",
      categories: years.map { String($0.rawValue) },
      series: sources.map { s in MoneySeries(name: portfolio.source(s).map { "\(s.rawValue) \u{2013} \($0.name)" } ?? s.rawValue, values: years.map { amount(s, $0) }) },
      caps: caps, capLabel: "Sum of yearly caps", axis: ChartAxis("Committed funding", unit: .usd))
    var blocks: [ReportBlock] = [.table(table), .chart(.stackedBars(chart))]
    if caps.contains(where: { $0 == nil }) {
      blocks.append(.note(.info, "A year shows no cap line when at least one of the sources paying in it has no yearly cap."))
    }
    return ReportSection(id: "money", title: "Money by year and source", blocks: blocks)
  }

  func scheduleSection() -> ReportSection {
    let allocations = plan.allocations.sorted { ($0.startYear, $0.candidate) < ($1.startYear, $1.candidate) }
    let rows = allocations.map { a -> GanttRow in
      let c = portfolio.candidate(a.candidate)
      let tier = portfolio.tier(a.candidate, a.tier)
      let milestones = (tier?.milestones ?? []).map { m in
        GanttMilestone(id: m.id.rawValue, title: m.title, due: ReportVocabulary.date(m.dueDate(startYear: a.startYear)))
      }
      return GanttRow(
        label: a.candidate.rawValue, detail: "\(c?.title ?? a.candidate.rawValue) (tier \(a.tier.rawValue))",
        bars: [GanttBar(start: YearMonth(a.startYear.rawValue, 1), end: YearMonth(a.finishYear.rawValue, 12), category: c.map { ReportVocabulary.label($0.kind) } ?? "Other")],
        milestones: milestones)
    }
    let lastYear = max(scenario.horizon.last.rawValue, allocations.map(\.finishYear.rawValue).max() ?? 0)
    let chart = GanttChart(
      id: "schedule-gantt", title: "Funded items over time, with milestones", firstYear: scenario.horizon.first.rawValue, lastYear: lastYear,
      rows: rows, marker: asOf)
    return ReportSection(
      id: "schedule", title: "Schedule",
      blocks: [.paragraph("Bars run from 1 January of the start year to 31 December of the finish year; each diamond is a milestone, due on the last day of its month (DESIGN \u{00A7}3)."), .chart(.gantt(chart))])
  }

  func frontierSection() -> ReportSection {
    let chart = ScatterChart(
      id: "frontier-chart", title: "Budget frontier: best objective at each DCB budget",
      points: frontier.map { ScatterPoint(x: Double($0.budgetUSD), y: $0.objective, label: ReportNumberFormat.money(millions: Double($0.budgetUSD), decimals: 1), highlighted: $0.isChosen) },
      xAxis: ChartAxis("DCB budget", unit: .usd), yAxis: ChartAxis("Primary objective", unit: .number))
    return ReportSection(id: "frontier", title: "Frontier", blocks: [.chart(.scatter(chart))])
  }
}
