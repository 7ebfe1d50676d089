import Foundation
import PortfolioAudit
import PortfolioDomain
import PortfolioReports

/// `dcbplan report portfolio|audit|all`: the portfolio and audit reports as Markdown, HTML, CSV, JSON or IATI XML
/// (issue 8).
///
/// The portfolio part comes from `--plan FILE` (checked against the data's inputs hash) or, without it, from the
/// planner run in process; the audit part from `--ledger FILE` or the shipped example ledger, which the report then
/// says it is. Every date comes from `--as-of` (default: the last ledger entry's date, else the plan's horizon
/// start), never the clock, so the same inputs give the same bytes. Exit codes: 66 missing input, 65 bad input,
/// 73 unwritable output, 4 a ledger that fails verification (the first bad entry named), and for an in-process
/// solve 2, 3 or 5 as `plan`.
struct ReportCommand: Command {
  static let name = "report"
  static let abstract = "Write the portfolio and audit reports (md, html, csv, json, or IATI XML)."
  static let discussion = """
    portfolio: executive summary, funded and left-out lists, money by year and source against the caps,
    criteria against goals, a Gantt chart. audit: earned value per project and rolled up, stoplights,
    overdue milestones, variances, findings, BEI and the ledger checkpoint. all: both in one document.
    The plan is --plan FILE (dcbplan plan --format json; its inputsSHA256 must match --data and
    --scenario) or, without it, solved here. The ledger is --ledger FILE (or $DCBPLAN_LEDGER) or, without
    it, the shipped example Datasets/ledger/example.jsonl, and the report says so. With a key
    (--key-file FILE or $DCBPLAN_LEDGER_KEY_FILE, as for audit) entry MACs are checked too; without
    one, a ledger whose entries carry MACs is reported as not MAC-checked. A ledger that does not
    verify is refused (exit 4). --format html writes one self-contained file (inline CSS and SVG,
    no script, no URL); csv writes one file per table into the folder --out DIR; iati writes IATI 2.03
    activity XML for the funded DCB projects (with ledger costs and milestones unless the part is
    portfolio). Dates come from --as-of (default: the last ledger entry's date, else 1 January of the
    plan's first year), never from the clock: the same inputs give the same bytes.
    --include frontier,sweep,explain,robust (portfolio and all) adds those analyses, run here on the
    same data and scenario with the defaults of their commands (robust: --samples, --seed).
    """
  static let arguments: [ArgumentSpec] = [
    .positional("PART", help: "What to report.", choices: ReportPart.allCases.map(\.rawValue)),
    .option("format", value: "FORMAT", help: "Output format (default md).", choices: ReportOutputFormat.allCases.map(\.rawValue)),
    .option("out", short: "o", value: "FILE|DIR", help: "Write to FILE (atomically) instead of stdout; csv: the folder DIR."),
    .option("as-of", value: "DATE", help: "Report date YYYY-MM-DD (default: last ledger entry, else horizon start)."),
    .option("ledger", value: "FILE", help: "The ledger (default: $DCBPLAN_LEDGER, else the shipped example)."),
    .option(
      "key-file", value: "FILE",
      help: "Raw HMAC key to check entry MACs (default: $DCBPLAN_LEDGER_KEY_FILE; none: MACs not checked)."),
    .option("plan", value: "FILE", help: "The plan JSON (default: solve the data and scenario now)."),
    .repeatable("include", value: "LIST", help: "Add analyses, comma-separated: frontier, sweep, explain, robust."),
    .option("samples", value: "N", help: "Samples of the included robust analysis (default: the scenario's)."),
    .option("seed", value: "S", help: "Seed of the included robust analysis (default: the scenario's)."),
    .dataOption, .scenarioOption, .quiet,
  ]

  var part: ReportPart
  var format: ReportOutputFormat
  var out: String?
  var asOf: ReportDate?
  var ledger: String?
  /// `--key-file` (else `DCBPLAN_LEDGER_KEY_FILE`), read by the `audit` commands' own code.
  var keyFile: String?
  var plan: String?
  var data: String?
  var scenario: String?
  var analyses: ReportAnalysisRunner

  init(parsing arguments: ParsedArguments) throws {
    guard let text = arguments.positional("PART") else { throw UsageError.missingArgument("PART") }
    guard let part = ReportPart(rawValue: text) else {
      throw UsageError.invalidValue(option: "PART", value: text, reason: "expected portfolio, audit or all")
    }
    self.part = part
    format = try arguments.choice("format") ?? .md
    out = arguments.value("out")
    if let text = arguments.value("as-of") {
      guard let date = ReportDate(iso: text) else {
        throw UsageError.invalidValue(option: "as-of", value: text, reason: "expected a date YYYY-MM-DD")
      }
      asOf = date
    }
    ledger = arguments.value("ledger")
    keyFile = arguments.value("key-file")
    plan = arguments.value("plan")
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    analyses = ReportAnalysisRunner(
      analyses: try ReportAnalysis.parse(arguments.values("include")), samples: try arguments.integer("samples", in: 1...1_000_000),
      quiet: arguments.flag("quiet"))
    if let raw = arguments.value("seed") {
      guard let value = UInt64(raw) else {
        throw UsageError.invalidValue(option: "--seed", value: raw, reason: "expected a whole number from 0 to 18446744073709551615")
      }
      analyses.seed = value
    }
  }

  func validate() throws {
    if format == .csv && (out == nil || out == "-") {
      throw UsageError.conflict("--format csv writes one file per table: give the folder with --out DIR")
    }
    if !analyses.analyses.isEmpty && (part == .audit || format == .iati) {
      throw UsageError.conflict("--include adds analyses to the portfolio part: use it with portfolio or all, not audit or --format iati")
    }
    if (analyses.samples != nil || analyses.seed != nil) && !analyses.analyses.contains(.robust) {
      throw UsageError.conflict("--samples and --seed belong to the robust analysis: add --include robust")
    }
  }

