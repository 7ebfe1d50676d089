import Foundation
import MIPSolver
import PortfolioDomain
import PortfolioPlanning

/// What the decision-analysis commands (`frontier`, `sweep`, `explain`, `robust`, `compare`) share:
/// loading the inputs, the base model and plan, progress bars, and number formatting.
enum AnalysisSupport {
  /// `--gap G` of the analysis commands.
  static let gapOption = ArgumentSpec.option(
    "gap", value: "G", help: "Relative optimality gap of each solve (default: the scenario's, 1e-4).")

  /// The `--format` values of the analysis commands.
  enum Format: String, CaseIterable, Sendable {
    case table, csv, json
  }

  /// Loads and validates the inputs and builds the analysis session.
  /// - Returns: the session, or the exit status to return (errors already printed).
  static func session(
    data: String?, scenario name: String?, gap: Double?, in context: CommandContext, adjust: (inout Scenario) -> Void = { _ in }
  ) throws -> (session: AnalysisSession, inputs: PortfolioInputs)? {
    let inputs = try PortfolioInputs.load(data: data, scenario: name, in: context)
    guard !inputs.hasErrors, var scenario = inputs.scenario else {
      for finding in inputs.findings where finding.severity == .error { context.diagnostics.print(finding) }
      context.diagnostics.note("run 'dcbplan validate' for the full report")
      return nil
    }
    adjust(&scenario)
    var options = PlannerOptions(scenario: scenario)
    if let gap { options.gap = gap }
    return (AnalysisSession(portfolio: inputs.portfolio, scenario: scenario, options: options), inputs)
  }

  /// The base plan, or the exit status when there is none.
  enum BaseOutcome {
    case plan(PlanSolution)
    case exit(ExitStatus)
  }

  /// Solves the base plan; prints why there is none and returns the exit status when it fails.
  static func base(_ session: AnalysisSession, in context: CommandContext) throws -> BaseOutcome {
    let solution = try session.solveBase()
    guard solution.hasPlan else {
      switch solution.status {
      case .infeasible:
        context.diagnostics.print(Diagnostic(.error, message: "no plan satisfies every constraint; run 'dcbplan plan' to see the conflict"))
        return .exit(.infeasible)
      case .unbounded: return .exit(.unbounded)
      default:
        context.diagnostics.print(Diagnostic(.error, message: "a limit stopped the solver before any plan was found"))
        return .exit(.limitReached)
      }
    }
    return .plan(solution)
  }

  /// A progress bar for `total` steps (unknown when 0), and the handler that feeds it.
  static func progress(
    _ label: String, total: Int, unit: String, quiet: Bool, in context: CommandContext
  ) -> (bar: ProgressBar, handler: AnalysisProgressHandler) {
    let bar = ProgressBar(label: label, total: total > 0 ? total : nil, unit: unit, context: context, quiet: quiet, delay: 0.5)
    let handler: AnalysisProgressHandler = { completed, _ in bar.update(completed: completed) }
    return (bar, handler)
  }

  /// A number with `digits` decimals (fixed, locale-independent).
  static func number(_ value: Double, _ digits: Int = 4) -> String {
    guard value.isFinite else { return "-" }
    let text = String(format: "%.\(digits)f", value)
    return text == "-" + String(format: "%.\(digits)f", 0.0) ? String(format: "%.\(digits)f", 0.0) : text
  }

  /// A signed number (`+0.0120`, `-0.0040`).
  static func signed(_ value: Double, _ digits: Int = 4) -> String {
    let text = number(value, digits)
    return value > 0 && !text.hasPrefix("-") && text != number(0, digits) ? "+" + text : text
  }

  /// Whole dollars (`$48,500,000`).
  static func money(_ money: Money) -> String { money.formatted }

  /// Model status as a word.
  static func status(_ status: SolveStatus) -> String {
    switch status {
    case .optimal: "optimal"
    case .infeasible: "infeasible"
    case .unbounded: "unbounded"
    case .limitReached(let limit): "limit-reached (\(limit.rawValue))"
    }
  }

  /// `A, B, C` or `-` when empty.
  static func list(_ items: [String]) -> String { items.isEmpty ? "-" : items.joined(separator: ", ") }

  /// A choice as JSON.
  static func json(_ choice: FundedChoice) -> JSONOutput {
    .object([
      "candidate": .string(choice.candidate.rawValue), "tier": .string(choice.tier.rawValue),
      "startYear": .integer(Int64(choice.start.rawValue)), "finishYear": .integer(Int64(choice.finish.rawValue)),
    ])
  }

  /// A selection change as JSON.
  static func json(_ change: SelectionChange) -> JSONOutput {
    .object([
      "entering": .array(change.entering.map(json)), "leaving": .array(change.leaving.map(json)),
      "changed": .array(change.changed.map { .object(["from": json($0.old), "to": json($0.new)]) }),
    ])
  }

  /// Entering candidates as `+A +B`, leaving as `-C`, retimed as `~D`.
  static func summary(_ change: SelectionChange) -> (entering: String, leaving: String) {
    let entering = change.entering.map { "+\($0.candidate)" } + change.changed.map { "~\($0.new.candidate)" }
    return (list(entering), list(change.leaving.map { "-\($0.candidate)" }))
  }
}
