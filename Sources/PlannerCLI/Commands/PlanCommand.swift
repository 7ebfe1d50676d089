import Foundation
import MIPSolver
import PortfolioDomain
import PortfolioPlanning

/// `dcbplan plan`: the optimal funded, scheduled plan for the dataset and scenario (DESIGN §4).
///
/// Reads and validates the inputs (exit 65 on errors), applies the command-line overrides to the
/// resolved scenario (band, forced items, locks, objective, gap), optionally writes the model as free
/// MPS, solves (primary, lexicographic second solve, payment split) and prints the plan. Exit codes:
/// 0 optimal; 2 infeasible (the conflicting constraints named on stderr); 3 a limit stopped the solver;
/// 5 unbounded. With `DCBPLAN_TIMING=1` in the environment the solve times are noted on stderr.
struct PlanCommand: Command {
  static let name = "plan"
  static let abstract = "Compute the optimal funded and scheduled plan."
  static let discussion = """
    The table view lists the funded candidates grouped by kind with tier, years and sources; the money
    by source and year against the caps; the criteria against their goals; what was left out and the
    constraint that bound it; and the solver's status and gap. --format json follows the plan contract
    (DESIGN section 3): sorted keys, money in whole dollars. --export-model writes the model as free MPS
    (money in thousands of dollars) for HiGHS, CBC or GLPK. Exits 2 when no plan exists, naming the
    conflicting constraints; 3 when a limit stopped the solver before optimality was proven.
    """
  static let arguments: [ArgumentSpec] = [
    .dataOption, .scenarioOption,
    .option("budget", value: "AMOUNT|A..B", help: "DCB fund budget: the band's maximum, or both ends (50M, 48M..53M)."),
    .repeatable("force-in", value: "ID[:REASON]", help: "Fund this candidate (repeatable)."),
    .repeatable("force-out", value: "ID[:REASON]", help: "Do not fund this candidate (repeatable)."),
    .repeatable("lock", value: "ID:TIER:YEAR[:REASON]", help: "Fix a candidate's tier and start year (repeatable)."),
    .option("objective", value: "MODE", help: "Objective: weighted (default) or goals.", choices: ["weighted", "goals"]),
    .option("gap", value: "G", help: "Relative optimality gap (default: the scenario's, 1e-4; 0 proves optimality)."),
    .option("format", value: "FORMAT", help: "Output format: table (default), md, csv or json.", choices: PlanFormat.allCases.map(\.rawValue)),
    .outOption,
    .option("export-model", value: "FILE.mps", help: "Also write the model as free MPS to FILE."),
  ]

  var data: String?
  var scenario: String?
  var budget: AmountRange?
  /// `--budget` as typed.
  var budgetText: String?
  var forceIn: [ForcedChoice]
  var forceOut: [ForcedChoice]
  var locks: [LockedChoice]
  var objective: ObjectiveMode?
  var gap: Double?
  var format: PlanFormat
  var out: String?
  var exportModel: String?

  init(parsing arguments: ParsedArguments) throws {
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    budget = try arguments.amount("budget")
    budgetText = arguments.value("budget")
    forceIn = try arguments.values("force-in").map { try Self.forced($0, option: "--force-in") }
    forceOut = try arguments.values("force-out").map { try Self.forced($0, option: "--force-out") }
    locks = try arguments.values("lock").map(Self.lock)
    objective = try arguments.choice("objective")
    gap = try arguments.gap()
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
    exportModel = arguments.value("export-model")
  }

  /// `ID[:REASON]`.
  static func forced(_ text: String, option: String) throws(UsageError) -> ForcedChoice {
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard let id = parts.first, !id.isEmpty else {
      throw .invalidValue(option: option, value: text, reason: "expected a candidate ID, optionally followed by ':reason'")
    }
    return ForcedChoice(candidate: CandidateID(id), reason: parts.count > 1 ? parts[1] : "command line")
  }

