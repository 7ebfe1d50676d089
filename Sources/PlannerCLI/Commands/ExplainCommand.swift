import PortfolioDomain
import PortfolioPlanning

/// `dcbplan explain [ID ...]`: why each candidate is in or out of the plan.
struct ExplainCommand: Command {
  static let name = "explain"
  static let abstract = "Explain why candidates are funded or left out, and how far they are from flipping."
  static let discussion = """
    For each candidate (all when none is named): whether the plan funds it; the objective lost if it
    were forced out (and what would replace it) or forced in (and what it would displace); the
    constraints at their limit that involve it; the change of each weighted score that would flip
    the decision (closed form from the forced re-solve, holding the normalizer fixed: exact without
    benefit timing, a bracket with it); and the change of its cost that would flip it, by bisection
    over a few re-solves. Plain sentences come first, numbers after.
    """
  static let arguments: [ArgumentSpec] = [
    .dataOption, .scenarioOption,
    .positional("ID", help: "Candidates to explain (default: all).", optional: true, variadic: true),
    .option("cost-steps", value: "N", help: "Bisection steps of the cost threshold (default 4)."),
    AnalysisSupport.gapOption, .formatOption, .outOption, .quiet,
  ]

  var data: String?
  var scenario: String?
  var ids: [String]
  var costSteps: Int
  var gap: Double?
  var format: AnalysisSupport.Format
  var out: String?
  var quiet: Bool

  init(parsing arguments: ParsedArguments) throws {
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    ids = arguments.positionalValues("ID")
    costSteps = try arguments.integer("cost-steps", in: 0...30) ?? 4
    gap = try arguments.gap()
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
    quiet = arguments.flag("quiet")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    guard let (session, _) = try AnalysisSupport.session(data: data, scenario: scenario, gap: gap, in: context) else {
      return .invalidData
    }
    for id in ids where session.portfolio.candidate(CandidateID(id)) == nil {
      let known = session.portfolio.candidates.map(\.id.rawValue)
      throw UsageError.invalidValue(
        option: "ID", value: id, reason: "no such candidate", suggestion: NameSuggester.nearest(to: id, in: known))
    }
    let base: PlanSolution
    switch try AnalysisSupport.base(session, in: context) {
    case .plan(let solution): base = solution
    case .exit(let status): return status
    }
    let wanted = ids.map { CandidateID($0) }
    let progress = AnalysisSupport.progress(
      "explain", total: wanted.isEmpty ? session.portfolio.candidates.count : wanted.count, unit: "candidates", quiet: quiet, in: context)
    let explanations = try CandidateExplainer(session: session, base: base, costSteps: costSteps).explain(wanted, progress: progress.handler)
    progress.bar.finish()
    try ResultWriter.write(render(explanations, session: session), out: out, in: context)
    return .success
  }

  func render(_ explanations: [CandidateExplanation], session: AnalysisSession) -> String {
    switch format {
    case .json: return JSONOutput.array(explanations.map { json($0) }).text
    case .csv:
      var writer = CSVWriter(header: [
        "candidate", "funded", "requirement", "tier", "start_year", "objective_loss", "entering", "leaving", "binding",
        "score_thresholds", "cost_lower_percent", "cost_upper_percent",
      ])
      for e in explanations {
        var low = ""
        var high = ""
        switch e.costThreshold {
        case .between(let lower, let upper): (low, high) = (AnalysisSupport.number(lower, 2), AnalysisSupport.number(upper, 2))
        case .beyond(let percent): low = AnalysisSupport.number(percent, 2)
        case nil: break
        }
        writer.append([
          e.candidate.rawValue, e.funded ? "yes" : "no", e.requirement.rawValue, e.choice?.tier.rawValue ?? "",
          e.choice.map { "\($0.start)" } ?? "", e.objectiveLoss.map { AnalysisSupport.number($0, 6) } ?? "",
          (e.change?.entering.map(\.candidate.rawValue) ?? []).joined(separator: ";"),
          (e.change?.leaving.map(\.candidate.rawValue) ?? []).joined(separator: ";"), e.binding.joined(separator: "; "),
          e.scoreThresholds.map { "\($0.criterion):\(AnalysisSupport.number($0.lower))..\(AnalysisSupport.number($0.upper))" }
            .joined(separator: ";"),
          low, high,
        ])
      }
      return writer.text
    case .table:
      return explanations.map { text($0, session: session) }.joined(separator: "\n")
    }
  }

