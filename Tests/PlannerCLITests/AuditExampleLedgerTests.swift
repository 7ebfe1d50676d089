import BundledData
import Foundation
import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PlannerCLI

/// The shipped example ledger (`Datasets/ledger/example.jsonl`, bundled as a package resource): it verifies, and
/// `audit status --as-of 2025-12-31` gives the figures worked out by hand in `Datasets/ledger/README.md`.
@Suite("audit example ledger", .tags(.medium))
struct AuditExampleLedgerTests {
  func exampleDirectory() throws -> TemporaryDirectory {
    let source = try #require(BundledData.datasetsURL?.appendingPathComponent("ledger/example.jsonl"))
    let directory = try TemporaryDirectory()
    try FileManager.default.copyItem(at: source, to: directory.url.appendingPathComponent("dcb-ledger.jsonl"))
    return directory
  }

  @Test("The example verifies: at least 20 entries, a baseline and a year of progress")
  func verifies() throws {
    let directory = try exampleDirectory()
    defer { directory.remove() }
    let result = runInProcess(["audit", "verify"], in: directory.url)
    #expect(result.status == .success)
    let entries = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("entries") })
    let count = try #require(Int(entries.split(separator: " ").last ?? ""))
    #expect(count >= 20)
  }

  @Test("Status as of 2025-12-31 matches the hand computation")
  func handComputedStatus() throws {
    let directory = try exampleDirectory()
    defer { directory.remove() }
    let bytes = Array(try Data(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl")))
    let state = LedgerState(ledger: LedgerVerifier.verify(bytes, key: nil).ledger)
    let report = EarnedValueCalculator.report(state: state, asOf: try #require(CalendarDate.parse("2025-12-31")))
    let portfolio = try #require(report.portfolio?.metrics)
    #expect(portfolio.bac == Money(dollars: 50_400_000))
    #expect(portfolio.pv == Money(dollars: 18_000_000))
    #expect(portfolio.ev == Money(dollars: 15_800_000))
    #expect(portfolio.ac == Money(dollars: 16_570_000))
    #expect(portfolio.milestonesFinished == 17 && portfolio.milestonesDue == 20)
    let d2 = try #require(report.candidates.first { $0.key == "DCB-D2" }?.metrics)
    #expect(d2.spi.value == 0.5 && d2.schedule.es == 17 && d2.schedule.svt == -7)
    let d4 = try #require(report.candidates.first { $0.key == "DCB-D4" }?.metrics)
    #expect(d4.ev == d4.bac && d4.milestonesFinished == 4)
    let d5 = try #require(report.candidates.first { $0.key == "DCB-D5" }?.metrics)
    #expect(d5.ac == Money(dollars: 2_555_000))  // 400,000 + 2,150,000 amended to 2,155,000
    let findings = AuditReview.findings(in: AuditRuleContext(state: state, report: report, settings: AuditSettings()))
    let overdue = findings.filter { $0.check == "OverdueMilestone" }.map { "\($0.candidate?.rawValue ?? "") \($0.milestone?.rawValue ?? "")" }
    #expect(overdue == ["DCB-D2 M3", "DCB-S3 M2"])
    #expect(!findings.contains { $0.severity == .error })
  }

  @Test("The status table, CSV and JSON of the example match their snapshots")
  func snapshots() throws {
    let directory = try exampleDirectory()
    defer { directory.remove() }
    for (format, name) in [("table", "audit-status-example.txt"), ("csv", "audit-status-example.csv"), ("json", "audit-status-example.json"), ("md", "audit-status-example.md")] {
      let result = runInProcess(["audit", "status", "--as-of", "2025-12-31", "--format", format], in: directory.url)
      #expect(result.status == .success)
      try expectSnapshot(result.stdout, named: name)
    }
  }
}
