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
}
