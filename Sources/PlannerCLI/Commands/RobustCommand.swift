import PortfolioDomain
import PortfolioPlanning

/// `dcbplan robust`: Monte Carlo robustness of the plan over the scenario's uncertainty.
struct RobustCommand: Command {
  static let name = "robust"
  static let abstract = "Test the plan against uncertain scores, cost overruns and pledge shortfalls (Monte Carlo)."
  static let discussion = """
    Draws --samples samples (default: the scenario's) from the scenario's uncertainty: every score
    from its low/likely/high triangle, every candidate's cost overrun from the scenario's triangle,
    and each pledge's shortfall with its probability and size. Each sample is re-planned (to the gap
    stated in the output, 0.5% by default). Reports each candidate's selection frequency, classed
    core (>= 90%), borderline or exterior (<= 10%) as in Robust Portfolio Modeling; the probability
    that the base plan breaks (its payments can no longer be split within every cap, share and the
    band); its cost margin, the largest overrun on every candidate's costs alike that it absorbs with
    every pledge in full, and the caps or shares that stop it there; and its expected regret against
    each sample's optimum. Seeded (--seed, default: the scenario's): the same seed gives the same
    bytes on any machine and thread count.
    """
  static let arguments: [ArgumentSpec] = [
    .dataOption, .scenarioOption,
    .option("samples", value: "N", help: "Number of samples (default: the scenario's, 1000)."),
    .option("seed", value: "S", help: "Seed of the generator (default: the scenario's)."),
    .option("sample-gap", value: "G", help: "Relative gap of each sample's solve (default 0.005)."),
    AnalysisSupport.gapOption, .formatOption, .outOption, .quiet,
  ]

  var data: String?
  var scenario: String?
  var samples: Int?
  var seed: UInt64?
  var sampleGap: Double
  var gap: Double?
  var format: AnalysisSupport.Format
  var out: String?
  var quiet: Bool

  init(parsing arguments: ParsedArguments) throws {
    data = arguments.value("data")
    scenario = arguments.value("scenario")
    samples = try arguments.integer("samples", in: 1...1_000_000)
    if let raw = arguments.value("seed") {
      guard let value = UInt64(raw) else {
        throw UsageError.invalidValue(option: "--seed", value: raw, reason: "expected a whole number from 0 to 18446744073709551615")
      }
      seed = value
    }
    sampleGap = try arguments.gap("sample-gap") ?? 0.005
    gap = try arguments.gap()
    format = try arguments.choice("format") ?? .table
    out = arguments.value("out")
    quiet = arguments.flag("quiet")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    guard let (session, _) = try AnalysisSupport.session(data: data, scenario: scenario, gap: gap, in: context) else {
      return .invalidData
    }
    let base: PlanSolution
    switch try AnalysisSupport.base(session, in: context) {
    case .plan(let solution): base = solution
    case .exit(let status): return status
    }
    let count = samples ?? session.scenario.uncertainty.samples
    let progress = AnalysisSupport.progress("robust", total: count, unit: "samples", quiet: quiet, in: context)
    let result = try RobustnessAnalysis(session: session, base: base, gap: sampleGap)
      .run(samples: count, seed: seed ?? session.scenario.uncertainty.seed, progress: progress.handler)
    progress.bar.finish()
    try ResultWriter.write(render(result, session: session), out: out, in: context)
    return .success
  }

  /// Candidates by class (core, borderline, exterior), then falling frequency, then ID.
  static func ordered(_ frequencies: [SelectionFrequency]) -> [SelectionFrequency] {
    let rank: [SelectionFrequency.Class: Int] = [.core: 0, .borderline: 1, .exterior: 2]
    return frequencies.sorted {
      let (a, b) = (rank[$0.class] ?? 0, rank[$1.class] ?? 0)
      if a != b { return a < b }
      if $0.selected != $1.selected { return $0.selected > $1.selected }
      return $0.candidate < $1.candidate
    }
  }

  func render(_ result: RobustnessResult, session: AnalysisSession) -> String {
    let ordered = Self.ordered(result.frequencies)
    switch format {
    case .json:
      return JSONOutput.object([
        "samples": .integer(Int64(result.sampleCount)), "seed": .string(String(result.seed)), "sampleGap": .number(result.gap),
        "feasibleSamples": .integer(Int64(result.feasibleCount)), "breakProbability": .number(result.breakProbability),
        "costMarginPercent": result.costMargin.map { .number($0 * 100) } ?? .null,
        "costMarginLimits": .array(result.costMarginLimits.map { .string($0) }),
        "expectedRegret": .number(result.expectedRegret), "expectedRelativeRegret": .number(result.expectedRelativeRegret),
        "worstRegret": .number(result.worstRegret),
        "candidates": .array(
          ordered.map {
            .object([
              "candidate": .string($0.candidate.rawValue), "selected": .integer(Int64($0.selected)), "frequency": .number($0.frequency),
              "class": .string($0.class.rawValue), "inBasePlan": .bool($0.inBasePlan),
            ])
          }),
      ]).text
    case .csv:
      var writer = CSVWriter(header: ["candidate", "class", "frequency", "selected", "in_base_plan"])
      for entry in ordered {
        writer.append([
          entry.candidate.rawValue, entry.class.rawValue, AnalysisSupport.number(entry.frequency), "\(entry.selected)",
          entry.inBasePlan ? "yes" : "no",
        ])
      }
      return writer.text
    case .table:
      let counts = { (c: SelectionFrequency.Class) in result.frequencies.filter { $0.class == c }.count }
      var text = "Robustness over \(result.sampleCount) samples (seed \(result.seed)); each sample solved to a "
      text += "\(AnalysisSupport.number(result.gap * 100, 2))% gap.\n"
      text += "The base plan breaks in \(AnalysisSupport.number(result.breakProbability * 100, 1))% of the samples"
      text += " (its payments can no longer be split within every cap, share and the band).\n"
      if let sentence = result.costMarginSentence(percent: { AnalysisSupport.number($0, 2) }) { text += sentence + "\n" }
      text += "\(result.feasibleCount) of \(result.sampleCount) samples have a plan. "
      if result.holdingCount == 0 {
        text += "The base plan holds in none of them, so it has no regret to measure.\n"
      } else {
        text += "In the \(result.holdingCount) samples where the base plan holds, its expected regret against each sample's optimum"
        text += " is \(AnalysisSupport.number(result.expectedRegret)) "
        text += "(\(AnalysisSupport.number(result.expectedRelativeRegret * 100, 2))% of the optimum; worst \(AnalysisSupport.number(result.worstRegret))).\n"
      }
      text += "\(counts(.core)) core candidates (selected in at least 90% of the samples), \(counts(.borderline)) borderline,"
      text += " \(counts(.exterior)) exterior (at most 10%).\n\n"
      var table = TextTable(columns: [.init("candidate"), .init("class"), .init("frequency", .right), .init("in base plan")])
      for entry in ordered {
        table.append([
          entry.candidate.rawValue, entry.class.rawValue, AnalysisSupport.number(entry.frequency * 100, 1) + "%", entry.inBasePlan ? "yes" : "no",
        ])
      }
      return text + table.render()
    }
  }
}
