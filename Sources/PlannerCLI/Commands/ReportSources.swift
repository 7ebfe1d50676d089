import Foundation
import Hashing
import PortfolioAudit
import PortfolioDomain
import PortfolioPlanning

/// Where `dcbplan report` gets its plan and ledger: the plan from `--plan FILE` or the planner run in process,
/// the ledger from `--ledger FILE` (or `DCBPLAN_LEDGER`) or the shipped example (DESIGN §5, issue 8).
enum ReportSources {
  /// The plan a report is about, with how it was obtained.
  struct LoadedPlan {
    var plan: PortfolioPlan
    /// `Datasets/x/plan.json`, or `computed in process` for a fresh solve.
    var origin: String
    /// SHA-256 of the plan file's bytes (what `audit baseline` records as `planSHA256`); `nil` for a fresh solve.
    var fileSHA256: String? = nil
  }

  /// A verified ledger and how the report names it.
  struct LoadedLedger {
    var ledger: Ledger
    /// The path as a user would type it (`Datasets/ledger/example.jsonl (shipped example)` for the example).
    var name: String
    var isExample: Bool
    /// Whether the entries' MACs were checked (a key was given) as well as the hash chain.
    var macsChecked: Bool
  }

  /// The path of the shipped example ledger inside a `Datasets/` folder.
  static let exampleLedgerPath = "ledger/example.jsonl"

  // MARK: - Plan

  /// Reads a plan JSON and checks that it was made from `inputs` (its `inputsSHA256` equals the manifest hash of the
  /// dataset and resolved scenario, DESIGN §3).
  ///
  /// - Throws: `CLIError.missingInput` (66) when the file cannot be read, `CLIError.invalidData` (65) when it is not a
  ///   plan JSON or was made from other inputs.
  static func readPlan(_ path: String, inputs: PortfolioInputs, scenario: Scenario, in context: CommandContext) throws(CLIError)
    -> LoadedPlan
  {
    let url = context.resolve(path)
    let shown = DataLocator.display(url, in: context)
    guard DataLocator.isFile(url), let data = FileManager.default.contents(atPath: url.path) else {
      throw .missingInput(path: shown, reason: "plan file cannot be read")
    }
    let plan: PortfolioPlan
    do {
      plan = try PortfolioPlan.decode(from: data)
    } catch {
      throw .invalidData("\(shown): not a plan json (dcbplan plan --format json): \(error)")
    }
    let expected = InputManifest.sha256(files: inputs.files.tableFiles, scenario: scenario)
    guard plan.inputsSHA256 == expected else {
      throw .invalidData(
        "\(shown): the plan was made from other inputs (its inputsSHA256 is \(plan.inputsSHA256); "
          + "\(DataLocator.display(inputs.location.datasetDirectory, in: context)) with scenario '\(scenario.name)' hashes to \(expected)); "
          + "give the --data and --scenario it was made with")
    }
    return LoadedPlan(plan: plan, origin: shown, fileSHA256: SHA256.hash(Array(data)).hex)
  }

  /// Runs the planner on `inputs` (DESIGN §4), as `dcbplan plan` does with no overrides.
  ///
  /// - Returns: the plan, or the exit status when there is none to report (infeasible 2, no incumbent 3, unbounded 5;
  ///   the reason printed on stderr).
  static func computePlan(inputs: PortfolioInputs, scenario: Scenario, in context: CommandContext) throws -> (LoadedPlan?, ExitStatus?) {
    let hash = InputManifest.sha256(files: inputs.files.tableFiles, scenario: scenario)
    let result = try Planner().plan(portfolio: inputs.portfolio, scenario: scenario, options: PlannerOptions(scenario: scenario), inputsSHA256: hash)
    let plan = result.plan
    switch plan.status {
    case .optimal:
      return (LoadedPlan(plan: plan, origin: "computed in process"), nil)
    case .limitReached where !plan.allocations.isEmpty:
      context.diagnostics.warning("a limit stopped the solver before optimality was proven; the report shows the best plan found (gap \(plan.gap))")
      return (LoadedPlan(plan: plan, origin: "computed in process (limit reached)"), .limitReached)
    case .infeasible:
      context.diagnostics.error("no plan satisfies every constraint, so there is nothing to report; these conflict:")
      for sentence in result.infeasibility?.sentences ?? [] { context.diagnostics.note(sentence) }
      return (nil, .infeasible)
    case .unbounded:
      context.diagnostics.error("the planning model is unbounded; there is no plan to report")
      return (nil, .unbounded)
    case .limitReached, .noSolution:
      context.diagnostics.error("a limit stopped the solver before it found any plan; run 'dcbplan plan' with a larger limit and pass --plan")
      return (nil, .limitReached)
    }
  }

  // MARK: - Ledger

