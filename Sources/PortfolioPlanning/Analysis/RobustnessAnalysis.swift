import MIPSolver
import OptimizationModel
import PortfolioDomain

/// How often a candidate is selected across the Monte Carlo samples, and its class in the sense of
/// Robust Portfolio Modeling (Liesiö, Mild & Salo 2007): core (in nearly every optimal portfolio),
/// exterior (in nearly none), borderline (the rest).
public struct SelectionFrequency: Sendable, Hashable {
  /// A candidate's class.
  public enum Class: String, Sendable, Hashable {
    /// Selected in at least 90% of the samples with a plan.
    case core
    /// Selected in more than 10% and less than 90%.
    case borderline
    /// Selected in at most 10%.
    case exterior
  }
  /// The candidate.
  public var candidate: CandidateID
  /// Selected in how many samples (with a plan).
  public var selected: Int
  /// The fraction of samples with a plan that select it (0 when none has a plan).
  public var frequency: Double
  /// Whether the base plan funds it.
  public var inBasePlan: Bool
  /// Its class.
  public var `class`: Class

  /// The class of a frequency: core >= 0.9, exterior <= 0.1.
  public static func classify(_ frequency: Double) -> Class {
    frequency >= 0.9 - 1e-12 ? .core : frequency <= 0.1 + 1e-12 ? .exterior : .borderline
  }
}

/// The outcome of one sample.
public struct RobustnessSample: Sendable, Hashable {
  /// Whether the sample has a plan at all.
  public var feasible: Bool
  /// Whether the base plan's selection can no longer be paid within every cap, share and the band.
  public var baseBreaks: Bool
  /// The sample's optimum as an improvement (the primary objective, negated in goals mode; 0.5% gap by
  /// default), when feasible.
  public var optimum: Double?
  /// The base selection's objective under the sample's scores, same sign as `optimum` (whether or not
  /// it can still be paid).
  public var baseValue: Double
  /// The candidates the sample's optimum funds, sorted.
  public var selected: [CandidateID]

  /// `optimum − baseValue` as an improvement (>= 0), when the sample has a plan and the base plan still
  /// holds (a broken plan has no value to regret; `breakProbability` counts those samples).
  public var regret: Double? { baseBreaks ? nil : optimum.map { max(0, $0 - baseValue) } }
}

/// The robustness report.
public struct RobustnessResult: Sendable {
  /// The samples drawn.
  public var sampleCount: Int
  /// The seed.
  public var seed: UInt64
  /// The relative gap each sample was solved to.
  public var gap: Double
  /// Samples with a plan.
  public var feasibleCount: Int
  /// The fraction of all samples in which the base plan breaks.
  public var breakProbability: Double
  /// The largest cost overrun, as a fraction of every candidate's costs alike (0...1), that the base plan's
  /// selection absorbs with every pledge in full: its payments can still be split within every cap, share
  /// and the band up to it (less 10^-6). `nil` when it could not be computed.
  public var costMargin: Double?
  /// What stops the base plan's payments at `costMargin`: the descriptions of the limits on money (the band,
  /// source caps, policy shares, absorptive capacities, goal floors) with a nonzero dual in its LP, in model
  /// order. Per-candidate rows (payment in full, a source's share of one candidate) are left out.
  public var costMarginLimits: [String]
  /// `costMargin` and its limits as a sentence (`nil` when unknown); `percent` formats a percentage (`12.5`
  /// as the caller prints numbers, without the sign).
  public func costMarginSentence(percent: (Double) -> String) -> String? {
    guard let costMargin else { return nil }
    if costMargin >= 1 - 1e-5 { return "With every pledge in full it absorbs a cost overrun of 100% or more on every candidate alike." }
    let limited = costMarginLimits.isEmpty ? "" : " (limited by: \(costMarginLimits.joined(separator: "; ")))"
    if costMargin < 5e-5 {
      return "With every pledge in full it absorbs no cost overrun at all: any rise of every candidate's costs alike breaks it"
        + limited + "."
    }
    return "With every pledge in full it absorbs a cost overrun of at most \(percent(costMargin * 100))% on every candidate alike"
      + limited + "."
  }
  /// The mean regret over the samples in which the base plan holds (objective units).
  public var expectedRegret: Double
  /// The mean of `regret / |optimum|` over the same samples.
  public var expectedRelativeRegret: Double
  /// The largest regret seen.
  public var worstRegret: Double
  /// Samples in which the base plan holds and has a regret (the samples the regret figures average over).
  public var holdingCount: Int { samples.filter { $0.regret != nil }.count }
  /// Per candidate, in file order.
  public var frequencies: [SelectionFrequency]
  /// Every sample, by index.
  public var samples: [RobustnessSample]
}

