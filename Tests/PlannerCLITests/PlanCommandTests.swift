import Foundation
import MIPSolver
import OptimizationModel
import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("plan command", .tags(.medium))
struct PlanCommandTests {
  /// The mini portfolio's plan as JSON at gap 0.
  func miniPlan(_ extra: [String] = []) throws -> (CapturedRun, PortfolioPlan?) {
    let run = runInProcess(["plan", "--format", "json", "--gap", "0"] + extra, in: try miniFixture())
    return (run, try? PortfolioPlan.decode(from: Data(run.stdout.utf8)))
  }

  @Test("The mini plan's JSON follows the contract and matches its golden file")
  func miniGolden() throws {
    let (run, plan) = try miniPlan()
    #expect(run.status == .success)
    #expect(run.stderr.isEmpty)
    let decoded = try #require(plan)
    #expect(decoded.status == .optimal)
    #expect(decoded.inputsSHA256.count == 64)
    try expectSnapshot(run.stdout, named: "plan-mini.json")
  }

  @Test("An independent check of the mini plan: costs paid in full, caps, shares, band, policy, relation, objective")
  func miniIndependentCheck() throws {
    let (_, plan) = try miniPlan()
    let decoded = try #require(plan)
    let fixture = try miniFixture()
    let tiers: [String: [String: [Int64]]] = [
      "DCB-D1": ["basic": [1_000_000, 500_000], "full": [1_500_000, 1_000_000, 500_000]], "DCB-S1": ["basic": [2_000_000, 1_000_000]],
      "T01": ["full": [3_000_000, 2_000_000]], "I01": ["basic": [800_000]],
    ]
    #expect(FileManager.default.fileExists(atPath: fixture.appendingPathComponent("Datasets/bih/tiers.csv").path))
    var byCandidate: [String: Allocation] = [:]
    for allocation in decoded.allocations {
      byCandidate[allocation.candidate.rawValue] = allocation
      let profile = try #require(tiers[allocation.candidate.rawValue]?[allocation.tier.rawValue])
      #expect(allocation.finishYear.rawValue == allocation.startYear.rawValue + profile.count - 1)
      #expect(allocation.finishYear.rawValue <= 2028)
      for (offset, cost) in profile.enumerated() {
        let year = allocation.startYear.advanced(by: offset)
        let paid = allocation.funding.filter { $0.year == year }.map(\.amount.wholeDollars).reduce(0, +)
        #expect(paid == cost, "\(allocation.candidate) \(year)")
      }
      let us = allocation.funding.filter { $0.source == "US" }.map(\.amount.wholeDollars).reduce(0, +)
      #expect(us * 2 <= profile.reduce(0, +))
      for payment in allocation.funding where payment.source == "DCB" {
        #expect(allocation.candidate.rawValue.hasPrefix("DCB-"))
      }
    }
    #expect(byCandidate["DCB-D1"] != nil && byCandidate["DCB-S1"] != nil)
    let dcb = decoded.total(for: "DCB").wholeDollars
    #expect(dcb >= 3_000_000 && dcb <= 6_000_000)
    let security = byCandidate["DCB-S1"].map { $0.funding.filter { $0.source == "DCB" }.map(\.amount.wholeDollars).reduce(0, +) } ?? 0
    #expect(Double(security) >= 0.2 * Double(dcb))
    #expect(decoded.total(for: "US").wholeDollars <= 6_000_000)
    for year in [2025, 2026] {
      let us = decoded.totals.bySourceYear.filter { $0.source == "US" && $0.year == Year(year) }.map(\.amount.wholeDollars).reduce(0, +)
      #expect(us <= 2_000_000)
    }
    if let t01 = byCandidate["T01"], let d1 = byCandidate["DCB-D1"] { #expect(d1.startYear.advanced(by: 1) <= t01.startYear) }
    // Objective: 0.6 · interoperability / 9 + 0.4 · exports / 10, each score times (2028 − finish + 1) / 5.
    let scores: [String: [String: (Double, Double)]] = [
      "DCB-D1": ["basic": (3, 0), "full": (5, 0)], "DCB-S1": ["basic": (4, 0)], "T01": ["full": (0, 8)], "I01": ["basic": (0, 2)],
    ]
    var objective = 0.0
    for allocation in decoded.allocations {
      let (interop, exports) = try #require(scores[allocation.candidate.rawValue]?[allocation.tier.rawValue])
      let factor = Double(2028 - allocation.finishYear.rawValue + 1) / 5
      objective += (0.6 * interop / 9 + 0.4 * exports / 10) * factor
    }
    #expect(abs(objective - decoded.objective) < 1e-9)
    let inputs = try PlanChecker.inputs(root: fixture)
    let scenario = try #require(inputs.scenario)
    #expect(PlanChecker(portfolio: inputs.portfolio, scenario: scenario, plan: decoded).violations() == [])
  }

  @Test("The table view shows the funded list, money against caps, criteria and what was left out")
  func miniTable() throws {
    let run = runInProcess(["plan", "--gap", "0"], in: try miniFixture())
    #expect(run.status == .success)
    try expectSnapshot(run.stdout, named: "plan-mini.txt")
  }

  @Test("A band that only the defence project fits, with a security share, exits 2 naming exactly those two")
  func infeasibleBand() throws {
    // D1 basic ($1.5M) is the only thing the $1M..$2M band can hold, and it gives security 0% of 20%.
    let run = runInProcess(["plan", "--budget", "1M..2M"], in: try miniFixture())
    #expect(run.status == .infeasible)
    #expect(
      run.stderr == """
        error: no plan satisfies every constraint; these conflict:
        note: the DCB fund's budget band of $1,000,000 to $2,000,000
        note: security projects receive at least 20% of the DCB fund

        """)
    #expect(run.stdout.contains("No plan exists"))
  }

