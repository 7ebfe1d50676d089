import Foundation
import PortfolioDomain
import PortfolioPlanning

/// `dcbplan compare A B`: two plans side by side.
struct CompareCommand: Command {
  static let name = "compare"
  static let abstract = "Compare two plans (scenario names or plan JSON files) side by side."
  static let discussion = """
    A and B are each a plan JSON file (written by 'dcbplan plan --format json') or a scenario
    ('default', a name under Config/scenarios, or a scenario file), which is planned first. Shows the candidates added,
    removed, or funded with another tier, start or set of sources; the money moved per source and
    year; and the change of each criterion and of the objective (B minus A).
    """
  static let arguments: [ArgumentSpec] = [
    .positional("A", help: "The first plan: a plan JSON file or a scenario name."),
    .positional("B", help: "The second plan: a plan JSON file or a scenario name."),
    .dataOption, AnalysisSupport.gapOption, .formatOption, .outOption,
  ]

  var a: String
  var b: String
  var data: String?
  var gap: Double?
  var format: AnalysisSupport.Format
  var out: String?

  init(parsing arguments: ParsedArguments) throws {
    guard let a = arguments.positional("A") else { throw UsageError.missingArgument("A") }
    guard let b = arguments.positional("B") else { throw UsageError.missingArgument("B") }
    self.a = a
    self.b = b
    data = arguments.value("data")
    gap = try arguments.gap()
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
  }

