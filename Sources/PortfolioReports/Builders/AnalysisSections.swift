import PortfolioDomain
import PortfolioPlanning

/// Report sections built from the decision analyses (`dcbplan report --include frontier,sweep,explain,robust`,
/// issue 8): the Pareto frontier, the budget sweep, the candidate explanations and the robustness results.
///
/// Each builder reads only the analysis result it is given (and the scenario or portfolio for names), so every
/// renderer (Markdown, HTML, CSV, JSON) carries the same numbers. Section, table and chart ids start with the
/// analysis name (`pareto-`, `sweep-`, `explain-`, `robust-`) and do not clash with the portfolio report's.
public enum AnalysisSections {
  // MARK: - Frontier

  /// The Pareto frontier between two criteria: a scatter of the points (labelled `P1`, `P2`, ... in the result's
  /// order) and a table of each point's achievements, objective, cost and the candidates entering and leaving
  /// against the previous point. When a node limit stopped some solves, their points are marked `*` and the
  /// table gains the proven bound on y, as `dcbplan frontier` shows them.
  public static func frontier(_ result: FrontierResult, scenario: Scenario) -> ReportSection {
    let xName = scenario.criterion(result.x)?.name ?? result.x.rawValue
    let yName = scenario.criterion(result.y)?.name ?? result.y.rawValue
    let unproven = result.unprovenCount
    func label(_ index: Int) -> String { "P\(index + 1)" + (result.points[index].isProven ? "" : "*") }
    let chart = ScatterChart(
      id: "pareto-chart", title: "Pareto frontier: \(yName) against \(xName)",
      points: result.points.indices.map { ScatterPoint(x: result.points[$0].x, y: result.points[$0].y, label: label($0)) },
      xAxis: ChartAxis(xName, unit: .number), yAxis: ChartAxis(yName, unit: .number))
    let rows: [[ReportCell]] = result.points.enumerated().map { index, point in
      let change = changeText(point.change)
      var row: [ReportCell] = [.text(label(index)), .ratio(point.x, decimals: 3), .ratio(point.y, decimals: 3)]
      if unproven > 0 { row.append(.ratio(point.yBound, decimals: 3)) }
      return row + [
        .ratio(point.objective, decimals: 4), .money(point.totalCost.wholeDollars), .integer(Int64(point.choices.count)),
        .text(index == 0 ? "(first point)" : change.entering), .text(index == 0 ? "" : change.leaving),
      ]
    }
    var columns = [ReportColumn("Point"), ReportColumn(xName, alignment: .right), ReportColumn(yName, alignment: .right)]
    if unproven > 0 { columns.append(ReportColumn("\(yName) bound", alignment: .right)) }
    columns += [
      ReportColumn("Objective", alignment: .right), ReportColumn("Total cost", unit: "USD", alignment: .right),
      ReportColumn("Funded", alignment: .right), ReportColumn("Entering"), ReportColumn("Leaving"),
    ]
    let table = ReportTable(id: "pareto-points", title: "Frontier points", columns: columns, rows: rows)
    var text =
      "\(result.points.count) non-dominated point\(result.points.count == 1 ? "" : "s") between \(xName) (x, \(result.x)) and \(yName) (y, \(result.y)) by the "
      + "epsilon-constraint method: each maximizes y with x at least epsilon, then x at that y"
      + (result.isExhaustive ? ", and the list is every such point" : "")
      + "; \(result.solves) solves at a relative gap of \(ReportNumberFormat.fixed(result.gap, decimals: 6))"
      + (result.nodeLimit.map { ", each stopped after at most \($0) node\($0 == 1 ? "" : "s")" } ?? "") + ". "
    if unproven > 0 {
      text += "\(unproven) of \(result.points.count) points (marked *) were not proven within that limit: the best \(yName) at their "
        + "epsilon lies between the point's value and its bound; each is feasible and no other point found dominates it. "
    }
    if !result.isXMaxProven {
      text += "The largest \(xName) (the grid's end) was not proven within the limit: the last levels stop at the best found. "
    }
    text += "Entering (+), leaving (-) and retimed (~) candidates are against the previous point."
    var blocks: [ReportBlock] = [.paragraph(ReportText(text))]
    if !result.points.isEmpty { blocks.append(.chart(.scatter(chart))) }
    blocks.append(.table(table))
    return ReportSection(id: "pareto-frontier", title: "Pareto frontier", blocks: blocks)
  }