  /// Reads and verifies the ledger named by `--ledger` (else `DCBPLAN_LEDGER`), or the shipped example.
  ///
  /// The example is found like the dataset: `Datasets/ledger/example.jsonl` under the working directory first, then
  /// the bundled resources. With a `key` (`--key-file`, else `DCBPLAN_LEDGER_KEY_FILE`, read as the `audit` commands
  /// read it) every entry's MAC is checked as well as the hash chain, as `dcbplan audit verify` does.
  ///
  /// - Returns: the ledger, or `nil` after printing the first bad entry when it fails verification (exit 4).
  /// - Throws: `CLIError.missingInput` (66) when the file is missing or unreadable.
  static func readLedger(_ path: String?, key: [UInt8]?, in context: CommandContext) throws(CLIError) -> LoadedLedger? {
    let chosen = path ?? context.environment["DCBPLAN_LEDGER"].flatMap { $0.isEmpty ? nil : $0 }
    let url: URL
    let name: String
    let isExample: Bool
    if let chosen {
      url = context.resolve(chosen)
      name = DataLocator.display(url, in: context)
      isExample = false
    } else {
      url = try exampleLedgerURL(in: context)
      name = "Datasets/\(exampleLedgerPath) (shipped example)"
      isExample = true
    }
    let shown = DataLocator.display(url, in: context)
    let store = LedgerStore(path: url.path, key: key, lockTimeoutMilliseconds: 10_000, lockPollMilliseconds: 5)
    let verification: LedgerVerification
    do {
      verification = try store.read()
    } catch {
      switch error {
      case .notFound: throw .missingInput(path: shown, reason: "ledger not found (give --ledger FILE; 'dcbplan audit init' creates one)")
      case .busy: throw .missingInput(path: shown, reason: "the ledger stayed locked by a writer; try again")
      default: throw .missingInput(path: shown, reason: "ledger cannot be read: \(error)")
      }
    }
    if let problem = verification.problem {
      context.diagnostics.error("\(shown): \(problem)")
      context.diagnostics.note("the report is refused: a ledger that does not verify cannot be reported on")
      return nil
    }
    return LoadedLedger(ledger: verification.ledger, name: name, isExample: isExample, macsChecked: verification.macsChecked)
  }

  /// `Datasets/ledger/example.jsonl` in the working directory, else in the bundled `Datasets/`.
  ///
  /// - Throws: `CLIError.missingInput` when neither exists.
  static func exampleLedgerURL(in context: CommandContext) throws(CLIError) -> URL {
    let local = context.workingDirectory.appendingPathComponent("Datasets").appendingPathComponent(exampleLedgerPath)
    if DataLocator.isFile(local) { return local }
    if let bundled = context.bundledDatasets?.appendingPathComponent(exampleLedgerPath), DataLocator.isFile(bundled) {
      return bundled
    }
    throw .missingInput(path: "Datasets/\(exampleLedgerPath)", reason: "no example ledger here and none bundled; give --ledger FILE")
  }

  /// The latest `plan-approved` entry, if any.
  static func approval(_ ledger: Ledger) -> PlanApprovedEvent? {
    for entry in ledger.entries.reversed() {
      if case .planApproved(let approval) = entry.event { return approval }
    }
    return nil
  }

  /// The inputs hash of the latest `plan-approved` entry, if any.
  static func approvedInputsSHA256(_ ledger: Ledger) -> String? { approval(ledger)?.inputsSHA256 }

  /// Warns when the ledger's baseline was approved for other inputs, or from another plan file, than the plan being
  /// reported: the audit part then follows a different schedule than the portfolio part.
  static func warnIfBaselineDiffers(ledger: LoadedLedger, plan: LoadedPlan, in context: CommandContext) {
    guard let approval = approval(ledger.ledger) else { return }
    if approval.inputsSHA256 != plan.plan.inputsSHA256 {
      context.diagnostics.warning(
        "\(ledger.name): the ledger's baseline was approved for inputs \(approval.inputsSHA256), the plan is for \(plan.plan.inputsSHA256)")
    } else if let file = plan.fileSHA256, file != approval.planSHA256 {
      context.diagnostics.warning(
        "\(ledger.name): the ledger's baseline was frozen from another plan (planSHA256 \(approval.planSHA256)); "
          + "the audit part follows that baseline, the portfolio part follows \(plan.origin)")
    }
  }

  /// How the report names the dataset: its path as a user would type it, or `Datasets/bih (bundled)`, never a
  /// machine-specific absolute path of the bundle.
  static func datasetName(_ inputs: PortfolioInputs, in context: CommandContext) -> String {
    let directory = inputs.location.datasetDirectory.standardizedFileURL.path
    if let bundled = context.bundledDatasets?.standardizedFileURL.path, directory.hasPrefix(bundled + "/") {
      return "Datasets/\(directory.dropFirst(bundled.count + 1)) (bundled)"
    }
    return DataLocator.display(inputs.location.datasetDirectory, in: context)
  }
}
