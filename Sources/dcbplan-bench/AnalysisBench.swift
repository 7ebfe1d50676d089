import Foundation
import PlannerCLI
import PortfolioDomain
import PortfolioPlanning

/// `dcbplan-bench analysis [--data DIR] [--scenario NAME] [--samples N] [--points N] [--levels N] [--explain N] [--skip NAMES]`:
/// times one `plan` solve T (formulation, primary and second solve, payment split, left-out reasons:
/// what `dcbplan plan` does) and each decision analysis on the same inputs, and prints each time as a
/// multiple of T (wall and CPU seconds) next to the issue's targets. `--points`, `--levels`, `--explain N`
/// (the first N free candidates) and `--samples` measure a subset and scale it linearly to the issue's
/// runs (20 points, the band at $0.5M, all candidates, 1000 samples), for machines where the full runs take
/// too long; the output says when it scaled. Run it on a release build:
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
    var explainCount: Int?
    var levelCount: Int?
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
      case "--explain": explainCount = Int(value)
      case "--levels": levelCount = Int(value)
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
      func cpu() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
      }
      func time<T>(_ body: () throws -> T) rethrows -> (T, Double, Double) {
        let start = clock.now
        let cpuStart = cpu()
        let value = try body()
        let elapsed = clock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18, cpu() - cpuStart)
      }
      let (planResult, planSeconds, planCPU) = try time {
        try Planner().plan(portfolio: portfolio, scenario: scenario, options: options, inputsSHA256: "")
      }
      print("plan: status \(planResult.plan.status.rawValue), objective \(planResult.plan.objective), T = \(format(planSeconds)) s wall, \(format(planCPU)) s CPU")
      let session = AnalysisSession(portfolio: portfolio, scenario: scenario, options: options)
      let base = planResult.solution
      /// `scale` extrapolates a measured subset to the full run (1 when the full run was measured).
      func report(_ name: String, _ seconds: Double, _ cpuSeconds: Double, scale: Double, target: Double, detail: String) {
        let wall = seconds * scale / max(planSeconds, 1e-9)
        let work = cpuSeconds * scale / max(planCPU, 1e-9)
        // The issue's multiples are wall time on the same machine with both cores in use; CPU time is shown too.
        let verdict = wall <= target / 2 ? "meets our target" : wall <= target ? "meets the issue's limit" : "over the limit"
        let extrapolated = scale == 1 ? "" : " (measured on a subset, scaled by \(format(scale)))"
        print(
          "\(name): \(format(seconds)) s wall, \(format(cpuSeconds)) s CPU\(extrapolated): \(format(wall)) T wall, \(format(work)) T CPU "
            + "(limit \(format(target)) T, target \(format(target / 2)) T: \(verdict) by wall time); \(detail)")
      }
      let criteria = scenario.criteria.map(\.id)
      if !skip.contains("frontier"), criteria.count >= 2 {
        let analysis = try FrontierAnalysis(session: session, x: criteria[0], y: criteria[1])
        // What `dcbplan frontier` runs: the grid's default node limit per solve.
        let (result, seconds, cpuSeconds) = try time { try analysis.run(points: points) }
        report(
          "frontier (\(points) levels)", seconds, cpuSeconds, scale: 20 / Double(points), target: 10,
          detail: "\(result.points.count) distinct points, \(result.solves) solves, at most \(result.nodeLimit.map(String.init) ?? "unlimited") nodes each, "
            + "\(result.unprovenCount) points unproven, largest x \(result.isXMaxProven ? "proven" : "unproven")")
      }
      if !skip.contains("sweep") {
        var levels = BudgetSweep.levels(from: scenario.dcbBudget.min, to: scenario.dcbBudget.max, step: Money(dollars: 500_000))
        let full = levels.count
        if let levelCount, levelCount < levels.count { levels = Array(levels.suffix(levelCount)) }
        let (result, seconds, cpuSeconds) = try time { try BudgetSweep(session: session).run(levels: levels) }
        report(
          "sweep (\(levels.count) of \(full) levels at $0.5M)", seconds, cpuSeconds, scale: Double(full) / Double(levels.count), target: 5,
          detail: "\(result.levels.filter { $0.objective != nil }.count) levels with a plan")
      }
      if !skip.contains("explain") {
        let explainer = CandidateExplainer(session: session, base: base)
        let free = portfolio.candidates.map(\.id).filter { explainer.requirement($0) == .free }
        let ids = explainCount.map { Array(free.prefix($0)) } ?? portfolio.candidates.map(\.id)
        let (result, seconds, cpuSeconds) = try time { try explainer.explain(ids) }
        let measuredFree = ids.filter { explainer.requirement($0) == .free }.count
        report(
          "explain (\(result.count) candidates, \(measuredFree) of \(free.count) free)", seconds, cpuSeconds,
          scale: Double(free.count) / Double(max(1, measuredFree)), target: 20, detail: "all \(portfolio.candidates.count) candidates by scaling")
      }
      if !skip.contains("robust") {
        let analysis = RobustnessAnalysis(session: session, base: base)
        let (result, seconds, cpuSeconds) = try time { try analysis.run(samples: samples, seed: scenario.uncertainty.seed) }
        report(
          "robust (\(samples) samples, gap \(format(analysis.gap * 100))%)", seconds, cpuSeconds, scale: 1000 / Double(samples), target: 150,
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
