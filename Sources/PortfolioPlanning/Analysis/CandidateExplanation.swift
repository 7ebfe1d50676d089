import MIPSolver
import OptimizationModel
import PortfolioDomain

/// Why a candidate is, or is not, in the plan: what forcing the other decision would cost, what would
/// change, the constraints that bind it, and how far its score or cost would have to move to flip it.
public struct CandidateExplanation: Sendable {
  /// What fixes the candidate's decision before any optimization.
  public enum Requirement: String, Sendable, Hashable {
    /// Nothing: the optimizer decides.
    case free
    /// Mandatory in the dataset.
    case mandatory
    /// Forced in by the scenario.
    case forcedIn = "forced-in"
    /// Forced out by the scenario.
    case forcedOut = "forced-out"
    /// Tier and start locked by the scenario.
    case locked
  }

  /// The smallest change of one criterion score (on every tier of the candidate, the normalizer held
  /// fixed) that flips the decision: exactly `lower` without benefit timing; within `[lower, upper]` with it.
  public struct ScoreThreshold: Sendable, Hashable {
    /// The criterion.
    public var criterion: CriterionID
    /// The least change (score units; a fall for a funded candidate, a rise for one left out).
    public var lower: Double
    /// The greatest change (equal to `lower` when exact).
    public var upper: Double
    /// Whether the bracket is a single value.
    public var isExact: Bool { abs(upper - lower) <= 1e-12 * max(1, abs(lower)) }
  }

  /// The change of the candidate's cost (every tier, every year, by the same percentage) that flips it.
  public enum CostThreshold: Sendable, Hashable {
    /// Between these percentages (a rise for a funded candidate, a fall, negative, for one left out),
    /// found by bisection.
    case between(lowerPercent: Double, upperPercent: Double)
    /// No change within the searched range flips it (`percent` is the range's end: +100 or −100).
    case beyond(percent: Double)
  }

  /// The candidate.
  public var candidate: CandidateID
  /// Whether the base plan funds it.
  public var funded: Bool
  /// Its choice in the base plan, when funded.
  public var choice: FundedChoice?
  /// What fixes its decision, if anything.
  public var requirement: Requirement
  /// Whether a plan exists with the other decision forced.
  public var counterfactualFeasible: Bool
  /// The primary objective lost by forcing the other decision (>= 0; `nil` when no such plan exists).
  public var objectiveLoss: Double?
  /// The base plan's objective.
  public var baseObjective: Double
  /// What the forced plan changes against the base plan (replacements or displaced candidates).
  public var change: SelectionChange?
  /// The constraints at a bound that involve the candidate (plain language).
  public var binding: [String]
  /// For a candidate left out: the single constraint that keeps it out, if one does.
  public var leftOutReason: String?
  /// Score flip thresholds per weighted criterion (weighted mode only).
  public var scoreThresholds: [ScoreThreshold]
  /// The cost flip threshold (free candidates whose other decision is feasible).
  public var costThreshold: CostThreshold?
}

/// Explains candidates against a base plan by forced re-solves (DESIGN §4 model, the session's gap).
///
/// For each candidate: force the opposite decision and re-solve (primary solve and payment split, warm
/// started from the base plan); the objective difference is the replacement cost
/// (funded) or the cost of forcing it in (left out). The score thresholds follow in closed form from that
/// difference: every plan with the candidate moves by `weight / normalizer · benefit · Δscore`, every plan
/// without it stays, so the flip lies at `loss / (weight / normalizer · benefit)` (exact when all its
/// choices share one benefit factor, a bracket over its choices' factors otherwise). The cost threshold is
/// found by bisection on a percentage applied to all its costs, each step one MILP solve with the
/// candidate forced in, compared with the best plan without it (with that plan's value as a cutoff: only
/// whether a plan beats it matters). Candidates are explained in parallel, in fixed runs whose forced
/// re-solves start from the best plan found so far in the run that fits them.
public struct CandidateExplainer: Sendable {
  /// The session.
  public let session: AnalysisSession
  /// The base plan.
  public let base: PlanSolution
  /// Bisection steps for the cost threshold (each one solve).
  public var costSteps: Int

  /// Creates an explainer for `base` (the session's base solution).
  public init(session: AnalysisSession, base: PlanSolution, costSteps: Int = 4) {
    self.session = session
    self.base = base
    self.costSteps = costSteps
  }

