import PortfolioDomain
import PortfolioPlanning

/// `dcbplan frontier`: the Pareto frontier between two criteria by the epsilon-constraint method.
struct FrontierCommand: Command {
  static let name = "frontier"
  static let abstract = "Show the Pareto frontier between two criteria (epsilon-constraint, non-convex points included)."
  static let discussion = """
    Maximizes the y criterion subject to the x criterion reaching epsilon, stepping epsilon from the
    point that is best on y to the point that is best on x; a second, lexicographic solve at each
    point maximizes x at that y, so no point is dominated. Unlike a weighted sum it finds the points
    inside the convex hull. --exact steps epsilon just above the last x found and so enumerates every
    non-dominated point. Achievements are untimed sums of the funded tiers' likely scores; every other
    constraint of the plan holds. Each point lists the candidates entering (+), leaving (-) or
    retimed (~) against the previous point. Each point's first solve stops after --node-limit nodes
    (grid mode: 10000, or the scenario's limit if smaller; --exact: the scenario's limit), its
    lexicographic solve after a 25th of that, and the solve for the largest x after a tenth: a
    stopped solve gives a feasible point and a proven upper bound on its y, shown as "y bound"; such
    points are marked unproven (unless that bound, or a lower level's, is y itself), and an --exact
    run with one is not exhaustive. A level whose solve stopped takes any point found at another
    level that reaches its epsilon with more y.
    """
  static let arguments: [ArgumentSpec] = [
    .dataOption, .scenarioOption,
    .option("x", value: "CRITERION", help: "Criterion on the x axis (default: interoperability, or the first)."),
    .option("y", value: "CRITERION", help: "Criterion on the y axis (default: exports, or the second)."),
    .option("points", value: "N", help: "Number of epsilon levels (default 20)."),
    .flag("exact", help: "Enumerate every non-dominated point."),
    .option("node-limit", value: "N", help: "Nodes per point (default 10000 with --points; the scenario's with --exact)."),
    AnalysisSupport.gapOption, .formatOption, .outOption, .quiet,
  ]

  var data: String?
  var scenario: String?
  var x: String?
  var y: String?
  var points: Int?
  var exact: Bool
  var nodeLimit: Int?
  var gap: Double?
  var format: AnalysisSupport.Format
  var out: String?
  var quiet: Bool

  init(parsing arguments: ParsedArguments) throws {
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    x = arguments.value("x")
    y = arguments.value("y")
    points = try arguments.integer("points", in: 2...10_000)
    exact = arguments.flag("exact")
    nodeLimit = try arguments.integer("node-limit", in: 1...Int.max)
    gap = try arguments.gap()
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
    quiet = arguments.flag("quiet")
  }

  func validate() throws {
    if exact && points != nil { throw UsageError.conflict("--points and --exact cannot be used together") }
  }

  /// The criterion named `given`, or the preferred default, or the one at `position`.
  static func criterion(_ given: String?, preferred: String, position: Int, in scenario: Scenario, option: String) throws -> CriterionID {
    let ids = scenario.criteria.map(\.id)
    if let given {
      guard ids.contains(CriterionID(given)) else {
        throw UsageError.invalidValue(
          option: option, value: given, reason: "not a criterion of the scenario (\(ids.map(\.rawValue).joined(separator: ", ")))")
      }
      return CriterionID(given)
    }
    if ids.contains(CriterionID(preferred)) { return CriterionID(preferred) }
    guard position < ids.count else { throw UsageError.conflict("the scenario needs two criteria for a frontier") }
    return ids[position]
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    guard let (session, _) = try AnalysisSupport.session(data: data, scenario: scenario, gap: gap, in: context) else {
      return .invalidData
    }
    let xID = try Self.criterion(x, preferred: "interoperability", position: 0, in: session.scenario, option: "--x")
    var yID = try Self.criterion(y, preferred: "exports", position: 1, in: session.scenario, option: "--y")
    if y == nil && yID == xID, let other = session.scenario.criteria.map(\.id).first(where: { $0 != xID }) { yID = other }
    let analysis: FrontierAnalysis
    do {
      analysis = try FrontierAnalysis(session: session, x: xID, y: yID)
    } catch {
      throw UsageError.conflict("\(error)")
    }
    let levels = points ?? 20
    let progress = AnalysisSupport.progress("frontier", total: exact ? 0 : levels, unit: "points", quiet: quiet, in: context)
    let result = try analysis.run(points: levels, exact: exact, nodeLimit: nodeLimit, progress: progress.handler)
    progress.bar.finish()
    try ResultWriter.write(render(result, scenario: session.scenario), out: out, in: context)
    return result.points.isEmpty ? .infeasible : .success
  }