  /// Plain sentences, then the numbers.
  static func sentences(_ e: CandidateExplanation, session: AnalysisSession) -> [String] {
    let scenario = session.scenario
    var lines: [String] = []
    let ids = { (choices: [FundedChoice]) in AnalysisSupport.list(choices.map(\.candidate.rawValue)) }
    if let choice = e.choice {
      lines.append("It is funded at tier '\(choice.tier)', running \(choice.start)-\(choice.finish).")
    } else {
      lines.append("It is not funded.")
    }
    switch e.requirement {
    case .mandatory: lines.append("It is mandatory, so the plan cannot leave it out; only its tier, start and payers are chosen.")
    case .locked:
      let reason = scenario.lock(for: e.candidate)?.reason ?? ""
      lines.append("The scenario locks its tier and start" + (reason.isEmpty ? "." : " (\(reason))."))
    case .forcedIn: lines.append("The scenario forces it in.")
    case .forcedOut: lines.append("The scenario forces it out.")
    case .free:
      if !e.counterfactualFeasible {
        lines.append(e.funded ? "No plan exists without it: the constraints need it." : "It cannot be funded alongside the other commitments.")
      } else if let loss = e.objectiveLoss {
        let share = e.baseObjective != 0 ? " (\(AnalysisSupport.number(100 * loss / abs(e.baseObjective), 2))% of the plan's objective)" : ""
        if loss <= 1e-9 {
          lines.append(e.funded ? "Leaving it out would cost nothing: an equally good plan exists without it." : "Funding it would cost nothing: an equally good plan includes it.")
        } else if e.funded {
          let replacements = (e.change?.entering ?? []).filter { $0.candidate != e.candidate }
          lines.append(
            "Leaving it out would lower the objective by \(AnalysisSupport.number(loss))\(share)"
              + (replacements.isEmpty ? ", and nothing would take its place." : "; \(ids(replacements)) would take its place."))
        } else {
          let displaced = (e.change?.leaving ?? []).filter { $0.candidate != e.candidate }
          lines.append(
            "Funding it would lower the objective by \(AnalysisSupport.number(loss))\(share)"
              + (displaced.isEmpty ? " without displacing any candidate." : ", displacing \(ids(displaced))."))
        }
      }
    }
    if let reason = e.leftOutReason { lines.append("Left out: \(reason).") }
    if !e.binding.isEmpty { lines.append("At their limit and involving it: \(e.binding.joined(separator: "; ")).") }
    for threshold in e.scoreThresholds {
      let name = scenario.criterion(threshold.criterion)?.name ?? threshold.criterion.rawValue
      let verb = e.funded ? "fell" : "rose"
      let amount =
        threshold.isExact
        ? AnalysisSupport.number(threshold.lower)
        : "between \(AnalysisSupport.number(threshold.lower)) and \(AnalysisSupport.number(threshold.upper)) (benefit timing)"
      lines.append("The decision would flip if its \(name) score \(verb) by \(amount).")
    }
    switch e.costThreshold {
    case .between(let lower, let upper):
      if e.funded {
        lines.append("It would drop out if its cost rose by between \(AnalysisSupport.number(lower, 1))% and \(AnalysisSupport.number(upper, 1))%.")
      } else {
        lines.append("It would enter if its cost fell by between \(AnalysisSupport.number(-upper, 1))% and \(AnalysisSupport.number(-lower, 1))%.")
      }
    case .beyond:
      lines.append(e.funded ? "Even doubling its cost would not drop it." : "Even at no cost it would not be funded.")
    case nil: break
    }
    return lines
  }

  func text(_ e: CandidateExplanation, session: AnalysisSession) -> String {
    let title = session.portfolio.candidate(e.candidate)?.title ?? ""
    var text = "\(e.candidate): \(title)\n"
    for line in Self.sentences(e, session: session) { text += "  \(line)\n" }
    var numbers: [String] = ["base objective \(AnalysisSupport.number(e.baseObjective, 6))"]
    if let loss = e.objectiveLoss { numbers.append("objective loss \(AnalysisSupport.number(loss, 6))") }
    for threshold in e.scoreThresholds {
      numbers.append("\(threshold.criterion) flip \(AnalysisSupport.number(threshold.lower))..\(AnalysisSupport.number(threshold.upper))")
    }
    switch e.costThreshold {
    case .between(let lower, let upper): numbers.append("cost flip \(AnalysisSupport.number(lower, 1))%..\(AnalysisSupport.number(upper, 1))%")
    case .beyond(let percent): numbers.append("cost flip beyond \(AnalysisSupport.number(percent, 0))%")
    case nil: break
    }
    text += "  numbers: " + numbers.joined(separator: "; ") + "\n"
    return text
  }

  func json(_ e: CandidateExplanation) -> JSONOutput {
    var cost: JSONOutput = .null
    switch e.costThreshold {
    case .between(let lower, let upper): cost = .object(["lowerPercent": .number(lower), "upperPercent": .number(upper)])
    case .beyond(let percent): cost = .object(["beyondPercent": .number(percent)])
    case nil: break
    }
    return .object([
      "candidate": .string(e.candidate.rawValue), "funded": .bool(e.funded), "requirement": .string(e.requirement.rawValue),
      "choice": .optional(e.choice) { AnalysisSupport.json($0) }, "counterfactualFeasible": .bool(e.counterfactualFeasible),
      "objectiveLoss": .optional(e.objectiveLoss) { .number($0) }, "baseObjective": .number(e.baseObjective),
      "change": .optional(e.change) { AnalysisSupport.json($0) }, "binding": .array(e.binding.map { .string($0) }),
      "leftOutReason": .optional(e.leftOutReason) { .string($0) },
      "scoreThresholds": .array(
        e.scoreThresholds.map { .object(["criterion": .string($0.criterion.rawValue), "lower": .number($0.lower), "upper": .number($0.upper)]) }),
      "costThreshold": cost,
    ])
  }
}