  /// The explanations of `candidates` (all, in file order, when empty), in the order given.
  public func explain(_ candidates: [CandidateID] = [], progress: AnalysisProgressHandler? = nil) throws -> [CandidateExplanation] {
    let ids = candidates.isEmpty ? session.portfolio.candidates.map(\.id) : candidates
    for id in ids where session.portfolio.candidate(id) == nil {
      throw PlanningError.unusableInputs("unknown candidate '\(id)'")
    }
    guard let values = base.values else { throw PlanningError.unusableInputs("the base plan has no solution to explain") }
    let tracker = AnalysisProgress(total: ids.count, report: progress)
    let reasons = try LeftOutExplainer(
      planning: session.planning, portfolio: session.portfolio, scenario: session.scenario, solver: session.planner.solver
    ).reasons(values: values)
    // Only free candidates need re-solves: they are split evenly into the runs; the others need none.
    let free = ids.indices.filter { requirement(ids[$0]) == .free }
    let ranges = AnalysisParallel.chunks(free.count, into: Self.chunkCount)
    let solved = try AnalysisParallel.map(count: ranges.count) { part in
      var pool = [values]
      var explained: [CandidateExplanation] = []
      for position in ranges[part] {
        defer { tracker.step() }
        let id = ids[free[position]]
        explained.append(try explain(id, values: values, leftOutReason: reasons[id], pool: &pool))
      }
      return explained
    }.flatMap { $0 }
    var explained = [CandidateExplanation?](repeating: nil, count: ids.count)
    for (index, explanation) in zip(free, solved) { explained[index] = explanation }
    return try ids.indices.map { index in
      if let explanation = explained[index] { return explanation }
      defer { tracker.step() }
      return try explain(ids[index], values: values, leftOutReason: reasons[ids[index]])
    }
  }

  /// The free candidates are explained in this many fixed contiguous runs (on every core; the same runs on
  /// any machine, so the output does not depend on the thread count), each run seeding its forced
  /// re-solves from the plans it has already found. More runs than cores keep both cores busy to the end.
  static let chunkCount = 6

  /// The best plan of `pool` (points feasible for the base model) that funds `id` exactly when `funded`:
  /// feasible for the model with that decision forced, so a warm start for its re-solve. Ties go to the
  /// earliest plan.
  func seed(for id: CandidateID, funded: Bool, pool: [[Double]]) -> [Double]? {
    let columns = session.planning.choiceColumns(of: id)
    let sign = session.improvementSign
    var best: (values: [Double], score: Double)?
    for values in pool where columns.contains(where: { values[$0] > 0.5 }) == funded {
      let score = sign * session.planning.primaryValue(at: values)
      if best.map({ score > $0.score }) ?? true { best = (values, score) }
    }
    return best?.values
  }

  /// The requirement on `candidate` in the scenario and dataset.
  public func requirement(_ candidate: CandidateID) -> CandidateExplanation.Requirement {
    let scenario = session.scenario
    if scenario.lock(for: candidate) != nil { return .locked }
    if scenario.forcedOut.contains(where: { $0.candidate == candidate }) { return .forcedOut }
    if scenario.forcedIn.contains(where: { $0.candidate == candidate }) { return .forcedIn }
    if session.portfolio.candidate(candidate)?.mandatory == true { return .mandatory }
    return .free
  }

  /// The tolerance under which two objectives count as equal.
  var tolerance: Double { max(1e-7, session.options.gap * max(1, abs(base.objective ?? 0))) }

  func explain(_ id: CandidateID, values: [Double], leftOutReason: String?) throws -> CandidateExplanation {
    var pool = [values]
    return try explain(id, values: values, leftOutReason: leftOutReason, pool: &pool)
  }

  /// Explains `id`; the forced re-solve starts from the best plan of `pool` that fits it, and its plan
  /// joins `pool`.
  func explain(_ id: CandidateID, values: [Double], leftOutReason: String?, pool: inout [[Double]]) throws -> CandidateExplanation {
    let sign = session.improvementSign
    let baseObjective = base.objective ?? 0
    let choices = session.choices(at: values)
    let mine = choices.first { $0.candidate == id }
    let funded = mine != nil
    let requirement = requirement(id)
    var explanation = CandidateExplanation(
      candidate: id, funded: funded, choice: mine, requirement: requirement, counterfactualFeasible: false,
      objectiveLoss: nil, baseObjective: baseObjective, change: nil, binding: binding(id, values: values),
      leftOutReason: funded ? nil : leftOutReason, scoreThresholds: [], costThreshold: nil)
    guard requirement == .free else { return explanation }

    var forced = session.planning
    forced.setCandidate(id, funded: !funded)
    var options = session.options
    options.lexicographic = false
    let solution = try session.planner.solve(forced, options: options, incumbent: seed(for: id, funded: !funded, pool: pool))
    guard let forcedValues = solution.values, let forcedObjective = solution.objective else { return explanation }
    if forcedValues.count == values.count { pool.append(forcedValues) }
    let loss = max(0, sign * (baseObjective - forcedObjective))
    explanation.counterfactualFeasible = true
    explanation.objectiveLoss = loss
    explanation.change = SelectionChange(from: choices, to: session.choices(at: forcedValues))
    let forcedChoice = session.choices(at: forcedValues).first { $0.candidate == id }
    explanation.scoreThresholds = scoreThresholds(id, loss: loss, reference: funded ? mine : forcedChoice, funded: funded)
    explanation.costThreshold = try costThreshold(
      id, funded: funded, withoutObjective: funded ? forcedObjective : baseObjective, baseValues: values)
    return explanation
  }

