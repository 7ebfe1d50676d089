import Foundation
import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("Audit report builder")
struct AuditReportBuilderTests {
  func builder() throws -> AuditReportBuilder {
    let plan = try TestSupport.plan()
    return AuditReportBuilder(
      snapshot: SampleAudit.snapshot(plan: plan), asOf: TestSupport.asOf, inputsSHA256: plan.inputsSHA256,
      datasetName: "hand-made test portfolio", scenarioName: plan.scenario, isExampleLedger: true)
  }

  @Test("Writes the audit report goldens in every format")
  func goldens() throws {
    let doc = try builder().build()
    try TestSupport.assertSnapshot(MarkdownRenderer().render(doc), named: "audit.md")
    try TestSupport.assertSnapshot(HTMLRenderer().render(doc), named: "audit.html")
    try TestSupport.assertSnapshot(JSONReportRenderer().render(doc), named: "audit.json")
    for file in CSVRenderer().render(doc) { try TestSupport.assertSnapshot(file.contents, named: "audit-csv/" + file.fileName) }
  }

  @Test("Writes the IATI golden")
  func iatiGolden() throws {
    let plan = try TestSupport.plan()
    let xml = IATIRenderer().render(plan: plan, portfolio: SampleInputs.portfolio, audit: SampleAudit.snapshot(plan: plan), asOf: TestSupport.asOf)
    try TestSupport.assertSnapshot(xml, named: "portfolio.iati.xml")
  }

  @Test("Finds overdue milestones and the BEI at the as-of date, ignoring later events")
  func overdueAndBEI() throws {
    let b = try builder()
    let late = b.overdue.map { "\($0.baseline.candidate) \($0.milestone.id)" }
    #expect(late == ["DCB-D1 M2", "DCB-D2 M4", "DCB-D8 M1", "T03 M2"])
    #expect(b.overdue[0].forecast?.iso == "2026-06-30")
    let now = b.measurement
    #expect(now.portfolio.milestonesFinished == 18 && now.portfolio.milestonesDue == 25)
    let d2 = try #require(now.figures("DCB-D2"))
    #expect([d2.bac, d2.pv, d2.ev, d2.ac] == [2_000_000, 2_000_000, 1_700_000, 1_730_000])
    #expect(d2.cpiLight == .green && d2.spiLight == .red)
    #expect(try #require(now.figures("DCB-D1")).ac == 2_300_000)
  }

  @Test("Rolls up EVM, lists significant variances and states the checkpoint")
  func content() throws {
    let doc = try builder().build()
    let evm = try #require(doc.allTables.first { $0.id == "evm-by-project" })
    #expect(evm.totals?[0] == .text("Portfolio"))
    #expect(evm.totals?[1] == .money(66_000_000))
    let significant = try #require(doc.allTables.first { $0.id == "significant-variances" })
    #expect(significant.rows.map { $0[0] }.contains(.text("DCB-D1")))
    #expect(!significant.rows.map { $0[0] }.contains(.text("DCB-D3")))
    let md = MarkdownRenderer().render(doc)
    #expect(md.contains("dcbplan audit prove --from 42:9c1e5b7a"))
    #expect(md.contains("shipped example ledger"))
    #expect(doc.provenance.ledgerCheckpoint?.hasPrefix("42:") == true)
    let curves = doc.sections.flatMap(\.blocks).filter { if case .chart(.line) = $0 { return true } else { return false } }
    #expect(curves.count == 11)  // the portfolio and the 10 projects with costs, earned value or an overdue milestone
  }

  @Test("Combines portfolio and audit reports into one document")
  func combined() throws {
    let all = try #require(ReportDocument.combined(title: "All", [try TestSupport.portfolioDocument(), try builder().build()]))
    #expect(all.sections.count == 12)
    #expect(all.provenance.ledgerCheckpoint != nil && all.provenance.inputsSHA256 != nil)
    let ids = all.allTables.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(StrictXMLCheck.check(HTMLRenderer().render(all)).error == nil)
  }
}
