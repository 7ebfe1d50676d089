import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("Earned value from PortfolioAudit")
struct LedgerEarnedValueTests {
  @Test("Agrees with the snapshot engine on weighted milestones and counts entries dated by the date, whenever recorded")
  func agrees() throws {
    let ledger = try AuditSnapshotLedgerTests.ledger()
    let asOf = ReportDate(year: 2024, month: 6, day: 30)
    let fromLedger = LedgerEarnedValue(ledger: ledger).measure(at: asOf)
    let snapshot = AuditSnapshot(ledger: ledger, ledgerName: "test", verified: true, portfolio: nil, asOf: asOf)
    let fromSnapshot = SnapshotEarnedValue(snapshot: snapshot).measure(at: asOf)
    let a = try #require(fromLedger.figures("DCB-D2"))
    let b = try #require(fromSnapshot.figures("DCB-D2"))
    // M2 accepted on 2024-06-30 but recorded on 2024-07-01 counts, as in audit status; AC $350,000.50 rounds up.
    #expect([a.bac, a.pv, a.ev, a.ac] == [1_000_000, 400_000, 1_000_000, 350_001])
    #expect([a.bac, a.pv, a.ev, a.ac] == [b.bac, b.pv, b.ev, b.ac])
    #expect(a.milestonesDue == 1 && a.milestonesFinished == 2)
    let earlier = LedgerEarnedValue(ledger: ledger).measure(at: ReportDate(year: 2024, month: 6, day: 29))
    #expect(earlier.figures("DCB-D2")?.ev == 400_000)
    let later = LedgerEarnedValue(ledger: ledger).measure(at: ReportDate(year: 2024, month: 12, day: 31))
    #expect(later.figures("DCB-D2")?.ev == 1_000_000)
  }

  @Test("Builds the audit report from a ledger with the auditor's findings")
  func report() throws {
    let asOf = ReportDate(year: 2024, month: 6, day: 30)
    let builder = AuditReportBuilder(ledger: try AuditSnapshotLedgerTests.ledger(), ledgerName: "test", verified: true, portfolio: SampleInputs.portfolio, asOf: asOf)
    let doc = builder.build()
    #expect(builder.earnedValue.method.hasPrefix("Technique weighted"))
    let codes = builder.snapshot.findings.map(\.code)
    #expect(codes.contains("NegativeActualCost") && codes.contains("SignificantVariance") && codes.contains("BackfilledEntry"))
    #expect(!codes.contains("credit"))
    #expect(StrictXMLCheck.check(HTMLRenderer().render(doc)).error == nil)
    let md = MarkdownRenderer().render(doc)
    #expect(md.contains("| DCB-D2 | \\$1,000,000 | \\$400,000 | \\$1,000,000 | \\$350,001 |"))
  }

  @Test("Writes the goldens of the audit report built from a PortfolioAudit ledger")
  func ledgerGoldens() throws {
    let plan = try TestSupport.plan()
    let builder = AuditReportBuilder(
      ledger: try SampleAudit.ledger(plan: plan), ledgerName: "hand-made sample ledger (Tests/PortfolioReportsTests/Support/SampleAudit.swift)",
      verified: true, portfolio: SampleInputs.portfolio, asOf: TestSupport.asOf, inputsSHA256: plan.inputsSHA256, datasetName: "hand-made test portfolio",
      isExampleLedger: true)
    let doc = builder.build()
    try TestSupport.assertSnapshot(MarkdownRenderer().render(doc), named: "audit-ledger.md")
    try TestSupport.assertSnapshot(HTMLRenderer().render(doc), named: "audit-ledger.html")
    // The snapshot engine and PortfolioAudit agree on the money of every project.
    let own = AuditReportBuilder(snapshot: SampleAudit.snapshot(plan: plan), asOf: TestSupport.asOf).measurement
    for p in own.projects {
      let other = try #require(builder.measurement.figures(p.key))
      #expect([p.bac, p.pv, p.ev, p.ac] == [other.bac, other.pv, other.ev, other.ac], "\(p.key)")
    }
    #expect(builder.snapshot.checkpoint?.hasPrefix("\(builder.snapshot.entryCount):") == true)
  }
}
