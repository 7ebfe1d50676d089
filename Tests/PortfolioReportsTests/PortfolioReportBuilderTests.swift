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
}
