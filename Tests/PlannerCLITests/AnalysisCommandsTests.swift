import Foundation
import Testing

@testable import PlannerCLI

/// The decision-analysis commands end to end on the hand-made mini portfolio (`Fixtures/mini`).
@Suite("Decision-analysis commands on the mini portfolio", .tags(.medium))
struct AnalysisCommandsTests {
  @Test("frontier --exact lists non-dominated points as JSON; --points with --exact is a usage error")
  func frontier() throws {
    let result = runInProcess(["frontier", "--exact", "--format", "json"], in: try miniFixture())
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let points = try #require(object["points"] as? [[String: Any]])
    #expect(!points.isEmpty)
    #expect(object["exhaustive"] as? Bool == true)
    #expect(object["x"] as? String == "interoperability" && object["y"] as? String == "exports")
    let conflict = runInProcess(["frontier", "--exact", "--points", "3"], in: try miniFixture())
    #expect(conflict.status == .usageError)
    let unknown = runInProcess(["frontier", "--x", "nope"], in: try miniFixture())
    #expect(unknown.status == .usageError)
  }

  @Test("sweep shows one row per level, no plan below the mandatory items' cost, a rising objective")
  func sweep() throws {
    let result = runInProcess(["sweep", "--budget", "3M..6M", "--step", "1M", "--format", "csv"], in: try miniFixture())
    #expect(result.status == .success)
    let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(rows.map { String($0[0]) } == ["3000000", "4000000", "5000000", "6000000"])
    #expect(rows[0][1] == "infeasible")
    let objectives = rows.compactMap { Double(String($0[2])) }
    #expect(objectives.count == 2)
    #expect(objectives == objectives.sorted())
  }

  @Test("sweep refuses more than its maximum number of levels before solving anything")
  func sweepLevelCap() throws {
    let result = runInProcess(["sweep", "--budget", "0..50M", "--step", "1", "--quiet"], in: try miniFixture())
    #expect(result.status == .usageError)
    #expect(result.stderr.contains("the sweep would solve 50000001 budget levels; at most 1000 are allowed"))
    #expect(result.stdout.isEmpty)
  }

  @Test("explain names what forcing a candidate out would cost, in sentences then numbers")
  func explain() throws {
    let result = runInProcess(["explain", "T01", "DCB-D1"], in: try miniFixture())
    #expect(result.status == .success)
    #expect(result.stdout.contains("T01: Optics line transfer\n  It is funded"))
    #expect(result.stdout.contains("Leaving it out would lower the objective by"))
    #expect(result.stdout.contains("It is mandatory"))
    #expect(result.stdout.contains("  numbers: base objective"))
    let unknown = runInProcess(["explain", "T99"], in: try miniFixture())
    #expect(unknown.status == .usageError)
  }

  @Test("robust gives the same bytes for the same seed and states the sample gap")
  func robust() throws {
    let first = runInProcess(["robust", "--samples", "12", "--seed", "9"], in: try miniFixture())
    let second = runInProcess(["robust", "--samples", "12", "--seed", "9"], in: try miniFixture())
    #expect(first.status == .success)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("each sample solved to a 0.50% gap"))
    #expect(first.stderr.isEmpty)
  }

  @Test("compare a scenario with a variant, and a plan file with itself")
  func compare() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    try directory.write(#"{ "version": 1, "dcbBudget": { "max": 5000000 } }"#, to: "Config/scenarios/lower.json")
    let scenarios = runInProcess(["compare", "default", "lower", "--format", "json"], in: directory.url)
    #expect(scenarios.status == .success)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(scenarios.stdout.utf8)) as? [String: Any])
    let criteria = try #require(object["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["id"] as? String } == ["interoperability", "exports"])
    #expect(!(try #require(object["money"] as? [Any])).isEmpty)
    let tight = runInProcess(["compare", "default", "tight"], in: directory.url)
    #expect(tight.status == .invalidData)
    #expect(tight.stderr.contains("scenario 'tight' has no plan"))

    let plan = runInProcess(["plan", "--format", "json"], in: try miniFixture())
    #expect(plan.status == .success)
    try directory.write(plan.stdout, to: "a.json")
    let same = runInProcess(["compare", "a.json", "a.json"], in: directory.url)
    #expect(same.status == .success)
    #expect(same.stdout.contains("added (0): -\nremoved (0): -\nchanged (0):\n"))
    #expect(same.stdout.contains("no money moved"))
    // A damaged plan file is reported as a plan, not re-read as a scenario.
    try directory.write(plan.stdout.replacingOccurrences(of: #""objective" : 0"#, with: #""objective" : "x"#), to: "bad.json")
    try directory.write(String(plan.stdout.prefix(plan.stdout.count / 2)), to: "cut.json")
    for name in ["bad.json", "cut.json"] {
      let broken = runInProcess(["compare", "a.json", name], in: directory.url)
      #expect(broken.status == .invalidData, "\(name)")
      #expect(broken.stderr.contains("\(name): not a plan json"), "\(name): \(broken.stderr)")
      #expect(!broken.stderr.contains("version"), "\(name)")
    }
  }
}
