import Foundation
import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("Portfolio report builder")
struct PortfolioReportBuilderTests {
  @Test("Writes the portfolio report goldens in every format")
  func goldens() throws {
    let doc = try TestSupport.portfolioDocument()
    try TestSupport.assertSnapshot(MarkdownRenderer().render(doc), named: "portfolio.md")
    try TestSupport.assertSnapshot(HTMLRenderer().render(doc), named: "portfolio.html")
    try TestSupport.assertSnapshot(JSONReportRenderer().render(doc), named: "portfolio.json")
    for file in CSVRenderer().render(doc) { try TestSupport.assertSnapshot(file.contents, named: "portfolio-csv/" + file.fileName) }
  }

  func table(_ doc: ReportDocument, _ id: String) throws -> ReportTable { try #require(doc.allTables.first { $0.id == id }) }

  @Test("Money agrees across the funded list, the year-by-source table, the chart and the plan totals")
  func moneyAgrees() throws {
    let plan = try TestSupport.plan()
    let doc = try TestSupport.portfolioDocument()
    let planTotal = plan.totals.bySourceYear.reduce(Int64(0)) { $0 + $1.amount.wholeDollars }
    #expect(planTotal == 66_000_000)
    #expect(try table(doc, "funded").totals?[6] == .money(planTotal))
    #expect(try table(doc, "money-by-year-source").totals?.last == .money(planTotal))
    #expect(try table(doc, "money-chart").totals?[5] == .money(planTotal))
    #expect(try table(doc, "sources-vs-caps").totals?[3] == .money(planTotal))
    let dcb = try #require(try table(doc, "sources-vs-caps").rows.first { $0[0] == .text("DCB") })
    #expect(dcb[3] == .money(51_000_000) && dcb[4] == .money(48_000_000) && dcb[5] == .money(53_000_000) && dcb[7] == .status(.green))
  }

  @Test("Lists left-out candidates with the plan's reasons, or says the plan gives none")
  func leftOut() throws {
    let doc = try TestSupport.portfolioDocument()
    let rows = try table(doc, "left-out").rows
    #expect(rows.map { $0[0] } == [.text("T06"), .text("T07")])
    #expect(rows[0][4] == .text("UK pledge yearly cap of $15,000,000 binds in 2025 and 2026"))
    var plan = try TestSupport.plan()
    plan.leftOut = nil
    let bare = PortfolioReportBuilder(plan: plan, portfolio: SampleInputs.portfolio, scenario: SampleInputs.scenario).build()
    #expect(try table(bare, "left-out").rows[0][4] == .text("not given"))
    #expect(bare.asOf == ReportDate(year: 2024, month: 1, day: 1))
    #expect(MarkdownRenderer().render(bare).contains("carries no reasons"))
  }

  @Test("Flags illustrative figures, the proof status and the inputs hash")
  func provenance() throws {
    let doc = try TestSupport.portfolioDocument()
    #expect(doc.provenance.inputsSHA256 == "3f6c0d2a9b1e4c7d8a5f2e1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d")
    #expect(doc.provenance.illustrative.contains { $0.hasPrefix("Caps of funding sources BIH-COFIN, NO, UK, US") })
    #expect(doc.provenance.illustrative.contains { $0.contains("DCB-D5") && !$0.contains("DCB-D1,") })
    var plan = try TestSupport.plan()
    plan.status = .limitReached
    let limited = PortfolioReportBuilder(plan: plan, portfolio: SampleInputs.portfolio, scenario: SampleInputs.scenario).build()
    let md = MarkdownRenderer().render(limited)
    #expect(md.contains("> **Warning:** The solver stopped before proving optimality"))
    #expect(md.contains("| Proof of optimality | limit reached |"))
  }

  @Test("Schedules every funded item with its tier's milestones")
  func gantt() throws {
    let doc = try TestSupport.portfolioDocument()
    let chart = try #require(doc.sections.flatMap(\.blocks).compactMap { block -> GanttChart? in
      if case .chart(.gantt(let g)) = block { return g } else { return nil }
    }.first)
    #expect(chart.rows.count == 14)
    #expect(chart.rows.allSatisfy { $0.milestones.count == 4 })
    let d1 = try #require(chart.rows.first { $0.label == "DCB-D1" })
    #expect(d1.bars == [GanttBar(start: YearMonth(2024, 1), end: YearMonth(2026, 12), category: "DCB defence")])
    #expect(d1.milestones.map(\.due.iso) == ["2024-03-31", "2025-09-30", "2026-10-31", "2026-12-31"])
  }

  @Test("Renders the same bytes on every run")
  func deterministic() throws {
    let a = try TestSupport.portfolioDocument()
    let b = try TestSupport.portfolioDocument()
    #expect(a == b)
    #expect(HTMLRenderer().render(a) == HTMLRenderer().render(b))
    #expect(CSVRenderer().render(a) == CSVRenderer().render(b))
  }
}