  /// The plan named by `argument`: a plan JSON file, or a scenario to plan.
  /// Whether `bytes` are meant as a plan: a JSON object with the plan contract's `allocations` or `inputsSHA256`
  /// (a scenario has neither), or JSON text cut short after such a key.
  static func looksLikePlan(_ bytes: Data) -> Bool {
    if let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] {
      return object["allocations"] != nil || object["inputsSHA256"] != nil
    }
    let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
    return text.contains("\"allocations\"") || text.contains("\"inputsSHA256\"")
  }

  func plan(_ argument: String, in context: CommandContext) throws -> PortfolioPlan? {
    let url = context.resolve(argument)
    if argument.hasSuffix(".json"), let bytes = FileManager.default.contents(atPath: url.path) {
      do {
        return try PortfolioPlan.decode(from: bytes)
      } catch where Self.looksLikePlan(bytes) {
        // A plan file that does not decode is reported as one, not re-read as a scenario.
        throw CLIError.invalidData("\(DataLocator.display(url, in: context)): not a plan json: \(error)")
      } catch {
        // Not a plan: a scenario file, read below.
      }
    }
    let variant = argument == "default" ? nil : argument
    guard let (session, inputs) = try AnalysisSupport.session(data: data, scenario: variant, gap: gap, in: context) else {
      return nil
    }
    var options = session.options
    options.explainLeftOut = false
    let hash = InputManifest.sha256(files: inputs.files.tableFiles, scenario: session.scenario)
    let result = try session.planner.plan(portfolio: session.portfolio, scenario: session.scenario, options: options, inputsSHA256: hash)
    guard !result.plan.allocations.isEmpty || result.plan.status == .optimal else {
      context.diagnostics.print(Diagnostic(.error, message: "scenario '\(argument)' has no plan (status \(result.plan.status.rawValue))"))
      return nil
    }
    return result.plan
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    guard let first = try plan(a, in: context), let second = try plan(b, in: context) else { return .invalidData }
    let comparison = PlanComparison(first, second)
    try ResultWriter.write(render(comparison, first: first, second: second), out: out, in: context)
    return .success
  }

  func render(_ c: PlanComparison, first: PortfolioPlan, second: PortfolioPlan) -> String {
    func allocation(_ x: Allocation) -> String { "\(x.candidate) \(x.tier) \(x.startYear)-\(x.finishYear)" }
    func sources(_ ids: [SourceID]) -> String { ids.map(\.rawValue).joined(separator: "+") }
    switch format {
    case .json:
      func json(_ x: Allocation) -> JSONOutput {
        .object([
          "candidate": .string(x.candidate.rawValue), "tier": .string(x.tier.rawValue), "startYear": .integer(Int64(x.startYear.rawValue)),
          "finishYear": .integer(Int64(x.finishYear.rawValue)), "totalUSD": .integer(x.totalFunding.wholeDollars),
        ])
      }
      return JSONOutput.object([
        "a": .string(a), "b": .string(b), "added": .array(c.added.map(json)), "removed": .array(c.removed.map(json)),
        "changed": .array(
          c.changed.map { .object(["before": json($0.before), "after": json($0.after), "sourcesBefore": .string(sources($0.sourcesBefore)), "sourcesAfter": .string(sources($0.sourcesAfter))]) }),
        "unchanged": .array(c.unchanged.map { .string($0.rawValue) }),
        "money": .array(
          c.moves.map {
            .object([
              "source": .string($0.source.rawValue), "year": .integer(Int64($0.year.rawValue)), "beforeUSD": .integer($0.before.wholeDollars),
              "afterUSD": .integer($0.after.wholeDollars), "deltaUSD": .integer($0.delta.wholeDollars),
            ])
          }),
        "criteria": .array(c.criteria.map { .object(["id": .string($0.criterion.rawValue), "before": .number($0.before), "after": .number($0.after)]) }),
        "objective": .object(["before": .number(c.objective.before), "after": .number(c.objective.after)]),
        "totalCostUSD": .object(["before": .integer(c.totalCost.before.wholeDollars), "after": .integer(c.totalCost.after.wholeDollars)]),
      ]).text
    case .csv:
      var writer = CSVWriter(header: ["change", "candidate", "before", "after"])
      for x in c.added { writer.append(["added", x.candidate.rawValue, "", allocation(x)]) }
      for x in c.removed { writer.append(["removed", x.candidate.rawValue, allocation(x), ""]) }
      for x in c.changed {
        writer.append(["changed", x.candidate.rawValue, allocation(x.before) + " " + sources(x.sourcesBefore), allocation(x.after) + " " + sources(x.sourcesAfter)])
      }
      for m in c.moves { writer.append(["money", "\(m.source) \(m.year)", "\(m.before.wholeDollars)", "\(m.after.wholeDollars)"]) }
      for k in c.criteria { writer.append(["criterion", k.criterion.rawValue, AnalysisSupport.number(k.before), AnalysisSupport.number(k.after)]) }
      writer.append(["objective", "", AnalysisSupport.number(c.objective.before, 6), AnalysisSupport.number(c.objective.after, 6)])
      return writer.text
    case .table:
      var text = "Comparing A = \(a) (scenario '\(first.scenario)') with B = \(b) (scenario '\(second.scenario)')\n\n"
      text += "objective \(AnalysisSupport.number(c.objective.before)) -> \(AnalysisSupport.number(c.objective.after))"
      text += " (\(AnalysisSupport.signed(c.objective.after - c.objective.before)));"
      text += " total cost \(c.totalCost.before.formatted) -> \(c.totalCost.after.formatted)\n\n"
      var criteria = TextTable(columns: [.init("criterion"), .init("A", .right), .init("B", .right), .init("B - A", .right)])
      for k in c.criteria {
        criteria.append([k.criterion.rawValue, AnalysisSupport.number(k.before, 3), AnalysisSupport.number(k.after, 3), AnalysisSupport.signed(k.delta, 3)])
      }
      text += criteria.render() + "\n"
      text += "added (\(c.added.count)): " + AnalysisSupport.list(c.added.map(allocation)) + "\n"
      text += "removed (\(c.removed.count)): " + AnalysisSupport.list(c.removed.map(allocation)) + "\n"
      text += "changed (\(c.changed.count)):\n"
      for x in c.changed {
        var parts: [String] = []
        if x.tierChanged { parts.append("tier \(x.before.tier) -> \(x.after.tier)") }
        if x.startChanged { parts.append("start \(x.before.startYear) -> \(x.after.startYear)") }
        if x.sourcesChanged { parts.append("sources \(sources(x.sourcesBefore)) -> \(sources(x.sourcesAfter))") }
        text += "  \(x.candidate): " + parts.joined(separator: "; ") + "\n"
      }
      text += "unchanged: \(c.unchanged.count)\n\nmoney moved (B - A) by source and year\n\n"
      var money = TextTable(columns: [.init("source"), .init("year", .right), .init("A", .right), .init("B", .right), .init("B - A", .right)])
      for m in c.moves {
        money.append([m.source.rawValue, "\(m.year)", m.before.formatted, m.after.formatted, (m.delta > .zero ? "+" : "") + m.delta.formatted])
      }
      text += c.moves.isEmpty ? "no money moved\n" : money.render()
      return text
    }
  }
}