  // MARK: - Sweep

  /// The budget sweep: a table per level of the DCB fund's maximum (objective, each criterion's achievement, DCB
  /// spent, the objective gained per extra $1M, entering and leaving candidates) and a line of objective against
  /// budget over the levels that have a plan.
  public static func sweep(_ result: SweepResult, scenario: Scenario) -> ReportSection {
    let criteria = scenario.criteria
    let rows: [[ReportCell]] = result.levels.enumerated().map { index, level in
      let change = changeText(level.change)
      let achieved: [ReportCell] = criteria.map { criterion in
        level.criteria.first { $0.criterion == criterion.id }.map { .ratio($0.achieved, decimals: 3) } ?? .empty
      }
      return [
        .money(level.budgetMax.wholeDollars), .text(statusWord(level.status)),
        level.objective.map { .ratio($0, decimals: 4) } ?? .empty,
      ] + achieved + [
        level.dcbSpent.map { .money($0.wholeDollars) } ?? .empty,
        level.marginalPerMillion.map { .ratio($0, decimals: 4) } ?? .empty,
        .text(index == 0 ? "(first level)" : change.entering), .text(index == 0 ? "" : change.leaving),
      ]
    }
    let table = ReportTable(
      id: "sweep-levels", title: "Budget sweep levels",
      columns: [ReportColumn("DCB budget max", unit: "USD", alignment: .right), ReportColumn("Status"), ReportColumn("Objective", alignment: .right)]
        + criteria.map { ReportColumn($0.name, alignment: .right) }
        + [
          ReportColumn("DCB spent", unit: "USD", alignment: .right), ReportColumn("Per $1M", alignment: .right),
          ReportColumn("Entering"), ReportColumn("Leaving"),
        ],
      rows: rows)
    let planned = result.levels.compactMap { level in
      level.objective.map {
        ScatterPoint(x: Double(level.budgetMax.wholeDollars), y: $0, label: ReportNumberFormat.money(millions: Double(level.budgetMax.wholeDollars), decimals: 1))
      }
    }
    let chart = ScatterChart(
      id: "sweep-chart", title: "Best objective at each DCB budget maximum", points: planned,
      xAxis: ChartAxis("DCB budget maximum", unit: .usd), yAxis: ChartAxis("Objective", unit: .number), stepLine: false,
      decimals: 4, joined: true)
    let first = result.levels.first.map { $0.budgetMax.formatted } ?? "-"
    let last = result.levels.last.map { $0.budgetMax.formatted } ?? "-"
    let intro = ReportText(
      "The DCB fund's budget maximum stepped from \(first) to \(last) (floor \(result.floor.formatted)), each level a full "
        + "re-plan at a relative gap of \(ReportNumberFormat.fixed(result.gap, decimals: 6)). 'Per $1M' is the objective's "
        + "improvement over the previous level divided by the step in millions.")
    var blocks: [ReportBlock] = [.paragraph(intro)]
    if !planned.isEmpty { blocks.append(.chart(.scatter(chart))) }
    blocks.append(.table(table))
    return ReportSection(id: "budget-sweep", title: "Budget sweep", blocks: blocks)
  }

  // MARK: - Explain

  /// One candidate's explanation with the plain sentences that state it (as `dcbplan explain` prints them).
  public struct Explained: Sendable {
    /// The analysis result.
    public var explanation: CandidateExplanation
    /// Plain sentences, in order.
    public var sentences: [String]
    /// Creates an explained candidate.
    public init(_ explanation: CandidateExplanation, sentences: [String]) {
      self.explanation = explanation
      self.sentences = sentences
    }
  }