  /// `ID:TIER:YEAR[:REASON]`.
  static func lock(_ text: String) throws(UsageError) -> LockedChoice {
    let parts = text.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 3, !parts[0].isEmpty, !parts[1].isEmpty, let year = Year.parse(parts[2]) else {
      throw .invalidValue(
        option: "--lock", value: text, reason: "expected ID:TIER:YEAR[:REASON] with a four-digit year, such as DCB-D5:full:2025")
    }
    return LockedChoice(candidate: CandidateID(parts[0]), tier: TierID(parts[1]), startYear: year, reason: parts.count > 3 ? parts[3] : "command line")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    let inputs = try PortfolioInputs.load(data: data, scenario: scenario, in: context)
    guard !inputs.hasErrors, var scenario = inputs.scenario else {
      for finding in inputs.findings where finding.severity == .error { context.diagnostics.print(finding) }
      context.diagnostics.note("run 'dcbplan validate' for the full report")
      return .invalidData
    }
    try apply(to: &scenario)
    let overrideFindings = ScenarioValidator.validate(scenario, against: inputs.portfolio, file: "command line")
      .filter { $0.severity == .error }
    if !overrideFindings.isEmpty {
      for finding in overrideFindings {
        context.diagnostics.print(PortfolioInputs.diagnostic(for: finding, paths: [:]))
      }
      return .invalidData
    }
    var options = PlannerOptions(scenario: scenario)
    if let gap { options.gap = gap }
    let portfolio = inputs.portfolio
    if let exportModel {
      let planning = PlanningFormulation.build(portfolio: portfolio, scenario: scenario, options: options.formulation)
      let text: String
      do {
        text = try ModelExport.mps(planning, scenario: scenario.name)
      } catch {
        throw CLIError.invalidData("cannot write the model as MPS: \(error)")
      }
      try AtomicFileWriter.write(Array(text.utf8), to: context.resolve(exportModel))
    }
    let hash = InputManifest.sha256(files: inputs.files.tableFiles, scenario: scenario)
    let result = try Planner().plan(portfolio: portfolio, scenario: scenario, options: options, inputsSHA256: hash)
    let view = PlanView(result: result, portfolio: portfolio, scenario: scenario, gapAsked: options.gap)
    try ResultWriter.write(try view.render(format), out: out, in: context)
    if context.environment["DCBPLAN_TIMING"] == "1" {
      let solution = result.solution
      let second = solution.secondary.map { String(format: "%.3f", $0.seconds) } ?? "-"
      context.diagnostics.note(
        String(format: "solve times: primary %.3f s (%d nodes), second ", solution.primary.seconds, solution.primary.nodes)
          + second + String(format: " s, all solves %.3f s", solution.seconds))
    }
    switch result.plan.status {
    case .optimal: return .success
    case .infeasible:
      context.diagnostics.print(Diagnostic(.error, message: "no plan satisfies every constraint; these conflict:"))
      for sentence in result.infeasibility?.sentences ?? [] { context.diagnostics.note(sentence) }
      return .infeasible
    case .limitReached, .noSolution: return .limitReached
    case .unbounded: return .unbounded
    }
  }

  /// The command-line overrides applied to the resolved scenario.
  ///
  /// - Throws: `UsageError` when `--budget` gives only a maximum below the scenario's minimum (an inverted band
  ///   would read as an infeasible plan).
  func apply(to scenario: inout Scenario) throws(UsageError) {
    if let budget {
      let maximum = Money(dollars: budget.upper)
      if budget.lower == nil && maximum < scenario.dcbBudget.min {
        throw .invalidValue(
          option: "--budget", value: budgetText ?? budget.description,
          reason: "the band's maximum \(maximum.formatted) is below the scenario's minimum \(scenario.dcbBudget.min.formatted); "
            + "give both ends as MIN..MAX")
      }
      scenario.dcbBudget.max = maximum
      if let lower = budget.lower { scenario.dcbBudget.min = Money(dollars: lower) }
    }
    for forced in forceIn where !scenario.forcedIn.contains(where: { $0.candidate == forced.candidate }) {
      scenario.forcedIn.append(forced)
    }
    for forced in forceOut where !scenario.forcedOut.contains(where: { $0.candidate == forced.candidate }) {
      scenario.forcedOut.append(forced)
    }
    for lock in locks {
      scenario.locked.removeAll { $0.candidate == lock.candidate }
      scenario.locked.append(lock)
    }
    if let objective { scenario.objective = objective }
    if let gap { scenario.solver.gap = gap }
  }
}

/// The `--format` values of `plan`.
enum PlanFormat: String, CaseIterable, Sendable {
  case table, md, csv, json
}
