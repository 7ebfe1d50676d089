import PortfolioDomain

/// Freezes an approved plan into a `baseline` event (and its `plan-approved` event).
///
/// For each funded candidate (plan allocation, sorted by ID): the tier's milestones with planned dates by the
/// DESIGN §3 due-date rule (last day of month `month_offset` counted from January of the start year), planned
/// value = tier total cost x EV weight, apportioned by largest remainder so the milestones add up exactly to the
/// tier's cost (BAC), the planned start (1 January of the start year), and the plan's payments summed per
/// source. The baseline is refused when the plan's `inputsSHA256` differs from the data's.
public enum BaselineBuilder {
  /// The baseline event for `plan` over `portfolio`.
  ///
  /// - Parameters:
  ///   - plan: the approved plan (DESIGN §3 plan JSON).
  ///   - portfolio: the dataset the plan was made from.
  ///   - dataInputsSHA256: the input manifest hash of the dataset and scenario at hand (computed by the caller).
  ///   - planSHA256: the SHA-256 of the plan file's bytes.
  /// - Throws: ``BaselineError``.
  public static func baseline(
    plan: PortfolioPlan, portfolio: Portfolio, dataInputsSHA256: String, planSHA256: String
  ) throws(BaselineError) -> BaselineEvent {
    guard plan.inputsSHA256.lowercased() == dataInputsSHA256.lowercased() else {
      throw .inputsMismatch(plan: plan.inputsSHA256, data: dataInputsSHA256)
    }
    guard plan.status == .optimal || plan.status == .limitReached, !plan.allocations.isEmpty else {
      throw .planWithoutAllocations(status: plan.status.rawValue)
    }
    var candidates: [BaselineCandidate] = []
    var seen: Set<CandidateID> = []
    for allocation in plan.allocations.sorted(by: { $0.candidate < $1.candidate }) {
      guard seen.insert(allocation.candidate).inserted else { throw .duplicateAllocation(allocation.candidate) }
      candidates.append(try candidate(allocation, portfolio: portfolio))
    }
    return BaselineEvent(
      inputsSHA256: plan.inputsSHA256.lowercased(), planSHA256: planSHA256, scenario: plan.scenario,
      bac: candidates.map(\.bac).sum(), candidates: candidates)
  }

  /// The `plan-approved` event for `plan`: its inputs hash, its objective as the shortest decimal that reads
  /// back to the same `Double`, the scenario and the approver.
  public static func approval(plan: PortfolioPlan, planSHA256: String, approver: String) -> PlanApprovedEvent {
    PlanApprovedEvent(
      inputsSHA256: plan.inputsSHA256.lowercased(), planSHA256: planSHA256, objective: "\(plan.objective)",
      scenario: plan.scenario, approver: approver)
  }

  static func candidate(_ allocation: Allocation, portfolio: Portfolio) throws(BaselineError) -> BaselineCandidate {
    guard let candidate = portfolio.candidate(allocation.candidate) else { throw .unknownCandidate(allocation.candidate) }
    guard let tier = candidate.tier(allocation.tier) else {
      throw .unknownTier(candidate: allocation.candidate, tier: allocation.tier)
    }
    guard !tier.milestones.isEmpty else { throw .noMilestones(candidate: allocation.candidate, tier: allocation.tier) }
    let weights = tier.milestones.map(\.evWeightPercent)
    guard weights.allSatisfy({ $0 >= 0 }), weights.reduce(0, +) == 100 else {
      throw .weightsDoNotAddUp(candidate: allocation.candidate, tier: allocation.tier, sum: weights.reduce(0, +))
    }
    guard tier.milestones.allSatisfy({ $0.monthOffset >= 1 }) else {
      throw .noMilestones(candidate: allocation.candidate, tier: allocation.tier)
    }
    let bac = tier.totalCost
    let values = Apportion.split(bac.cents, weights: weights.map(Int64.init))
    let milestones = zip(tier.milestones, values).map { milestone, cents in
      BaselineMilestone(
        milestone: milestone.id, title: milestone.title, plannedDate: milestone.dueDate(startYear: allocation.startYear),
        weightPercent: milestone.evWeightPercent, plannedValue: Money(cents: cents))
    }
    var bySource: [SourceID: Money] = [:]
    for payment in allocation.funding { bySource[payment.source, default: .zero] += payment.amount }
    let funding = bySource.keys.sorted().map { SourceAmount(source: $0, amount: bySource[$0] ?? .zero) }
    return BaselineCandidate(
      candidate: candidate.id, kind: candidate.kind, tier: tier.id, startYear: allocation.startYear,
      finishYear: allocation.finishYear, plannedStart: CalendarDate(year: allocation.startYear.rawValue, month: 1, day: 1),
      bac: bac, funding: funding, milestones: milestones)
  }
}

/// Why a plan cannot be frozen into a baseline.
public enum BaselineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The plan was made from other data than the data given.
  case inputsMismatch(plan: String, data: String)
  /// The plan has no allocations (infeasible, no solution).
  case planWithoutAllocations(status: String)
  /// A candidate funded twice.
  case duplicateAllocation(CandidateID)
  /// A funded candidate is not in the dataset.
  case unknownCandidate(CandidateID)
  /// A funded tier is not in the dataset.
  case unknownTier(candidate: CandidateID, tier: TierID)
  /// A funded tier has no (valid) milestones.
  case noMilestones(candidate: CandidateID, tier: TierID)
  /// A funded tier's EV weights do not add up to 100.
  case weightsDoNotAddUp(candidate: CandidateID, tier: TierID, sum: Int)

  /// A lowercase message.
  public var description: String {
    switch self {
    case .inputsMismatch(let plan, let data):
      return "the plan's inputsSHA256 \(plan) does not match the data's \(data): the plan was made from other data"
    case .planWithoutAllocations(let status): return "the plan (status '\(status)') funds nothing: no baseline"
    case .duplicateAllocation(let id): return "candidate '\(id)' is allocated twice in the plan"
    case .unknownCandidate(let id): return "the plan funds candidate '\(id)', which is not in the dataset"
    case .unknownTier(let candidate, let tier): return "the plan funds tier '\(tier)' of '\(candidate)', which the dataset lacks"
    case .noMilestones(let candidate, let tier): return "tier '\(tier)' of '\(candidate)' has no valid milestones"
    case .weightsDoNotAddUp(let candidate, let tier, let sum):
      return "the ev weights of tier '\(tier)' of '\(candidate)' add up to \(sum), not 100"
    }
  }
}