  /// Why candidates are in or out: a table with a row per candidate (funded, objective lost if the decision were
  /// reversed and what would replace or be displaced, the score and cost changes that flip it, the binding
  /// constraints), then each candidate's sentences.
  public static func explain(_ explained: [Explained], scenario: Scenario, portfolio: Portfolio) -> ReportSection {
    let rows: [[ReportCell]] = explained.map { item in
      let e = item.explanation
      let change = e.change.map(changeText) ?? (entering: "", leaving: "")
      let others = e.funded ? change.entering : change.leaving
      let scores = e.scoreThresholds.map { threshold -> String in
        let name = scenario.criterion(threshold.criterion)?.name ?? threshold.criterion.rawValue
        let low = ReportNumberFormat.fixed(threshold.lower, decimals: 4)
        return threshold.isExact ? "\(name) \(low)" : "\(name) \(low)..\(ReportNumberFormat.fixed(threshold.upper, decimals: 4))"
      }
      return [
        .text(e.candidate.rawValue), .text(e.funded ? "yes" : "no"), .text(e.requirement.rawValue),
        e.objectiveLoss.map { .ratio($0, decimals: 4) } ?? .empty, .text(others),
        .text(scores.joined(separator: "; ")), .text(costText(e.costThreshold)), .text(e.binding.joined(separator: "; ")),
      ]
    }
    let table = ReportTable(
      id: "explain-candidates", title: "Why each candidate is in or out",
      columns: [
        ReportColumn("Candidate"), ReportColumn("Funded", alignment: .center), ReportColumn("Requirement"),
        ReportColumn("Replacement cost", unit: "objective", alignment: .right), ReportColumn("Replaced by / displacing"),
        ReportColumn("Score flip"), ReportColumn("Cost flip"), ReportColumn("Binding constraints"),
      ],
      rows: rows)
    let intro = ReportText(
      "For each candidate: the objective lost if the plan's decision on it were reversed (and what would replace it or "
        + "be displaced), the change of each weighted score and of its cost that would flip the decision, and the "
        + "constraints at their limit that involve it.")
    var blocks: [ReportBlock] = [.paragraph(intro), .table(table)]
    for item in explained {
      let title = portfolio.candidate(item.explanation.candidate)?.title ?? ""
      blocks.append(.heading(title.isEmpty ? item.explanation.candidate.rawValue : "\(item.explanation.candidate): \(title)"))
      blocks.append(.bullets(item.sentences.map { ReportText($0) }))
    }
    return ReportSection(id: "candidate-explanations", title: "Candidate explanations", blocks: blocks)
  }

  // MARK: - Robustness

