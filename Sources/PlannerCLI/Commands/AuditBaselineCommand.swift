import Foundation
import Hashing
import PortfolioAudit
import PortfolioDomain

/// `dcbplan audit baseline --plan FILE [--data DIR] [--scenario NAME]`: freeze an approved plan into the ledger.
struct AuditBaselineCommand: Command {
  static let name = "baseline"
  static let abstract = "Freeze an approved plan as the baseline (plan-approved + baseline entries)."
  static let discussion = """
    Reads the plan JSON and the dataset and scenario it was made from. The plan's inputsSHA256
    must equal the hash of the data given (DESIGN §3), else nothing is written (exit 65). Each
    funded candidate's milestones get planned dates (last day of month_offset from January of
    the start year) and planned values (tier cost x EV weight, to the cent, adding up to BAC).
    """
  static let arguments: [ArgumentSpec] =
    AuditLedgerOptions.arguments + AuditLedgerOptions.writerArguments + [
      .option("plan", value: "FILE", help: "The approved plan (dcbplan plan --format json)."),
      .dataOption, .scenarioOption,
      .option("approver", value: "NAME", help: "Who approved the plan (default: the author)."),
    ]

  var ledger: AuditLedgerOptions
  var writer: AuditWriterOptions
  var plan: String
  var data: String?
  var scenario: String?
  var approver: String?

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
    writer = try AuditWriterOptions(parsing: arguments)
    guard let plan = arguments.value("plan") else { throw UsageError.missingValue(option: "plan") }
    self.plan = plan
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    approver = arguments.value("approver")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    let planURL = context.resolve(plan)
    guard let planData = FileManager.default.contents(atPath: planURL.path) else {
      throw CLIError.missingInput(path: DataLocator.display(planURL, in: context), reason: "plan file cannot be read")
    }
    let portfolioPlan: PortfolioPlan
    do {
      portfolioPlan = try PortfolioPlan.decode(from: planData)
    } catch {
      throw CLIError.invalidData("\(DataLocator.display(planURL, in: context)): not a plan json: \(error)")
    }
    let inputs = try PortfolioInputs.load(data: data, scenario: scenario, in: context)
    if inputs.hasErrors {
      inputs.printFindings(in: context)
      return .invalidData
    }
    guard let resolved = inputs.scenario else { throw CLIError.invalidData("the scenario could not be resolved") }
    let manifest = AuditInputManifest.sha256(
      files: inputs.files.tableFiles.map { ($0.name, $0.contents) } + [("scenario.json", resolved.canonicalJSONBytes)])
    let planSHA256 = SHA256.hash(Array(planData)).hex
    let baseline: BaselineEvent
    do {
      baseline = try BaselineBuilder.baseline(
        plan: portfolioPlan, portfolio: inputs.portfolio, dataInputsSHA256: manifest, planSHA256: planSHA256)
    } catch {
      throw CLIError.invalidData("\(DataLocator.display(planURL, in: context)): \(error)")
    }
    let author = writer.author(in: context)
    let approval = BaselineBuilder.approval(plan: portfolioPlan, planSHA256: planSHA256, approver: approver ?? author)
    return try AuditOutcome.run(in: context) {
      let store = try ledger.store(in: context)
      let entries = try store.append([.planApproved(approval), .baseline(baseline)], time: writer.time(in: context), author: author)
      let milestones = baseline.candidates.map(\.milestones.count).reduce(0, +)
      context.stdout.line(
        "recorded entries \(entries.map { String($0.seq) }.joined(separator: ", ")) (plan-approved, baseline) in \(ledger.display(in: context))")
      context.stdout.line(
        "baseline: \(baseline.candidates.count) candidates, \(milestones) milestones, BAC \(MoneyFormat.dollars(cents: baseline.bac.cents)) USD")
      context.stdout.line("inputs   \(manifest)")
      return .success
    }
  }
}