/// Monte Carlo robustness over the scenario's `uncertainty` (DESIGN §3): in each sample every tier's
/// score on every criterion is drawn from its low/likely/high triangle, every candidate's costs are
/// scaled by one cost overrun drawn from the scenario's triangle (percent), and each pact source with a
/// shortfall entry falls short with its probability, cutting its total cap, yearly caps (and a floor
/// above the new cap) by its size. Each sample's draws come from its own generator
/// `SplitMix64(seed:stream:)`, so results are identical on every run and for any number of threads.
///
/// Per sample: an LP with the base selection fixed says whether the base plan breaks (its payments can
/// no longer be split within every row); when it holds, its point warm-starts the sample's MILP, solved to
/// `gap` (primary only). Samples run on every core; results are stored by sample index.
///
/// When it breaks, the sample's solve starts from its own root heuristics. A start from a 300-node solve among
/// the base plan's candidates was tried and removed: it cost 0.55 s a sample (16% of `robust`) and saved the
/// sample's own solve about 3% (measured on 40 and on 100 samples).
public struct RobustnessAnalysis: Sendable {
  /// The session.
  public let session: AnalysisSession
  /// The base plan.
  public let base: PlanSolution
  /// The relative gap of each sample's solve.
  public var gap: Double

  /// Creates the analysis.
  public init(session: AnalysisSession, base: PlanSolution, gap: Double = 0.005) {
    self.session = session
    self.base = base
    self.gap = gap
  }

  /// `money` times `factor`, rounded to the cent. The config bounds the overrun (`Uncertainty.maxCostOverrunPercent`)
  /// and the dataset the costs, so the product is far inside `Int64`; a scenario built in code with other values is
  /// clamped to 0...2^62 cents instead of trapping.
  static func scaled(_ money: Money, by factor: Double) -> Money {
    let cents = (Double(money.cents) * factor).rounded()
    guard cents > 0 else { return .zero }
    return Money(cents: cents < 0x1p62 ? Int64(cents) : 1 << 62)
  }

  /// The portfolio and scenario of sample `index` under `seed`.
  public func draw(seed: UInt64, index: Int) -> (portfolio: Portfolio, scenario: Scenario) {
    var generator = SplitMix64(seed: seed, stream: index)
    let uncertainty = session.scenario.uncertainty
    var candidates = session.portfolio.candidates
    for c in candidates.indices {
      for t in candidates[c].tiers.indices {
        for criterion in candidates[c].tiers[t].scoredCriteria {
          guard var score = candidates[c].tiers[t].scores[criterion] else { continue }
          score.likely = generator.triangular(low: score.low, mode: score.likely, high: score.high)
          candidates[c].tiers[t].scores[criterion] = score
        }
      }
    }
    let overrun = uncertainty.costOverrun
    for c in candidates.indices {
      let factor = 1 + generator.triangular(low: overrun.min, mode: overrun.mode, high: overrun.max) / 100
      for t in candidates[c].tiers.indices {
        candidates[c].tiers[t].costProfile = candidates[c].tiers[t].costProfile.map { Self.scaled($0, by: factor) }
      }
    }
    var sources = session.portfolio.sources
    var scenario = session.scenario
    for shortfall in uncertainty.pledgeShortfall.sorted(by: { $0.id < $1.id }) {
      let short = generator.bernoulli(shortfall.probability)
      guard short, let s = sources.firstIndex(where: { $0.id == shortfall.id }) else { continue }
      let keep = max(0, 1 - shortfall.sizePercent / 100)
      func cut(_ money: Money) -> Money { Money(cents: Int64((Double(money.cents) * keep).rounded(.down))) }
      sources[s].yearlyCaps = sources[s].yearlyCaps.map { YearlyCap(year: $0.year, max: cut($0.max)) }
      let override = scenario.override(for: shortfall.id)
      if let cap = override?.maxTotal ?? sources[s].maxTotal {
        let newCap = cut(cap)
        var entry = override ?? SourceOverride(id: shortfall.id)
        entry.maxTotal = newCap
        if let floor = entry.minTotal ?? sources[s].minTotal, floor > newCap { entry.minTotal = newCap }
        scenario.sources.removeAll { $0.id == shortfall.id }
        scenario.sources.append(entry)
        scenario.sources.sort { $0.id < $1.id }
      }
    }
    let portfolio = Portfolio(
      firms: session.portfolio.firms, candidates: candidates, sources: sources, relations: session.portfolio.relations)
    return (portfolio, scenario)
  }

  /// The primary objective of the selection at `values` in `planning` (goals mode recomputes the shortfalls).
  func selectionValue(_ planning: PlanningModel, scenario: Scenario, values: [Double]) -> Double {
    guard planning.model.sense == .minimize else { return planning.primaryValue(at: values) }
    var total = 0.0
    for (criterion, (_, terms)) in zip(scenario.criteria, planning.achievement) {
      guard let goal = criterion.goal, goal > 0, criterion.weight != 0 else { continue }
      total += criterion.weight / goal * max(0, goal - terms.value(at: values))
    }
    return total
  }