  /// Monte Carlo robustness: key figures (break probability, expected and worst regret, samples, seed, per-sample gap)
  /// and a table of each candidate's selection frequency and class, ordered core, borderline, exterior, then by
  /// falling frequency and ID.
  public static func robustness(_ result: RobustnessResult) -> ReportSection {
    let rank: [SelectionFrequency.Class: Int] = [.core: 0, .borderline: 1, .exterior: 2]
    let ordered = result.frequencies.sorted {
      let (a, b) = (rank[$0.class] ?? 0, rank[$1.class] ?? 0)
      if a != b { return a < b }
      if $0.selected != $1.selected { return $0.selected > $1.selected }
      return $0.candidate < $1.candidate
    }
    let table = ReportTable(
      id: "robust-frequencies", title: "Selection frequency over the samples",
      columns: [
        ReportColumn("Candidate"), ReportColumn("Class"), ReportColumn("Frequency", alignment: .right),
        ReportColumn("Selected", unit: "samples", alignment: .right), ReportColumn("In base plan", alignment: .center),
      ],
      rows: ordered.map {
        [.text($0.candidate.rawValue), .text($0.class.rawValue), .percent($0.frequency * 100, decimals: 1), .integer(Int64($0.selected)), .text($0.inBasePlan ? "yes" : "no")]
      })
    let count = { (c: SelectionFrequency.Class) in result.frequencies.filter { $0.class == c }.count }
    let regretSentence: String
    if result.holdingCount == 0 {
      regretSentence = "it holds in none, so it has no regret to measure. "
    } else {
      let regret = ReportNumberFormat.fixed(result.expectedRegret, decimals: 4)
      regretSentence = "in the \(result.holdingCount) where it holds, its expected regret against each sample's optimum is \(regret). "
    }
    let gapPercent = ReportNumberFormat.fixed(result.gap * 100, decimals: 2)
    let marginSentence = result.costMarginSentence { ReportNumberFormat.fixed($0, decimals: 2) }.map { $0 + " " } ?? ""
    var figures: [KeyFigure] = [
      KeyFigure("Break probability", .percent(result.breakProbability * 100, decimals: 1), detail: "base plan's payments no longer fit"),
      result.holdingCount == 0
        ? KeyFigure("Expected regret", .text("none"), detail: "the base plan holds in no sample")
        : KeyFigure("Expected regret", .ratio(result.expectedRegret, decimals: 4), detail: "\(ReportNumberFormat.fixed(result.expectedRelativeRegret * 100, decimals: 2))% of the optimum, over \(result.holdingCount) samples"),
      result.holdingCount == 0 ? KeyFigure("Worst regret", .text("none")) : KeyFigure("Worst regret", .ratio(result.worstRegret, decimals: 4)),
      KeyFigure("Samples", .integer(Int64(result.sampleCount)), detail: "\(result.feasibleCount) with a plan"),
      KeyFigure("Seed", .text(String(result.seed))),
      KeyFigure("Per-sample gap", .percent(result.gap * 100, decimals: 2)),
    ]
    if let margin = result.costMargin {
      figures.insert(
        KeyFigure("Cost margin", .percent(margin * 100, decimals: 2), detail: "uniform overrun the base plan absorbs"), at: 1)
    }
    let intro = ReportText(
      "\(result.sampleCount) samples (seed \(result.seed)) of uncertain scores, cost overruns and pledge shortfalls, each "
        + "re-planned to a \(gapPercent)% relative gap. The base plan breaks in "
        + "\(ReportNumberFormat.fixed(result.breakProbability * 100, decimals: 1))% of the samples; "
        + regretSentence
        + marginSentence
        + "\(count(.core)) core candidates (selected in at least 90% of the samples), \(count(.borderline)) borderline, "
        + "\(count(.exterior)) exterior (at most 10%).")
    return ReportSection(
      id: "robustness", title: "Robustness", blocks: [.paragraph(intro), .keyFigures(figures), .table(table)])
  }

  // MARK: - Helpers

  /// Entering (`+A`) and retimed (`~B`) candidates, and leaving ones (`-C`), each `-` when empty.
  static func changeText(_ change: SelectionChange) -> (entering: String, leaving: String) {
    let entering = change.entering.map { "+\($0.candidate)" } + change.changed.map { "~\($0.new.candidate)" }
    let leaving = change.leaving.map { "-\($0.candidate)" }
    return (entering.isEmpty ? "-" : entering.joined(separator: ", "), leaving.isEmpty ? "-" : leaving.joined(separator: ", "))
  }

  /// The cost change that flips a decision, as percent of the cost.
  static func costText(_ threshold: CandidateExplanation.CostThreshold?) -> String {
    switch threshold {
    case .between(let lower, let upper):
      return "\(ReportNumberFormat.fixed(lower, decimals: 1))%..\(ReportNumberFormat.fixed(upper, decimals: 1))%"
    case .beyond(let percent): return "beyond \(ReportNumberFormat.fixed(percent, decimals: 0))%"
    case nil: return ""
    }
  }

  /// A solve status as words (`optimal`, `infeasible`, `limit reached`), without naming the solver's type (this
  /// module does not import `MIPSolver`).
  static func statusWord(_ status: some Sendable) -> String {
    let text = String(describing: status)
    return text.hasPrefix("limitReached") ? "limit reached" : text
  }
}
