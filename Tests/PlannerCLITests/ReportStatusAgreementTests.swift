import Foundation
import Testing

@testable import PlannerCLI

/// `dcbplan report audit --as-of D` shows the earned value of `dcbplan audit status --as-of D`: the same ledger
/// replay (backfilled costs, corrections and rebaselines included), the same rounding, the same findings.
@Suite("report audit agrees with audit status", .tags(.medium))
struct ReportStatusAgreementTests {
  /// `audit status --format md`'s candidate rows and portfolio row, keyed by candidate id or `portfolio`: BAC, PV, EV,
  /// AC, SV, CV, SPI, CPI, EAC with the thousands separators removed; and the number of findings.
  static func status(ledger: String, asOf: String, in directory: TemporaryDirectory) throws -> (rows: [String: [String]], findings: Int) {
    let run = runInProcess(["audit", "status", "--ledger", ledger, "--as-of", asOf, "--format", "md"], in: directory.url)
    #expect(run.status == .success, "\(run.stderr)")
    var rows: [String: [String]] = [:]
    var section = ""
    for line in run.stdout.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| :") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "") }
      guard cells.count > 9 else { continue }
      if cells[1] == "BAC" {
        section = cells[0]
      } else if section == "candidates" || section == "portfolio" {
        rows[cells[0]] = Array(cells[1...9])
      }
    }
    return (rows, run.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") && !$0.hasPrefix("- ledger:") && !$0.hasPrefix("- as of:") }.count)
  }

  @Test(
    "Every project and the portfolio: BAC, PV, EV, AC, SV, CV, SPI, CPI and EAC as audit status prints them",
    arguments: ["2024-04-30", "2024-12-31", "2025-06-30", "2025-12-31", "2026-06-30"])
  func agrees(_ asOf: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let ledger = try ReportTestSupport.exampleLedger().path
    let status = try ReportStatusAgreementTests.status(ledger: ledger, asOf: asOf, in: directory)
    let run = runInProcess(["report", "audit", "--ledger", ledger, "--as-of", asOf, "--format", "csv", "--out", "csv"], in: directory.url)
    #expect(run.status == .success, "\(run.stderr)")
    let evm = ReportTestSupport.parseCSV(try ReportTestSupport.read("csv/evm-by-project.csv", in: directory))
    #expect(evm.first == ["Project", "BAC (USD)", "PV (USD)", "EV (USD)", "AC (USD)", "CV (USD)", "SV (USD)", "CPI", "SPI", "EAC (USD)"])
    let projects = evm.dropFirst().filter { !$0.isEmpty }
    #expect(projects.count > 1 && projects.count == status.rows.count)
    for row in projects {
      let key = row[0] == "Portfolio" ? "portfolio" : row[0]
      let s = try #require(status.rows[key], "\(key) is not in audit status at \(asOf)")
      // Report columns: BAC PV EV AC CV SV CPI SPI EAC; status: BAC PV EV AC SV CV SPI CPI EAC. Where CPI is
      // undefined status prints EAC n/a and the report its atypical EAC (AC + BAC - EV), as its method sentence says.
      let reordered = [s[0], s[1], s[2], s[3], s[5], s[4], s[7], s[6], s[8]]
      #expect(Array(row[1...8]) == Array(reordered[0...7]), "\(key) at \(asOf)")
      if s[8] != "n/a" { #expect(row[9] == s[8], "EAC of \(key) at \(asOf)") }
    }
    let findings = ReportTestSupport.parseCSV(try ReportTestSupport.read("csv/findings.csv", in: directory)).dropFirst().filter { !$0.isEmpty }
    #expect(findings.count == status.findings, "findings at \(asOf)")
  }
}
