import PortfolioDomain

/// `dcbplan validate [--data DIR] [--scenario NAME|PATH]`: check the dataset and scenario, report every problem.
///
/// Prints a summary on stdout (what was read, counts, the cost of the mandatory items at their cheapest
/// tiers, each funding source's capacity, the number of findings), then every finding on stderr as
/// `error: file:line:col: message` with a `fix:` line. Exits 65 when any finding is an error, 0
/// otherwise (warnings never block). Writes no file.
struct ValidateCommand: Command {
  static let name = "validate"
  static let abstract = "Check the dataset and scenario and report every problem at once."
  static let discussion = """
    Prints a summary of the dataset on stdout and every finding on stderr as
    'error: file:line:col: message' or 'warning: ...', each with a fix. Exits 65 when
    there is an error; warnings never block. Nothing is written.
    """
  static let arguments: [ArgumentSpec] = [.dataOption, .scenarioOption]

  /// `--data DIR`.
  var data: String?
  /// `--scenario NAME|PATH`.
  var scenario: String?

  init(parsing arguments: ParsedArguments) throws {
    data = arguments.value("data")
    scenario = arguments.value("scenario")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    let inputs = try PortfolioInputs.load(data: data, scenario: scenario, in: context)
    context.stdout.write(Self.summary(of: inputs, in: context))
    inputs.printFindings(in: context)
    return inputs.hasErrors ? .invalidData : .success
  }

  /// The summary printed on stdout.
  static func summary(of inputs: PortfolioInputs, in context: CommandContext) -> String {
    let portfolio = inputs.portfolio
    let horizon = inputs.scenario?.horizon ?? PortfolioInputs.fallbackHorizon
    var text = "dataset   \(DataLocator.display(inputs.location.datasetDirectory, in: context))\n"
    text += "scenario  \(inputs.location.scenarioName)"
    text += " (horizon \(horizon.first)-\(horizon.last)"
    if let band = inputs.scenario?.dcbBudget {
      text += ", DCB budget \(MoneyFormat.dollars(cents: band.min.cents))..\(MoneyFormat.dollars(cents: band.max.cents)) USD"
    }
    text += ")\n\n"

    let candidates = portfolio.candidates
    let tiers = candidates.flatMap(\.tiers)
    var counts = TextTable(columns: [.init("table"), .init("rows", .right), .init("detail")])
    counts.append(["firms", "\(portfolio.firms.count)", countsByEntity(portfolio)])
    counts.append(["candidates", "\(candidates.count)", countsByKind(candidates)])
    counts.append(["tiers", "\(tiers.count)", ""])
    counts.append(["milestones", "\(tiers.map(\.milestones.count).reduce(0, +))", ""])
    counts.append(["sources", "\(portfolio.sources.count)", ""])
    counts.append(["relations", "\(portfolio.relations.count)", countsByRelation(portfolio.relations)])
    text += counts.render() + "\n"

    let mandatory = portfolio.mandatoryCandidates
    text += "mandatory items: \(mandatory.count), costing \(MoneyFormat.dollars(cents: portfolio.mandatoryMinimumCost.cents)) USD"
    text += " at their cheapest tiers\n\n"

    var sources = TextTable(columns: [
      .init("source"), .init("kind"), .init("max total (USD)", .right), .init("yearly caps \(horizon.first)-\(horizon.last) (USD)", .right),
      .init("capacity (USD)", .right), .init("max share", .right),
    ])
    for source in portfolio.sources {
      let capacity = SourceCapacity(source: source, scenario: inputs.scenario, horizon: horizon)
      sources.append([
        source.id.rawValue, source.kind.rawValue, capacity.maxTotalText, capacity.yearlyText, capacity.capacityText,
        "\(source.maxSharePercent)%",
      ])
    }
    text += sources.render() + "\n"
    let errors = inputs.findings.filter { $0.severity == .error }.count
    let warnings = inputs.findings.filter { $0.severity == .warning }.count
    text += "findings: \(plural(errors, "error")), \(plural(warnings, "warning"))\n"
    return text
  }

  private static func countsByKind(_ candidates: [Candidate]) -> String {
    CandidateKind.allCases.compactMap { kind in
      let count = candidates.filter { $0.kind == kind }.count
      return count == 0 ? nil : "\(kind.rawValue) \(count)"
    }.joined(separator: ", ")
  }

  private static func countsByEntity(_ portfolio: Portfolio) -> String {
    Entity.allCases.compactMap { entity in
      let count = portfolio.firms.filter { $0.entity == entity }.count
      return count == 0 ? nil : "\(entity.rawValue) \(count)"
    }.joined(separator: ", ")
  }

  private static func countsByRelation(_ relations: [Relation]) -> String {
    Relation.Kind.allCases.compactMap { kind in
      let count = relations.filter { $0.kind == kind }.count
      return count == 0 ? nil : "\(kind.rawValue) \(count)"
    }.joined(separator: ", ")
  }

  private static func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