  /// Whether this run needs a plan: the portfolio part, and IATI (activities are the plan's funded projects).
  var needsPlan: Bool { part != .audit || format == .iati || plan != nil }
  /// Whether this run needs the ledger: the audit part.
  var needsLedger: Bool { part != .portfolio }

  func run(in context: CommandContext) throws -> ExitStatus {
    let inputs = try PortfolioInputs.load(data: data, scenario: scenario, in: context)
    guard !inputs.hasErrors, let scenario = inputs.scenario else {
      for finding in inputs.findings where finding.severity == .error { context.diagnostics.print(finding) }
      context.diagnostics.note("run 'dcbplan validate' for the full report")
      return .invalidData
    }
    // The ledger first: a refused ledger must not cost a solve.
    var loadedLedger: ReportSources.LoadedLedger?
    if needsLedger {
      guard let read = try ReportSources.readLedger(ledger, key: try AuditLedgerOptions.key(file: keyFile, in: context), in: context) else {
        return .ledgerVerificationFailed
      }
      if !read.ledger.entries.contains(where: { if case .baseline = $0.event { true } else { false } }) {
        context.diagnostics.warning("\(read.name): no baseline yet, so the audit part has no projects ('dcbplan audit baseline --plan FILE')")
      }
      loadedLedger = read
    }
    var loadedPlan: ReportSources.LoadedPlan?
    var planStatus: ExitStatus = .success
    if needsPlan {
      if let plan {
        loadedPlan = try ReportSources.readPlan(plan, inputs: inputs, scenario: scenario, in: context)
      } else {
        let (computed, status) = try ReportSources.computePlan(inputs: inputs, scenario: scenario, in: context)
        guard let computed else { return status ?? .limitReached }
        loadedPlan = computed
        planStatus = status ?? .success
      }
    }
    if let loadedLedger, let loadedPlan {
      ReportSources.warnIfBaselineDiffers(ledger: loadedLedger, plan: loadedPlan, in: context)
    }
    var appendix: [ReportSection] = []
    if loadedPlan != nil {
      switch try analyses.sections(inputs: inputs, scenario: scenario, in: context) {
      case .success(let sections): appendix = sections
      case .failure(let code): return code.status
      }
    }
    let date = asOf ?? ReportDate.defaultAsOf(ledger: loadedLedger?.ledger, horizonStart: scenario.horizon.first)
    let files = render(
      ReportMaterial(
        inputs: inputs, scenario: scenario, plan: loadedPlan, ledger: loadedLedger, asOf: date,
        datasetName: ReportSources.datasetName(inputs, in: context), appendix: appendix))
    try ReportWriter.write(files, format: format, out: out, in: context)
    return planStatus
  }

  /// What the builders read.
  struct ReportMaterial {
    var inputs: PortfolioInputs
    var scenario: Scenario
    var plan: ReportSources.LoadedPlan?
    var ledger: ReportSources.LoadedLedger?
    var asOf: ReportDate
    var datasetName: String
    /// The sections of the `--include`d analyses, appended to the portfolio part.
    var appendix: [ReportSection] = []
  }

  /// The report's files for the part and format.
  func render(_ material: ReportMaterial) -> [ReportFile] {
    let auditBuilder = material.ledger.map { ledger in
      AuditReportBuilder(
        ledger: ledger.ledger, ledgerName: ledger.name, verified: true, macsChecked: ledger.macsChecked, portfolio: material.inputs.portfolio,
        asOf: material.asOf,
        inputsSHA256: material.plan?.plan.inputsSHA256 ?? ReportSources.approvedInputsSHA256(ledger.ledger),
        datasetName: material.datasetName, scenarioName: material.scenario.name, isExampleLedger: ledger.isExample)
    }
    if format == .iati {
      guard let plan = material.plan?.plan else { return [] }
      let xml = IATIRenderer(options: IATIOptions()).render(
        plan: plan, portfolio: material.inputs.portfolio, audit: auditBuilder?.snapshot, asOf: material.asOf)
      return [ReportFile(fileName: "\(part.baseName).xml", contents: xml)]
    }
    var documents: [ReportDocument] = []
    if part != .audit, let plan = material.plan?.plan {
      documents.append(
        PortfolioReportBuilder(
          plan: plan, portfolio: material.inputs.portfolio, scenario: material.scenario, asOf: material.asOf,
          datasetName: material.datasetName, appendix: material.appendix
        ).build())
    }
    if let auditBuilder { documents.append(auditBuilder.build()) }
    let document: ReportDocument?
    if documents.count == 1 {
      document = documents.first
    } else {
      document = ReportDocument.combined(title: "DCB portfolio and audit report", documents)
    }
    guard let document, let renderFormat = format.documentFormat else { return [] }
    return renderFormat.render(document, baseName: part.baseName)
  }
}

/// The positional `PART` of `report`.
enum ReportPart: String, CaseIterable, Sendable {
  case portfolio, audit, all

  /// The base of the output file name when `--out` names a folder (`portfolio.html`, `report.html`).
  var baseName: String {
    switch self {
    case .portfolio: "portfolio"
    case .audit: "audit"
    case .all: "report"
    }
  }
}

/// The `--format` values of `report`.
enum ReportOutputFormat: String, CaseIterable, Sendable {
  case md, html, csv, json, iati

  /// The document renderer, or `nil` for IATI (which reads the plan and ledger, not the document).
  var documentFormat: ReportFormat? {
    switch self {
    case .md: .md
    case .html: .html
    case .csv: .csv
    case .json: .json
    case .iati: nil
    }
  }
}
