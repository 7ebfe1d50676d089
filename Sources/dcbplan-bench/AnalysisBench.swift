import Foundation
import PlannerCLI
import PortfolioDomain
import PortfolioPlanning

/// `dcbplan-bench analysis [--data DIR] [--scenario NAME] [--samples N] [--points N] [--skip NAMES]`:
/// times one `plan` solve T (formulation, primary and second solve, payment split, left-out reasons:
/// what `dcbplan plan` does) and each decision analysis on the same inputs, and prints each time as a
/// multiple of T next to the targets. Run it on a release build:
/// `swift run -c release dcbplan-bench analysis`.
enum AnalysisBench {
  struct Target {
    var name: String
    var limit: Double
  }

  static func run(arguments: [String]) -> Int32 {
    var data: String?
    var scenarioName: String?
    var samples = 1000
    var points = 20
    var skip: Set<String> = []
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else {
        print("dcbplan-bench analysis: missing value after \(flag)")
        return 64
      }
      switch flag {
      case "--data": data = value
      case "--scenario": scenarioName = value
      case "--samples": samples = Int(value) ?? samples
      case "--points": points = Int(value) ?? points
      case "--skip": skip = Set(value.split(separator: ",").map(String.init))
      default:
        print("dcbplan-bench analysis: unknown option '\(flag)'")
        return 64
      }
    }
    let context = CommandContext.live
    let inputs: PortfolioInputs
    do {
      inputs = try PortfolioInputs.load(data: data, scenario: scenarioName, in: context)
    } catch {
      print("dcbplan-bench analysis: \(error)")
      return 66
    }
    guard let scenario = inputs.scenario, !inputs.hasErrors else {
      print("dcbplan-bench analysis: the inputs have errors (run dcbplan validate)")
      return 65
    }
    let portfolio = inputs.portfolio
    let options = PlannerOptions(scenario: scenario)
    do {
      let clock = ContinuousClock()
      func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = clock.now
        let value = try body()
        let elapsed = clock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
      }
      let (planResult, planSeconds) = try time {
        try Planner().plan(portfolio: portfolio, scenario: scenario, options: options, inputsSHA256: "")
      }
      print("plan: status \(planResult.plan.status.rawValue), objective \(planResult.plan.objective), T = \(format(planSeconds)) s")
      let session = AnalysisSession(portfolio: portfolio, scenario: scenario, options: options)
      let (base, baseSeconds) = try time { try session.solveBase() }
      print("base re-solve (no left-out reasons): \(format(baseSeconds)) s")
      func report(_ name: String, _ seconds: Double, target: Double, detail: String) {
        let multiple = seconds / max(planSeconds, 1e-9)
        let verdict = multiple <= target / 2 ? "meets our target" : multiple <= target ? "meets the issue's limit" : "over the limit"
        print("\(name): \(format(seconds)) s = \(format(multiple)) T (limit \(format(target)) T, target \(format(target / 2)) T: \(verdict)); \(detail)")
      }
      let criteria = scenario.criteria.map(\.id)
      if !skip.contains("frontier"), criteria.count >= 2 {
        let analysis = try FrontierAnalysis(session: session, x: criteria[0], y: criteria[1])
        let (result, seconds) = try time { try analysis.run(points: points) }
        report("frontier (\(points) levels)", seconds, target: 10, detail: "\(result.points.count) distinct points, \(result.solves) solves")
      }
      if !skip.contains("sweep") {
        let levels = BudgetSweep.levels(
          from: scenario.dcbBudget.min, to: scenario.dcbBudget.max, step: Money(dollars: 500_000))
        let (result, seconds) = try time { try BudgetSweep(session: session).run(levels: levels) }
        report("sweep (\(levels.count) levels)", seconds, target: 5, detail: "\(result.levels.count) levels")
      }
      if !skip.contains("explain") {
        let (result, seconds) = try time { try CandidateExplainer(session: session, base: base).explain() }
        report("explain (all \(result.count) candidates)", seconds, target: 20, detail: "")
      }
      if !skip.contains("robust") {
        let analysis = RobustnessAnalysis(session: session, base: base)
        let (result, seconds) = try time { try analysis.run(samples: samples, seed: scenario.uncertainty.seed) }
        report(
          "robust (\(samples) samples, gap \(format(analysis.gap * 100))%)", seconds, target: 150 * Double(samples) / 1000,
          detail: "\(result.feasibleCount) feasible, break probability \(format(result.breakProbability))")
      }
    } catch {
      print("dcbplan-bench analysis: \(error)")
      return 65
    }
    return 0
  }

  static func format(_ value: Double) -> String { String(format: "%.3g", value) }
}
