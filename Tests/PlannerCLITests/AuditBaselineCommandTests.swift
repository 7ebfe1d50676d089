import BundledData
import Foundation
import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("audit baseline command", .tags(.medium))
struct AuditBaselineCommandTests {
  func planText() throws -> String {
    let url = try #require(BundledData.datasetsURL?.appendingPathComponent("ledger/example-plan.json"))
    return try String(contentsOf: url, encoding: .utf8)
  }

  func run(_ arguments: [String], in directory: TemporaryDirectory) -> CapturedRun {
    runInProcess(["audit"] + arguments + ["--time", "2024-01-15T10:00:00Z", "--author", "tester"], in: directory.url)
  }

  @Test("Freezes the example plan on the bundled data: plan-approved and baseline entries")
  func baseline() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write(try planText(), to: "plan.json")
    #expect(run(["init"], in: directory).status == .success)
    let result = run(["baseline", "--plan", "plan.json"], in: directory)
    #expect(result.status == .success, "\(result.stderr)")
    #expect(result.stdout.contains("recorded entries 1, 2 (plan-approved, baseline)"))
    #expect(result.stdout.contains("baseline: 12 candidates, 48 milestones, BAC 50,400,000 USD"))
    let bytes = Array(try Data(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl")))
    let state = LedgerState(ledger: LedgerVerifier.verify(bytes, key: nil).ledger)
    let d2 = try #require(state.candidate("DCB-D2"))
    #expect(d2.milestones.map(\.plannedDate.description) == ["2024-03-31", "2024-11-30", "2025-06-30", "2025-12-31"])
    #expect(d2.milestones.map(\.plannedValue.cents) == [20_000_000, 80_000_000, 60_000_000, 40_000_000])
    #expect(state.approval?.approver == "tester")
  }

  @Test("Refuses a plan whose inputsSHA256 is not the data's and writes nothing")
  func mismatch() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let text = try planText()
    let changed = try #require(text.range(of: #""inputsSHA256": ""#)).upperBound
    var forged = text
    forged.replaceSubrange(changed..<text.index(changed, offsetBy: 4), with: "ffff")
    try directory.write(forged, to: "plan.json")
    _ = run(["init"], in: directory)
    let before = try Data(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl"))
    let result = run(["baseline", "--plan", "plan.json"], in: directory)
    #expect(result.status == .invalidData)
    #expect(result.stderr.contains("does not match the data's"))
    #expect(try Data(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl")) == before)
    #expect(run(["baseline", "--plan", "missing.json"], in: directory).status == .missingInput)
    #expect(run(["baseline"], in: directory).status == .usageError)
  }
}
