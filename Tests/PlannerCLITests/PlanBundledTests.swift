import Foundation
import PortfolioDomain
import PortfolioPlanning
import Testing

/// `dcbplan plan` on the bundled BiH data: full solves, so they run only with `DCBPLAN_SLOW_TESTS=1`
/// (a debug-build solve of the bundled model takes minutes; point `DCBPLAN_BINARY` at a release build
/// to make them quick: `DCBPLAN_SLOW_TESTS=1 DCBPLAN_BINARY=.build/release/dcbplan swift test --filter PlanBundled`).
@Suite("plan on the bundled data", .tags(.large))
struct PlanBundledTests {
  static let slowEnabled = ProcessInfo.processInfo.environment["DCBPLAN_SLOW_TESTS"] == "1"

  /// The repository root (this file is `Tests/PlannerCLITests/PlanBundledTests.swift`).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func plan(_ arguments: [String]) throws -> PortfolioPlan {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["plan", "--format", "json"] + arguments, in: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    return try PortfolioPlan.decode(from: Data(result.stdout.utf8))
  }

  @Test("The default plan matches its golden JSON and passes the independent check (DCBPLAN_SLOW_TESTS=1)", .enabled(if: slowEnabled))
  func defaultPlan() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["plan", "--format", "json"], in: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    try expectSnapshot(result.stdout, named: "plan-bih.json")
    let plan = try PortfolioPlan.decode(from: Data(result.stdout.utf8))
    #expect(plan.status == .optimal)
    let inputs = try PlanChecker.inputs(root: Self.root)
    let scenario = try #require(inputs.scenario)
    #expect(PlanChecker(portfolio: inputs.portfolio, scenario: scenario, plan: plan).violations() == [])
  }

  @Test("The committed golden plan belongs to the repository's data and passes the independent check")
  func goldenHolds() throws {
    let url = Self.root.appendingPathComponent("Tests/PlannerCLITests/Snapshots/plan-bih.json")
    let plan = try PortfolioPlan.decode(from: try Data(contentsOf: url))
    let inputs = try PlanChecker.inputs(root: Self.root)
    let scenario = try #require(inputs.scenario)
    let files = try DatasetFiles.tableNames.map { name in
      DatasetFiles.File(name: name, contents: Array(try Data(contentsOf: Self.root.appendingPathComponent("Datasets/bih/\(name)"))))
    }
    #expect(plan.inputsSHA256 == InputManifest.sha256(files: files, scenario: scenario), "re-record plan-bih.json after a data change")
    #expect(plan.status == .optimal)
    #expect(PlanChecker(portfolio: inputs.portfolio, scenario: scenario, plan: plan).violations() == [])
  }

  @Test("Each named scenario's plan holds and differs where it should (DCBPLAN_SLOW_TESTS=1)", .enabled(if: slowEnabled))
  func namedScenarios() throws {
    let base = try plan([])
    // `goals` is left out: its lexicographic solves take our solver many minutes (HiGHS needs 20,859 nodes
    // for the primary alone); see the PortfolioPlanning README.
    for name in ["budget-48m", "budget-53m", "pact-without-tr"] {
      let variant = try plan(["--scenario", name])
      let inputs = try PlanChecker.inputs(root: Self.root, variant: name)
      let scenario = try #require(inputs.scenario)
      #expect(PlanChecker(portfolio: inputs.portfolio, scenario: scenario, plan: variant).violations() == [], "\(name)")
      switch name {
      case "budget-48m":
        #expect(variant.total(for: "DCB") <= Money(dollars: 48_000_000))
        #expect(variant.objective <= base.objective + 1e-9)
      case "budget-53m":
        #expect(variant.total(for: "DCB") >= Money(dollars: 52_000_000))
      default:
        #expect(variant.allocations.flatMap(\.funding).allSatisfy { $0.source != "TR" })
        #expect(variant.objective <= base.objective + 1e-9)
      }
    }
  }
}
