import Foundation
import PortfolioDomain
import PortfolioPlanning
import PortfolioReports

/// An analysis `dcbplan report --include` adds to the portfolio part.
enum ReportAnalysis: String, CaseIterable, Sendable {
  case frontier, sweep, explain, robust

  /// Parses the values of `--include` (each comma-separated, repeatable) into analyses in the canonical order
  /// (frontier, sweep, explain, robust), each once.
  ///
  /// - Throws: `UsageError.invalidValue` (exit 64) for an unknown name, with the nearest known one suggested.
  static func parse(_ values: [String]) throws(UsageError) -> [ReportAnalysis] {
    var wanted: Set<ReportAnalysis> = []
    for value in values {
      for piece in value.split(separator: ",", omittingEmptySubsequences: false) {
        let name = piece.trimmingCharacters(in: .whitespaces)
        guard let analysis = ReportAnalysis(rawValue: name) else {
          let names = allCases.map(\.rawValue)
          throw .invalidValue(
            option: "--include", value: name, reason: "expected one of " + names.joined(separator: ", "),
            suggestion: NameSuggester.nearest(to: name, in: names))
        }
        wanted.insert(analysis)
      }
    }
    return allCases.filter { wanted.contains($0) }
  }
}

/// Runs the analyses `dcbplan report --include` asks for, in process, on the report's data and scenario (each
/// re-solves from the data, with the same defaults as `frontier`, `sweep`, `explain` and `robust`), and builds
/// their report sections.
struct ReportAnalysisRunner {
  var analyses: [ReportAnalysis]
  /// `--samples` of robust (default: the scenario's).
  var samples: Int?
  /// `--seed` of robust (default: the scenario's).
  var seed: UInt64?
  /// `--quiet`: no progress bars on stderr (they show only at a terminal anyway).
  var quiet = false

  /// The sections, in the order frontier, sweep, explain, robust.
  ///
  /// - Returns: the sections, or the exit status when the base plan cannot be solved (reason printed).
  func sections(inputs: PortfolioInputs, scenario: Scenario, in context: CommandContext) throws -> Result<[ReportSection], ExitCode> {
    guard !analyses.isEmpty else { return .success([]) }
    let session = AnalysisSession(portfolio: inputs.portfolio, scenario: scenario, options: PlannerOptions(scenario: scenario))
    var base: PlanSolution?
    func solvedBase() throws -> Result<PlanSolution, ExitCode> {
      if let base { return .success(base) }
      switch try AnalysisSupport.base(session, in: context) {
      case .plan(let solution):
        base = solution
        return .success(solution)
      case .exit(let status): return .failure(ExitCode(status))
      }
    }
    var sections: [ReportSection] = []
    for analysis in analyses {
      switch analysis {
      case .frontier:
        let x = try FrontierCommand.criterion(nil, preferred: "interoperability", position: 0, in: scenario, option: "--x")
        var y = try FrontierCommand.criterion(nil, preferred: "exports", position: 1, in: scenario, option: "--y")
        if y == x, let other = scenario.criteria.map(\.id).first(where: { $0 != x }) { y = other }
        let points = 20  // the frontier command's default
        let progress = AnalysisSupport.progress("frontier", total: points, unit: "points", quiet: quiet, in: context)
        let result = try FrontierAnalysis(session: session, x: x, y: y).run(points: points, progress: progress.handler)
        progress.bar.finish()
        sections.append(AnalysisSections.frontier(result, scenario: scenario))
      case .sweep:
        let band = scenario.dcbBudget
        let levels = BudgetSweep.levels(from: band.min, to: band.max, step: Money(dollars: 500_000))
        let progress = AnalysisSupport.progress("sweep", total: levels.count, unit: "levels", quiet: quiet, in: context)
        let result = try BudgetSweep(session: session).run(levels: levels, progress: progress.handler)
        progress.bar.finish()
        sections.append(AnalysisSections.sweep(result, scenario: scenario))
      case .explain:
        let solution: PlanSolution
        switch try solvedBase() {
        case .success(let value): solution = value
        case .failure(let code): return .failure(code)
        }
        let progress = AnalysisSupport.progress(
          "explain", total: inputs.portfolio.candidates.count, unit: "candidates", quiet: quiet, in: context)
        let explanations = try CandidateExplainer(session: session, base: solution).explain(progress: progress.handler)
        progress.bar.finish()
        let explained = explanations.map { AnalysisSections.Explained($0, sentences: ExplainCommand.sentences($0, session: session)) }
        sections.append(AnalysisSections.explain(explained, scenario: scenario, portfolio: inputs.portfolio))
      case .robust:
        let solution: PlanSolution
        switch try solvedBase() {
        case .success(let value): solution = value
        case .failure(let code): return .failure(code)
        }
        let count = samples ?? scenario.uncertainty.samples
        let progress = AnalysisSupport.progress("robust", total: count, unit: "samples", quiet: quiet, in: context)
        let result = try RobustnessAnalysis(session: session, base: solution)
          .run(samples: count, seed: seed ?? scenario.uncertainty.seed, progress: progress.handler)
        progress.bar.finish()
        sections.append(AnalysisSections.robustness(result))
      }
    }
    return .success(sections)
  }

  /// An exit status carried as an `Error` (for `Result`).
  struct ExitCode: Error {
    var status: ExitStatus
    init(_ status: ExitStatus) { self.status = status }
  }
}
