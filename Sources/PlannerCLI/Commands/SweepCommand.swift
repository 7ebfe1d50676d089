import PortfolioDomain
import PortfolioPlanning

/// `dcbplan sweep`: the optimal plan at each level of the DCB fund's budget maximum.
struct SweepCommand: Command {
  static let name = "sweep"
  static let abstract = "Re-plan at each level of the DCB budget's maximum and show what each extra $1M buys."
  static let discussion = """
    Steps the maximum of the DCB fund's budget band through --budget A..B (default: the scenario's
    band) in steps of --step (default 0.5M); the band's floor stays as the scenario sets it. Each
    level is the planner's full solve. 'per $1M' is the objective's improvement over the previous
    level divided by the step in millions; 'LP dual' is the budget row's dual in the LP relaxation
    at that level, per $1M (an optimistic local rate; 0 when the budget does not bind). Entering (+),
    leaving (-) and retimed (~) candidates are against the previous level.
    """
  static let arguments: [ArgumentSpec] = [
    .dataOption, .scenarioOption,
    .option("budget", value: "A..B", help: "Range of the band's maximum (default: the scenario's band, 48M..53M)."),
    .option("step", value: "AMOUNT", help: "Step between levels (default 0.5M)."),
    AnalysisSupport.gapOption, .formatOption, .outOption, .quiet,
  ]

  var data: String?
  var scenario: String?
  var budget: AmountRange?
  var step: AmountRange?
  var gap: Double?
  var format: AnalysisSupport.Format
  var out: String?
  var quiet: Bool

  init(parsing arguments: ParsedArguments) throws {
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    budget = try arguments.amount("budget")
    step = try arguments.amount("step")
    gap = try arguments.gap()
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
    quiet = arguments.flag("quiet")
  }

  /// The most budget levels one sweep solves (each level is a full MILP solve).
  static let maximumLevels = 1_000

  func validate() throws {
    if let step, step.lower != nil || step.upper <= 0 {
      throw UsageError.invalidValue(option: "--step", value: step.description, reason: "expected one positive amount")
    }
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    guard let (session, _) = try AnalysisSupport.session(data: data, scenario: scenario, gap: gap, in: context) else {
      return .invalidData
    }
    let band = session.scenario.dcbBudget
    let lower = budget.map { Money(dollars: $0.lower ?? $0.upper) } ?? band.min
    let upper = budget.map { Money(dollars: $0.upper) } ?? band.max
    let stepDollars = step?.upper ?? 500_000
    // Each level is a full MILP solve: refuse a sweep that could not finish in any reasonable time.
    let levelCount = max(0, upper.cents - lower.cents) / (stepDollars * 100) + 1
    guard levelCount <= Self.maximumLevels else {
      throw UsageError.invalidValue(
        option: "--step", value: step?.description ?? "500,000",
        reason: "the sweep would solve \(levelCount) budget levels; at most \(Self.maximumLevels) are allowed (use a larger step)")
    }
    let levels = BudgetSweep.levels(from: lower, to: upper, step: Money(dollars: stepDollars))
    let progress = AnalysisSupport.progress("sweep", total: levels.count, unit: "levels", quiet: quiet, in: context)
    let result = try BudgetSweep(session: session).run(levels: levels, progress: progress.handler)
    progress.bar.finish()
    try ResultWriter.write(render(result, scenario: session.scenario), out: out, in: context)
    return result.levels.contains { $0.objective != nil } ? .success : .infeasible
  }

  func render(_ result: SweepResult, scenario: Scenario) -> String {
    let criteria = scenario.criteria.map(\.id)
    func achieved(_ level: SweepLevel, _ id: CriterionID) -> String {
      level.criteria.first { $0.criterion == id }.map { AnalysisSupport.number($0.achieved, 3) } ?? "-"
    }
    switch format {
    case .json:
      return JSONOutput.object([
        "floorUSD": .integer(result.floor.wholeDollars), "gap": .number(result.gap),
        "levels": .array(
          result.levels.map { level in
            .object([
              "budgetMaxUSD": .integer(level.budgetMax.wholeDollars), "status": .string(AnalysisSupport.status(level.status)),
              "objective": .optional(level.objective) { .number($0) },
              "criteria": .array(level.criteria.map { .object(["id": .string($0.criterion.rawValue), "achieved": .number($0.achieved)]) }),
              "dcbSpentUSD": .optional(level.dcbSpent) { .integer($0.wholeDollars) },
              "totalCostUSD": .optional(level.totalCost) { .integer($0.wholeDollars) },
              "marginalPerMillion": .optional(level.marginalPerMillion) { .number($0) },
              "relaxationDualPerMillion": .optional(level.relaxationDualPerMillion) { .number($0) },
              "funded": .array(level.choices.map(AnalysisSupport.json)), "change": AnalysisSupport.json(level.change),
            ])
          }),
      ]).text
    case .csv:
      var writer = CSVWriter(
        header: ["budget_max_usd", "status", "objective"] + criteria.map(\.rawValue)
          + ["dcb_spent_usd", "per_million", "lp_dual_per_million", "entering", "leaving"])
      for level in result.levels {
        writer.append(
          ["\(level.budgetMax.wholeDollars)", AnalysisSupport.status(level.status), level.objective.map { AnalysisSupport.number($0, 6) } ?? ""]
            + criteria.map { achieved(level, $0) }
            + [
              level.dcbSpent.map { "\($0.wholeDollars)" } ?? "", level.marginalPerMillion.map { AnalysisSupport.number($0, 6) } ?? "",
              level.relaxationDualPerMillion.map { AnalysisSupport.number($0, 6) } ?? "",
              (level.change.entering.map(\.candidate.rawValue) + level.change.changed.map(\.new.candidate.rawValue)).joined(separator: ";"),
              level.change.leaving.map(\.candidate.rawValue).joined(separator: ";"),
            ])
      }
      return writer.text
    case .table:
      var text = "Budget sweep: the DCB fund's maximum from \(result.levels.first?.budgetMax.formatted ?? "-")"
      text += " to \(result.levels.last?.budgetMax.formatted ?? "-"); floor \(result.floor.formatted); gap \(result.gap)\n\n"
      var table = TextTable(
        columns: [.init("budget max", .right), .init("objective", .right)] + criteria.map { .init($0.rawValue, .right) }
          + [.init("DCB spent", .right), .init("per $1M", .right), .init("LP dual", .right), .init("entering"), .init("leaving")])
      for (index, level) in result.levels.enumerated() {
        let change = AnalysisSupport.summary(level.change)
        table.append(
          [level.budgetMax.formatted, level.objective.map { AnalysisSupport.number($0) } ?? AnalysisSupport.status(level.status)]
            + criteria.map { achieved(level, $0) }
            + [
              level.dcbSpent?.formatted ?? "-", level.marginalPerMillion.map { AnalysisSupport.signed($0) } ?? "-",
              level.relaxationDualPerMillion.map { AnalysisSupport.number($0) } ?? "-", index == 0 ? "(first level)" : change.entering,
              index == 0 ? "" : change.leaving,
            ])
      }
      return text + table.render()
    }
  }
}