  func render(_ result: FrontierResult, scenario: Scenario) -> String {
    switch format {
    case .json: return json(result).text
    case .csv:
      var writer = CSVWriter(header: [
        "point", result.x.rawValue, result.y.rawValue, "\(result.y.rawValue)_bound", "proven", "objective", "total_cost_usd", "funded",
        "entering", "leaving",
      ])
      for (index, point) in result.points.enumerated() {
        writer.append([
          "\(index + 1)", AnalysisSupport.number(point.x), AnalysisSupport.number(point.y), AnalysisSupport.number(point.yBound),
          point.isProven ? "yes" : "no", AnalysisSupport.number(point.objective, 6),
          "\(point.totalCost.wholeDollars)", point.choices.map(\.candidate.rawValue).joined(separator: ";"),
          (point.change.entering.map(\.candidate.rawValue) + point.change.changed.map(\.new.candidate.rawValue)).joined(separator: ";"),
          point.change.leaving.map(\.candidate.rawValue).joined(separator: ";"),
        ])
      }
      return writer.text
    case .table: return table(result, scenario: scenario)
    }
  }

  func table(_ result: FrontierResult, scenario: Scenario) -> String {
    let xName = scenario.criterion(result.x)?.name ?? result.x.rawValue
    let yName = scenario.criterion(result.y)?.name ?? result.y.rawValue
    var text = "Pareto frontier: \(xName) (x, \(result.x)) against \(yName) (y, \(result.y))\n"
    text += "\(result.points.count) non-dominated points"
    text += exact ? (result.isExhaustive ? " (every one)" : " (stopped at the point limit)") : " from \(points ?? 20) epsilon levels"
    text += "; each maximizes y with x at least epsilon, then x at that y; \(result.solves) solves at gap \(result.gap)"
    text += result.nodeLimit.map { ", at most \($0) \($0 == 1 ? "node" : "nodes") each" } ?? ""
    text += "\n"
    let unproven = result.unprovenCount
    if unproven > 0 {
      text += "\(unproven) of \(result.points.count) points not proven within the node limit (marked *): the best y at their"
      text += " epsilon lies between y and the y bound; they are feasible and no other point found dominates them\n"
    }
    if !result.isXMaxProven {
      text += "The largest x (the grid's end) was not proven within the node limit: the last levels stop at the best x found\n"
    }
    text += "\n"
    var columns: [TextTable.Column] = [.init("#", .right), .init(result.x.rawValue, .right), .init(result.y.rawValue, .right)]
    if unproven > 0 { columns.append(.init("y bound", .right)) }
    columns += [.init("objective", .right), .init("total cost", .right), .init("funded", .right), .init("entering"), .init("leaving")]
    var table = TextTable(columns: columns)
    for (index, point) in result.points.enumerated() {
      let change = AnalysisSupport.summary(point.change)
      var row = ["\(index + 1)\(point.isProven ? "" : "*")", AnalysisSupport.number(point.x, 3), AnalysisSupport.number(point.y, 3)]
      if unproven > 0 { row.append(AnalysisSupport.number(point.yBound, 3)) }
      row += [
        AnalysisSupport.number(point.objective), point.totalCost.formatted, "\(point.choices.count)",
        index == 0 ? "(first point)" : change.entering, index == 0 ? "" : change.leaving,
      ]
      table.append(row)
    }
    text += table.render() + "\nPortfolios\n\n"
    for (index, point) in result.points.enumerated() {
      text += "\(index + 1). " + point.choices.map { "\($0.candidate) \($0.tier) \($0.start)" }.joined(separator: ", ") + "\n"
    }
    return text
  }

  func json(_ result: FrontierResult) -> JSONOutput {
    .object([
      "x": .string(result.x.rawValue), "y": .string(result.y.rawValue), "gap": .number(result.gap),
      "exhaustive": .bool(result.isExhaustive), "solves": .integer(Int64(result.solves)),
      "nodeLimit": .optional(result.nodeLimit) { .integer(Int64($0)) }, "xMaxProven": .bool(result.isXMaxProven),
      "points": .array(
        result.points.map { point in
          .object([
            "x": .number(point.x), "y": .number(point.y), "yBound": .number(point.yBound), "proven": .bool(point.isProven),
            "epsilon": .optional(point.epsilon) { .number($0) },
            "objective": .number(point.objective), "totalCostUSD": .integer(point.totalCost.wholeDollars),
            "funded": .array(point.choices.map(AnalysisSupport.json)), "change": AnalysisSupport.json(point.change),
          ])
        }),
    ])
  }
}