  /// The benefit factor of a choice finishing in `finish` (DESIGN §4).
  func benefit(finish: Year) -> Double {
    let timing = session.options.formulation.benefitTiming ?? session.scenario.benefitTiming
    guard timing else { return 1 }
    let horizon = session.scenario.horizon
    return Double(finish.distance(to: horizon.last) + 1) / Double(max(1, horizon.count))
  }

  /// The closed-form score thresholds (weighted mode; empty in goals mode).
  func scoreThresholds(_ id: CandidateID, loss: Double, reference: FundedChoice?, funded: Bool) -> [CandidateExplanation.ScoreThreshold] {
    guard session.planning.model.sense == .maximize else { return [] }
    let factors = session.planning.choices.filter { $0.candidate == id }.map { benefit(finish: $0.finish) }
    guard let low = factors.min(), let high = factors.max(), low > 0 else { return [] }
    let own = reference.map { benefit(finish: $0.finish) } ?? (funded ? high : low)
    var thresholds: [CandidateExplanation.ScoreThreshold] = []
    for criterion in session.scenario.criteria {
      let normalizer = session.planning.normalizers[criterion.id] ?? 0
      guard criterion.weight > 0, normalizer > 0 else { continue }
      let rate = criterion.weight / normalizer
      let bracket = funded ? (loss / (rate * own), loss / (rate * low)) : (loss / (rate * high), loss / (rate * own))
      thresholds.append(
        CandidateExplanation.ScoreThreshold(criterion: criterion.id, lower: min(bracket.0, bracket.1), upper: max(bracket.0, bracket.1)))
    }
    return thresholds
  }

  /// The model with `id` forced in and all its costs scaled by `1 + change`.
  func scaledPlanning(_ id: CandidateID, change: Double) -> PlanningModel {
    let portfolio = session.portfolio.scalingCosts { $0.id == id ? 1 + change : 1 }
    var options = session.options.formulation
    options.describeRows = false
    var planning = PlanningFormulation.build(portfolio: portfolio, scenario: session.scenario, options: options)
    planning.setCandidate(id, funded: true)
    return planning
  }

  /// How the model with `id` forced in depends on the scale of `id`'s costs (the witnesses' jumps); `nil`
  /// when `CostScaling` cannot read it.
  func costScaling(_ id: CandidateID) -> CostScaling? {
    CostScaling(scaling: [id], in: session) { $0.setCandidate(id, funded: true) }
  }

