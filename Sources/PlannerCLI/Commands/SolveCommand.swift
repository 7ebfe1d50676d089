import MIPSolver
import OptimizationModel

/// `dcbplan solve FILE.mps [--gap G] [--time-limit S] [--node-limit N] [--format table|json] [--solution FILE]`.
///
/// Reads an MPS file (free or fixed, auto-detected unless `--mps-format` says), solves it and prints
/// status, objective (in the model's own sense), best bound, relative gap, nodes, simplex iterations
/// and seconds. `--solution FILE` writes `name value` lines, atomically. Exit codes (DESIGN §6): 0
/// optimal, 2 infeasible, 5 unbounded, 3 a limit stopped the solve; 65 for a malformed file, 66 when
/// it is missing. At a terminal, solves that last over a second show a progress line on stderr.
struct SolveCommand: Command {
  static let name = "solve"
  static let abstract = "Solve an LP or MILP in MPS format with our own solver."
  static let discussion = """
    Prints status, objective (in the model's own sense), best bound, relative gap, nodes,
    simplex iterations and seconds. Exits 0 when optimal (within the gap), 2 when infeasible,
    5 when unbounded, 3 when a limit stopped the search. The default gap is 1e-4 relative
    and 1e-6 absolute, as in HiGHS; --gap 0 asks for a full proof.
    """
  static let arguments: [ArgumentSpec] = [
    .positional("FILE.mps", help: "The model, in free or fixed MPS format."),
    .option("gap", value: "G", help: "Relative gap at which to stop (default 1e-4; 0 proves optimality)."),
    .option("time-limit", value: "S", help: "Stop after S seconds of wall-clock time (default: no limit)."),
    .option("node-limit", value: "N", help: "Stop after N branch-and-bound nodes (default: no limit)."),
    .option("format", value: "FORMAT", help: "Output format: table (default) or json.", choices: ["table", "json"]),
    .option("solution", value: "FILE", help: "Write the solution as 'name value' lines to FILE (atomically)."),
    .option("mps-format", value: "LAYOUT", help: "MPS layout: auto (default), free or fixed.", choices: MPSFormat.allCases.map(\.rawValue)),
    .quiet,
  ]

  var file: String
  var options = SolverOptions()
  var format: OutputFormat
  var solutionFile: String?
  var layout: MPSFormat
  var quiet: Bool
  /// The solver to call: `MILPSolver`; tests pass stand-ins.
  var solver: any ModelSolver = MILPModelSolver()

  init(parsing arguments: ParsedArguments) throws {
    file = arguments.positional("FILE.mps") ?? ""
    if let gap = try arguments.gap() {
      options.relativeGap = gap
      if gap == 0 { options.absoluteGap = 0 }
    }
    if let seconds = try arguments.number("time-limit", in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude) {
      guard seconds > 0 else {
        throw UsageError.invalidValue(option: "--time-limit", value: arguments.value("time-limit") ?? "", reason: "expected a positive number of seconds")
      }
      options.timeLimit = seconds
    }
    options.nodeLimit = try arguments.integer("node-limit", in: 1...Int.max)
    format = try arguments.choice("format") ?? .table
    solutionFile = arguments.value("solution")
    layout = try arguments.choice("mps-format") ?? .auto
    quiet = arguments.flag("quiet")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    let url = context.resolve(file)
    let shown = DataLocator.display(url, in: context)
    let text = try DataLocator.readText(url, in: context)
    let model: LinearModel
    do {
      model = try MPSReader.read(text, format: layout)
    } catch {
      context.diagnostics.print(Diagnostic(.error, file: shown, line: error.line, message: Self.message(error)))
      return .invalidData
    }
    let bar = ProgressBar(label: "solving", total: nil, unit: "nodes", context: context, quiet: quiet, delay: 1)
    let result: SolveResult
    do {
      result = try solver.solve(model, options: options) { progress in
        bar.update(completed: progress.nodes, detail: Self.progressDetail(progress))
      }
    } catch {
      bar.finish()
      throw CLIError.invalidData("\(shown): \(error)")
    }
    bar.finish()
    let report = SolveReport(model: model, file: shown, result: result)
    context.stdout.write(format == .json ? report.json.text : report.table)
    if let solutionFile {
      if let values = result.values {
        try AtomicFileWriter.write(text: SolveReport.solutionText(model: model, values: values), to: context.resolve(solutionFile))
      } else {
        context.diagnostics.warning("no solution to write to \(solutionFile): the solve found none")
      }
    }
    return report.exitStatus
  }

  private static func message(_ error: MPSReadError) -> String {
    error.token.isEmpty ? error.message : "\(error.message) ('\(error.token)')"
  }

  private static func progressDetail(_ progress: SolveProgress) -> String {
    var parts: [String] = []
    if let incumbent = progress.incumbent { parts.append("best \(SolveReport.number(incumbent))") }
    if let bound = progress.bound { parts.append("bound \(SolveReport.number(bound))") }
    if let gap = progress.gap { parts.append("gap \(SolveReport.percent(gap))") }
    return parts.joined(separator: "  ")
  }
}

/// The solver behind `dcbplan solve`: `MILPSolver` in the binary; tests pass stand-ins with fixed outcomes.
protocol ModelSolver: Sendable {
  /// Solves `model`; reports progress through `progress` (possibly from another thread).
  ///
  /// - Throws: only for a model the solver cannot take (invalid input).
  func solve(
    _ model: LinearModel, options: SolverOptions, progress: @escaping @Sendable (SolveProgress) -> Void
  ) throws -> SolveResult
}

/// `MILPSolver`, our branch-and-bound over the dual simplex, as the `solve` command's solver.
struct MILPModelSolver: ModelSolver {
  func solve(
    _ model: LinearModel, options: SolverOptions, progress: @escaping @Sendable (SolveProgress) -> Void
  ) throws -> SolveResult {
    try MILPSolver().solve(model, options: options, progress: progress)
  }
}