  @Test("Disabling the US pledge and lowering the band changes the plan (scenario 'tight')")
  func scenarioDiffers() throws {
    let (_, base) = try miniPlan()
    let (_, tight) = try miniPlan(["--scenario", "tight"])
    let a = try #require(base)
    let b = try #require(tight)
    #expect(b.allocations.flatMap(\.funding).allSatisfy { $0.source != "US" })
    #expect(b.total(for: "DCB").wholeDollars <= 4_000_000)
    #expect(a.allocations.map(\.candidate) != b.allocations.map(\.candidate) || a.allocations.map(\.tier) != b.allocations.map(\.tier))
    #expect(b.objective <= a.objective)
  }

  @Test("Forcing out and locking from the command line are honoured")
  func overrides() throws {
    let (run, plan) = try miniPlan(["--force-out", "I01:no money", "--lock", "DCB-D1:basic:2025"])
    #expect(run.status == .success)
    let decoded = try #require(plan)
    #expect(decoded.allocation(for: "I01") == nil)
    #expect(decoded.allocation(for: "DCB-D1")?.startYear == 2025)
    #expect(decoded.leftOut?.first { $0.candidate == "I01" }?.reason == "forced out: no money")
  }

  @Test("The exported model, read back and solved, gives the plan's objective")
  func exportModel() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let run = runInProcess(["plan", "--format", "json", "--gap", "0", "--export-model", "model.mps"], in: directory.url)
    let plan = try PortfolioPlan.decode(from: Data(run.stdout.utf8))
    let text = try String(contentsOf: directory.url.appendingPathComponent("model.mps"), encoding: .utf8)
    #expect(text.contains("x_DCB-D1_full_2024"))
    #expect(text.contains("pay_US_T01_2025"))
    let model = try MPSReader.read(text)
    var options = SolverOptions()
    options.relativeGap = 0
    options.absoluteGap = 0
    let result = try MILPSolver().solve(model, options: options)
    #expect(abs((result.objective ?? .nan) - plan.objective) <= 1e-6 * max(1, abs(plan.objective)))
  }

  @Test("Markdown and CSV carry the same plan: CSV payments add up to the plan's total cost")
  func markdownAndCSV() throws {
    let markdown = runInProcess(["plan", "--format", "md"], in: try miniFixture())
    #expect(markdown.stdout.hasPrefix("# DCB Planner plan\n\n- **scenario** default"))
    #expect(markdown.stdout.contains("| DCB-D1 | Codification support | full | 2024-2026 | 3,000,000 | DCB 3,000,000 |"))
    let csv = runInProcess(["plan", "--format", "csv"], in: try miniFixture())
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first == "candidate,kind,tier,start_year,finish_year,source,year,amount_usd")
    let total = lines.dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Int64($0) } }.reduce(0, +)
    let (_, plan) = try miniPlan()
    #expect(total == (try #require(plan)).totalCostUSD)
  }

  @Test("A malformed --lock is a usage error, a year of other than four digits included")
  func badLock() throws {
    for lock in ["DCB-D1:basic", "DCB-D1:basic:-9223372036854775807", "DCB-D1:basic:+2024", "DCB-D1:basic:24"] {
      let run = runInProcess(["plan", "--lock", lock], in: try miniFixture())
      #expect(run.status == .usageError, "\(lock)")
      #expect(run.stderr.contains("ID:TIER:YEAR[:REASON] with a four-digit year"), "\(lock)")
    }
  }

  @Test("A --budget maximum below the scenario's minimum, and a gap of 1, are usage errors")
  func badBudgetAndGap() throws {
    let fixture = try miniFixture()
    let low = runInProcess(["plan", "--budget", "2M"], in: fixture)
    #expect(low.status == .usageError)
    #expect(low.stderr.contains("invalid value '2M' for --budget: the band's maximum $2,000,000 is below the scenario's minimum $3,000,000; give both ends as MIN..MAX"))
    for command in [["plan"], ["sweep"], ["frontier"], ["explain"], ["robust"], ["compare", "default", "default"]] {
      let run = runInProcess(command + ["--gap", "1"], in: fixture)
      #expect(run.status == .usageError, "\(command)")
      #expect(run.stderr.contains("expected a relative gap at least 0 and below 1"), "\(command): \(run.stderr)")
    }
    #expect(runInProcess(["robust", "--sample-gap", "1"], in: fixture).status == .usageError)
  }

  @Test("An unknown forced candidate is reported as invalid data")
  func unknownForced() throws {
    let run = runInProcess(["plan", "--force-in", "T99"], in: try miniFixture())
    #expect(run.status == .invalidData)
    #expect(run.stderr.contains("T99"))
  }
}
