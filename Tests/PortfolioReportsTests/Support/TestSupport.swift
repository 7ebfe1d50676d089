import Foundation
import PortfolioDomain
import Testing

@testable import PortfolioReports

/// Fixture loading and golden-file comparison for the report tests.
enum TestSupport {
  /// The text of `Fixtures/<name>` from the test bundle.
  static func fixture(_ name: String) throws -> String {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
  }

  /// The URL of `Fixtures/<name>` in the test bundle.
  static func fixtureURL(_ name: String) throws -> URL {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return root.appendingPathComponent(name)
  }

  /// The hand-made plan fixture.
  static func plan() throws -> PortfolioPlan {
    try PortfolioPlan.decode(from: Data(try fixture("plan-bih-handmade.json").utf8))
  }

  /// The report date every golden file uses.
  static let asOf = ReportDate(year: 2026, month: 3, day: 31)

  /// The portfolio report of the fixture plan.
  static func portfolioDocument() throws -> ReportDocument {
    PortfolioReportBuilder(
      plan: try plan(), portfolio: SampleInputs.portfolio, scenario: SampleInputs.scenario, asOf: asOf,
      datasetName: "hand-made test portfolio (Tests/PortfolioReportsTests/Support/SampleInputs.swift)",
      frontier: [
        FrontierPoint(budgetUSD: 48_000_000, objective: 0.701), FrontierPoint(budgetUSD: 50_000_000, objective: 0.722),
        FrontierPoint(budgetUSD: 53_000_000, objective: 0.7412, isChosen: true), FrontierPoint(budgetUSD: 56_000_000, objective: 0.748),
      ]
    ).build()
  }

  /// The folder of golden files, in the source tree.
  static var snapshotsFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
  }

  /// Compares `text` with `Snapshots/<name>` byte for byte; with `RECORD_SNAPSHOTS=1` writes it instead.
  static func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = snapshotsFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url, options: .atomic)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden file \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
      let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let b = text.split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
      let want = line < a.count ? String(a[line]) : "<end>"
      let got = line < b.count ? String(b[line]) : "<end>"
      Issue.record("\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
  }
}