  /// The cost threshold by bisection: funded candidates on [0, +100%], left-out ones on [−100%, 0].
  ///
  /// Each step asks whether the decision differs at cost change `t`. LPs settle many steps without a MILP:
  /// - a *witness*, a known plan with the candidate in whose value settles the question (funded: the base
  ///   plan and every plan a step found that still beats the best plan without it; left out: every plan a
  ///   step found that beats the base plan), decides the step when its selection can still be paid at `t`:
  ///   the objective does not depend on costs, so its value is the same there;
  /// - the LP relaxation with the candidate forced in: when even it cannot beat the threshold, no plan can.
  ///
  /// Otherwise one MILP with the candidate forced in decides, and its plan, when decisive, joins the
  /// witnesses.
  ///
  /// Each witness also moves its end of the bracket at once: an LP (`CostScaling`) finds the largest cost
  /// change at which its selection can still be paid, where the decision is then known (funded: kept;
  /// left out: flipped). The bisection stops when the bracket is as narrow as `costSteps` halvings of the
  /// range would make it, or after `costSteps` steps.
  func costThreshold(
    _ id: CandidateID, funded: Bool, withoutObjective: Double, baseValues: [Double]
  ) throws -> CandidateExplanation.CostThreshold {
    let sign = session.improvementSign
    let tolerance = tolerance
    let allowance = session.gapAllowance(near: withoutObjective)
    // Plans with the candidate in whose value settles the question (funded, they keep it; left out, they flip
    // it), each with the largest cost change at which it can be paid when `CostScaling` found it.
    var witnesses: [(values: [Double], payableUpTo: Double?)] = []
    let end = funded ? 1.0 : -1.0
    // The bracket: `keep` where the decision holds, `flip` where it flips (funded: keep < flip; left out:
    // flip < keep). Witnesses move their end (funded: keep; left out: flip) to where they stop being payable.
    var keep = 0.0
    var flip = end
    let scaling = costScaling(id)
    func absorb(_ witness: [Double]) throws {
      let payable = try scaling?.largestPayable(witness, in: funded ? 0...1 : -1...0, session: session)
      witnesses.append((witness, payable))
      guard let t = payable else { return }
      if funded, t > keep, t < flip { keep = t }
      if !funded, t > flip, t < keep { flip = t }
    }
    if funded { try absorb(baseValues) }
    func flipped(_ t: Double) throws -> Bool {
      let planning = scaledPlanning(id, change: t)
      // A witness known to be unpayable beyond its largest cost change needs no LP there.
      for witness in witnesses where witness.payableUpTo.map({ t <= $0 }) ?? true {
        let check = try session.solveOnce(AnalysisSession.fixedSelection(planning, values: witness.values), gap: 0)
        if check.status == .optimal && check.values != nil { return !funded }
      }
      var relaxation = planning.model
      for j in relaxation.variables.indices { relaxation.variables[j].isInteger = false }
      let bound = try session.solveOnce(relaxation, gap: 0)
      // No plan with the candidate at this cost at all: funded, it goes; left out, it stays out.
      if bound.status == .infeasible { return funded }
      // No plan beats the LP bound: funded, the candidate goes when even the bound falls short of the best
      // plan without it (with the gap allowance as a margin); left out, it stays out unless the bound beats it.
      if bound.status == .optimal, let objective = bound.objective {
        if funded && sign * (objective - withoutObjective) < -(tolerance + allowance) { return true }
        if !funded && sign * (objective - withoutObjective) <= tolerance { return false }
      }
      // Only whether a plan beats the threshold matters: the cutoff prunes everything that cannot, placed
      // so that the gap test's allowance never hides a plan that would decide (see `gapAllowance`).
      let cutoff = funded ? withoutObjective - sign * (tolerance + allowance) : withoutObjective + sign * (tolerance - allowance)
      // The first plan that settles the question ends the search: one at least as good as the best plan
      // without the candidate less the tolerance (funded: no flip) or better than it by more (left out: flip).
      let beyond = withoutObjective + sign * tolerance
      let decisive = funded ? withoutObjective - sign * tolerance : (sign > 0 ? beyond.nextUp : beyond.nextDown)
      let result = try session.solveOnce(planning.model, cutoff: cutoff, target: decisive)
      guard let values = result.values else { return funded }
      let value = planning.primaryValue(at: values)
      let flips = funded ? sign * (value - withoutObjective) < -tolerance : sign * (value - withoutObjective) > tolerance
      if flips != funded { try absorb(values) }
      return flips
    }
    guard try flipped(end) else { return .beyond(percent: end * 100) }
    let width = 1 / Double(1 << min(costSteps, 30))
    var steps = 0
    while steps < costSteps && abs(flip - keep) > width * (1 + 1e-9) {
      let middle = (keep + flip) / 2
      if try flipped(middle) {
        flip = funded ? min(flip, middle) : max(flip, middle)
      } else {
        keep = funded ? max(keep, middle) : min(keep, middle)
      }
      steps += 1
    }
    return .between(lowerPercent: min(keep, flip) * 100, upperPercent: max(keep, flip) * 100)
  }

  /// The rows at a bound that involve the candidate's choices or payments (not coverage, assignment,
  /// locks or caller rows), described, without repeats, in row order.
  func binding(_ id: CandidateID, values: [Double]) -> [String] {
    let planning = session.planning
    var columns = Set(planning.choiceColumns(of: id))
    for payment in planning.payments where payment.candidate == id { columns.insert(payment.column) }
    var seen: Set<String> = []
    var texts: [String] = []
    for (index, row) in planning.model.rows.enumerated() {
      let meaning = planning.rowMeanings[index]
      switch meaning.family {
      case .coverage, .assignment, .lock, .extra, .goalShortfall: continue
      default: break
      }
      guard row.indices.contains(where: { columns.contains($0) && abs(values[$0]) > 1e-9 }) else { continue }
      var activity = 0.0
      for (j, a) in zip(row.indices, row.coefficients) { activity += a * values[j] }
      let atLower = row.lowerBound.isFinite && abs(activity - row.lowerBound) <= 1e-6 * max(1, abs(row.lowerBound))
      let atUpper = row.upperBound.isFinite && abs(activity - row.upperBound) <= 1e-6 * max(1, abs(row.upperBound))
      guard atLower || atUpper, !meaning.text.isEmpty, seen.insert(meaning.text).inserted else { continue }
      texts.append(meaning.text)
    }
    return texts
  }
}
