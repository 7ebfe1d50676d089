import PortfolioDomain

/// `dcbplan list firms|candidates|sources|milestones [--format table|csv|json]`: one table of the dataset.
///
/// The dataset is read and validated first; if it has errors they are printed on stderr and the
/// command exits 65 without listing anything. Rows keep file order. Money is whole US dollars.
struct ListCommand: Command {
  /// The tables `list` can show.
  enum Table: String, CaseIterable {
    case firms, candidates, sources, milestones
  }

  static let name = "list"
  static let abstract = "List the dataset's firms, candidates, sources or milestones."
  static let discussion = """
    Money is in whole US dollars. CSV and JSON carry the same columns as the table,
    with plain numbers; JSON keys are sorted.
    """
  static let arguments: [ArgumentSpec] = [
    .positional("TABLE", help: "The table to list.", choices: Table.allCases.map(\.rawValue)),
    .formatOption, .outOption, .dataOption, .scenarioOption,
  ]

  var table: Table
  var format: OutputFormat
  var out: String?
  var data: String?
  var scenario: String?

  init(parsing arguments: ParsedArguments) throws {
    let name = arguments.positional("TABLE") ?? ""
    guard let table = Table(rawValue: name) else { throw UsageError.missingArgument("TABLE") }
    self.table = table
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
    data = arguments.value("data")
    scenario = arguments.value("scenario")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    let inputs = try PortfolioInputs.load(data: data, scenario: scenario, in: context)
    if inputs.hasErrors {
      for finding in inputs.findings where finding.severity == .error { context.diagnostics.print(finding) }
      context.diagnostics.note("run 'dcbplan validate' for the full report")
      return .invalidData
    }
    let listing: Listing =
      switch table {
      case .firms: Self.firms(inputs.portfolio)
      case .candidates: Self.candidates(inputs.portfolio)
      case .sources: Self.sources(inputs.portfolio)
      case .milestones: Self.milestones(inputs.portfolio)
      }
    try ResultWriter.write(listing.render(format), out: out, in: context)
    return .success
  }

  static func firms(_ portfolio: Portfolio) -> Listing {
    var listing = Listing(columns: [
      .init("id", csv: "id", json: "id"),
      .init("name", csv: "name", json: "name"),
      .init("town", csv: "town", json: "town"),
      .init("entity", csv: "entity", json: "entity"),
      .init("sector", csv: "sector", json: "sector"),
      .init("employees", csv: "employees", json: "employees", rightAligned: true),
      .init("exports (USD)", csv: "export_usd", json: "exportUSD", rightAligned: true),
      .init("absorptive capacity (USD/yr)", csv: "absorptive_capacity_usd", json: "absorptiveCapacityUSD", rightAligned: true),
    ])
    for firm in portfolio.firms {
      listing.append([
        .text(firm.id.rawValue), .text(firm.name), .text(firm.town), .text(firm.entity.rawValue), .text(firm.sector),
        firm.employees.map { .integer($0) } ?? .none, dollars(firm.exportUSD), dollars(firm.absorptiveCapacity),
      ])
    }
    return listing
  }

  static func candidates(_ portfolio: Portfolio) -> Listing {
    var listing = Listing(columns: [
      .init("id", csv: "id", json: "id"),
      .init("kind", csv: "kind", json: "kind"),
      .init("firm", csv: "firm_id", json: "firm"),
      .init("partner", csv: "partner", json: "partner"),
      .init("mandatory", csv: "mandatory", json: "mandatory"),
      .init("start", csv: "start_window", json: "startWindow"),
      .init("tiers", csv: "tiers", json: "tiers"),
      .init("min cost (USD)", csv: "min_cost_usd", json: "minCostUSD", rightAligned: true),
      .init("title", csv: "title", json: "title"),
    ])
    for candidate in portfolio.candidates {
      listing.append([
        .text(candidate.id.rawValue), .text(candidate.kind.rawValue), text(candidate.firm?.rawValue),
        text(candidate.partner?.rawValue), .bool(candidate.mandatory),
        .text("\(candidate.earliestStart)-\(candidate.latestStart)"), .list(candidate.tiers.map(\.id.rawValue)),
        dollars(candidate.minimumCost), .text(candidate.title),
      ])
    }
    return listing
  }

  static func sources(_ portfolio: Portfolio) -> Listing {
    var listing = Listing(columns: [
      .init("id", csv: "id", json: "id"),
      .init("kind", csv: "kind", json: "kind"),
      .init("country", csv: "country", json: "country"),
      .init("min total (USD)", csv: "min_total_usd", json: "minTotalUSD", rightAligned: true),
      .init("max total (USD)", csv: "max_total_usd", json: "maxTotalUSD", rightAligned: true),
      .init("max share %", csv: "max_share_percent", json: "maxSharePercent", rightAligned: true),
      .init("yearly caps", csv: "yearly_caps", json: "yearlyCaps"),
      .init("eligible", csv: "eligibility", json: "eligibility"),
      .init("name", csv: "name", json: "name"),
    ])
    for source in portfolio.sources {
      listing.append([
        .text(source.id.rawValue), .text(source.kind.rawValue), text(source.country), dollars(source.minTotal),
        dollars(source.maxTotal), .integer(source.maxSharePercent),
        .list(source.yearlyCaps.map { "\($0.year):\($0.max.wholeDollars)" }),
        .list(source.eligibility.map { "\($0.ruleName)=\($0.value)" }), .text(source.name),
      ])
    }
    return listing
  }

  static func milestones(_ portfolio: Portfolio) -> Listing {
    var listing = Listing(columns: [
      .init("candidate", csv: "candidate_id", json: "candidate"),
      .init("tier", csv: "tier", json: "tier"),
      .init("milestone", csv: "milestone_id", json: "milestone"),
      .init("month", csv: "month_offset", json: "monthOffset", rightAligned: true),
      .init("EV weight %", csv: "ev_weight_percent", json: "evWeightPercent", rightAligned: true),
      .init("title", csv: "title", json: "title"),
    ])
    for candidate in portfolio.candidates {
      for tier in candidate.tiers {
        for milestone in tier.milestones {
          listing.append([
            .text(candidate.id.rawValue), .text(tier.id.rawValue), .text(milestone.id.rawValue),
            .integer(milestone.monthOffset), .integer(milestone.evWeightPercent), .text(milestone.title),
          ])
        }
      }
    }
    return listing
  }

  private static func dollars(_ money: Money?) -> Listing.Cell {
    money.map { .dollars($0.wholeDollars) } ?? .none
  }

  private static func text(_ value: String?) -> Listing.Cell {
    value.map { .text($0) } ?? .none
  }
}