  /// Solves one sample.
  func sample(seed: UInt64, index: Int, baseValues: [Double]) throws -> RobustnessSample {
    let (portfolio, scenario) = draw(seed: seed, index: index)
    var formulation = session.options.formulation
    formulation.describeRows = false
    let planning = PlanningFormulation.build(portfolio: portfolio, scenario: scenario, options: formulation)
    let sign = session.improvementSign
    // The base selection in this sample's columns (same choices, matched by candidate, tier and start).
    var fixed = [Double](repeating: 0, count: planning.model.variables.count)
    let chosen = Set(session.choices(at: baseValues).map { "\($0.candidate)|\($0.tier)|\($0.start)" })
    for choice in planning.choices where chosen.contains("\(choice.candidate)|\(choice.tier)|\(choice.start)") {
      fixed[choice.column] = 1
    }
    let baseValue = sign * selectionValue(planning, scenario: scenario, values: fixed)
    let check = try session.solveOnce(AnalysisSession.fixedSelection(planning, values: fixed), gap: 0)
    let holds = check.status == .optimal && check.values != nil
    var incumbent: [Double]?
    if holds, var point = check.values {
      for choice in planning.choices { point[choice.column] = fixed[choice.column] }
      incumbent = point
    }
    let result = try session.solveOnce(planning.model, gap: gap, incumbent: incumbent)
    guard let values = result.values else {
      return RobustnessSample(feasible: false, baseBreaks: true, optimum: nil, baseValue: baseValue, selected: [])
    }
    let optimum = sign * selectionValue(planning, scenario: scenario, values: values)
    let selected = AnalysisSession.choices(of: planning, at: values).map(\.candidate)
    return RobustnessSample(feasible: true, baseBreaks: !holds, optimum: optimum, baseValue: baseValue, selected: selected)
  }

  /// The largest uniform cost overrun in `0...1` that the selection of `baseValues` can still be paid with
  /// (`RobustnessResult.costMargin`): one LP with the overrun as a column (`CostScaling` over every
  /// candidate), so the figure explains the break probability.
  func costMargin(baseValues: [Double]) throws -> (margin: Double, limits: [String])? {
    guard let scaling = CostScaling(scaling: Set(session.portfolio.candidates.map(\.id)), in: session),
      let limit = try scaling.payableLimit(baseValues, in: 0...1, session: session)
    else { return nil }
    let limitFamilies: Set<ConstraintFamily> = [
      .budgetBand, .sourceTotal, .yearlyCap, .securityShare, .entityBounds, .absorptiveCapacity, .goalFloor,
    ]
    let meanings = scaling.base.rowMeanings
    var limits: [String] = []
    for row in limit.limitingRows where limitFamilies.contains(meanings[row].family) {
      let text = meanings[row].text
      if !text.isEmpty && !limits.contains(text) { limits.append(text) }
    }
    return (limit.t, limits)
  }

  /// Runs `samples` samples under `seed`.
  public func run(samples: Int, seed: UInt64, progress: AnalysisProgressHandler? = nil) throws -> RobustnessResult {
    guard let baseValues = base.values else { throw PlanningError.unusableInputs("the base plan has no solution") }
    let tracker = AnalysisProgress(total: samples, report: progress)
    let results = try AnalysisParallel.map(count: samples) { index in
      defer { tracker.step() }
      return try sample(seed: seed, index: index, baseValues: baseValues)
    }
    let feasible = results.filter(\.feasible)
    let margin = try costMargin(baseValues: baseValues)
    let baseFunded = Set(session.choices(at: baseValues).map(\.candidate))
    var counts: [CandidateID: Int] = [:]
    for sample in feasible { for id in sample.selected { counts[id, default: 0] += 1 } }
    let frequencies = session.portfolio.candidates.map { candidate -> SelectionFrequency in
      let selected = counts[candidate.id] ?? 0
      let frequency = feasible.isEmpty ? 0 : Double(selected) / Double(feasible.count)
      return SelectionFrequency(
        candidate: candidate.id, selected: selected, frequency: frequency, inBasePlan: baseFunded.contains(candidate.id),
        class: SelectionFrequency.classify(frequency))
    }
    let regrets = feasible.compactMap(\.regret)
    let relative = feasible.compactMap { sample in sample.regret.map { $0 / max(1e-12, abs(sample.optimum ?? 0)) } }
    let mean = { (values: [Double]) in values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
    return RobustnessResult(
      sampleCount: samples, seed: seed, gap: gap, feasibleCount: feasible.count,
      breakProbability: samples == 0 ? 0 : Double(results.filter(\.baseBreaks).count) / Double(samples),
      costMargin: margin?.margin, costMarginLimits: margin?.limits ?? [],
      expectedRegret: mean(regrets), expectedRelativeRegret: mean(relative), worstRegret: regrets.max() ?? 0,
      frequencies: frequencies, samples: results)
  }
}
