import PortfolioDomain

/// The audit state rebuilt by replaying a verified ledger: the baseline in force, milestone events and costs
/// after corrections, and what could not be applied.
///
/// Replay rules:
/// - a `baseline` entry replaces the whole baseline; a `rebaseline` replaces one candidate's milestones and BAC
///   (its funding shares stay); a rebaseline of a candidate not in the baseline is an issue and is skipped;
/// - a `correction` applies to an earlier `milestone` or `cost` entry: `amend` replaces payload fields (the
///   result must decode), `void` removes it; anything else is an issue and is skipped;
/// - costs are applied while the sum of their magnitudes stays within ``costMagnitudeLimit`` ($1 quadrillion), so
///   no total of earned-value arithmetic can overflow; a cost beyond it is an issue and is skipped;
/// - nothing is silently fixed: every skipped item is in ``issues`` and becomes a finding.
public struct LedgerState: Sendable {
  /// A milestone event with the entry that recorded it.
  public struct RecordedMilestone: Sendable, Equatable {
    /// The entry's seq (the original entry, also when amended).
    public var seq: Int
    /// When it was recorded.
    public var recorded: LedgerTime
    /// The event after corrections.
    public var event: MilestoneEvent
  }

  /// A cost event with the entry that recorded it.
  public struct RecordedCost: Sendable, Equatable {
    /// The entry's seq.
    public var seq: Int
    /// When it was recorded.
    public var recorded: LedgerTime
    /// The event after corrections.
    public var event: CostEvent
  }

  /// Something in the ledger that replay could not apply.
  public struct Issue: Sendable, Equatable {
    /// The entry at fault.
    public var seq: Int
    /// What is wrong, lowercase.
    public var message: String
  }

  /// The baseline in force (nil before any `baseline` entry), with rebaselines applied.
  public private(set) var baseline: BaselineEvent?
  /// The seq of the entry that set the baseline.
  public private(set) var baselineSeq: Int?
  /// The rebaselines applied, by candidate, in ledger order (seq).
  public private(set) var rebaselines: [(seq: Int, event: RebaselineEvent)] = []
  /// The milestone events in ledger order, after corrections.
  public private(set) var milestones: [RecordedMilestone] = []
  /// The costs in ledger order, after corrections.
  public private(set) var costs: [RecordedCost] = []
  /// The latest `plan-approved` event, if any.
  public private(set) var approval: PlanApprovedEvent?
  /// What could not be applied.
  public private(set) var issues: [Issue] = []
  /// The time of the last entry (the default status date of reports).
  public private(set) var lastTime: LedgerTime?

  /// Replays `ledger`.
  public init(ledger: Ledger) {
    var milestoneBySeq: [Int: MilestoneEvent] = [:]
    var costBySeq: [Int: CostEvent] = [:]
    var recordedTime: [Int: LedgerTime] = [:]
    var order: [Int] = []
    for entry in ledger.entries {
      lastTime = entry.time
      switch entry.event {
      case .genesis, .note, .repair: break
      case .planApproved(let event): approval = event
      case .baseline(let event):
        baseline = event
        baselineSeq = entry.seq
        rebaselines = []
      case .rebaseline(let event):
        guard var current = baseline, let index = current.candidates.firstIndex(where: { $0.candidate == event.candidate })
        else {
          issues.append(Issue(seq: entry.seq, message: "rebaseline of '\(event.candidate)', which is not in the baseline"))
          continue
        }
        current.candidates[index].milestones = event.milestones
        current.bac = current.bac - current.candidates[index].bac + event.bac
        current.candidates[index].bac = event.bac
        baseline = current
        rebaselines.append((entry.seq, event))
      case .milestone(let event):
        milestoneBySeq[entry.seq] = event
        recordedTime[entry.seq] = entry.time
        order.append(entry.seq)
      case .cost(let event):
        costBySeq[entry.seq] = event
        recordedTime[entry.seq] = entry.time
        order.append(entry.seq)
      case .correction(let correction):
        let target = correction.refSeq
        guard target < entry.seq else {
          issues.append(Issue(seq: entry.seq, message: "correction refers to seq \(target), which is not earlier"))
          continue
        }
        if let original = milestoneBySeq[target] {
          switch correction.action {
          case .void: milestoneBySeq[target] = nil
          case .amend:
            do {
              milestoneBySeq[target] = try LedgerState.amended(original, with: correction.fields)
            } catch {
              issues.append(Issue(seq: entry.seq, message: "correction of seq \(target) is invalid: \(error)"))
            }
          }
        } else if let original = costBySeq[target] {
          switch correction.action {
          case .void: costBySeq[target] = nil
          case .amend:
            do {
              costBySeq[target] = try LedgerState.amended(original, with: correction.fields)
            } catch {
              issues.append(Issue(seq: entry.seq, message: "correction of seq \(target) is invalid: \(error)"))
            }
          }
        } else {
          let kind = target < ledger.entries.count ? ledger.entries[target].event.typeName : "missing"
          issues.append(
            Issue(
              seq: entry.seq,
              message: "correction refers to seq \(target) (\(kind)): only live milestone and cost entries can be corrected"))
        }
      }
    }
    var costMagnitude: Int64 = 0
    for seq in order {
      guard let time = recordedTime[seq] else { continue }
      if let event = milestoneBySeq[seq] { milestones.append(RecordedMilestone(seq: seq, recorded: time, event: event)) }
      if let event = costBySeq[seq] {
        // Each amount is at most about 10^15 cents (the payload's limit), so this sum cannot overflow first.
        let next = costMagnitude + Int64(event.amount.cents.magnitude)
        guard next <= Self.costMagnitudeLimit else {
          issues.append(
            Issue(
              seq: seq,
              message: "cost of \(event.amount.cents) cents left out: the costs' magnitudes would sum beyond "
                + "\(Self.costMagnitudeLimit) cents"))
          continue
        }
        costMagnitude = next
        costs.append(RecordedCost(seq: seq, recorded: time, event: event))
      }
    }
  }

  /// The most that the magnitudes of all applied costs may sum to, in cents ($1 quadrillion): a hundred times the
  /// largest single amount, and far enough inside `Int64` that AC, EAC and every total stay exact.
  public static let costMagnitudeLimit: Int64 = 100_000_000_000_000_000

  /// The baseline candidate with this ID.
  public func candidate(_ id: CandidateID) -> BaselineCandidate? { baseline?.candidates.first { $0.candidate == id } }

  /// What `correction`, appended after the replayed entries, would leave at its target: `nil` for a void, the
  /// amended event for an amend. `audit record` asks this before it writes, so a correction that replay would skip
  /// is refused instead of becoming a permanent finding.
  ///
  /// - Throws: why replay would skip it: the target is no live milestone or cost entry (a note, a voided entry, a
  ///   seq not yet written), or the amended payload does not decode (a field of the wrong type, an amount beyond
  ///   the payload's limit).
  public func applying(_ correction: CorrectionEvent) throws(LedgerFormatError) -> LedgerEvent? {
    let target = correction.refSeq
    if let recorded = milestones.first(where: { $0.seq == target }) {
      guard correction.action == .amend else { return nil }
      return .milestone(try Self.amended(recorded.event, with: correction.fields))
    }
    if let recorded = costs.first(where: { $0.seq == target }) {
      guard correction.action == .amend else { return nil }
      return .cost(try Self.amended(recorded.event, with: correction.fields))
    }
    throw LedgerFormatError(
      path: "payload.refSeq", message: "seq \(target) is no live milestone or cost entry; only those can be corrected")
  }

  private static func amended(_ event: MilestoneEvent, with fields: [String: CanonicalJSON]) throws(LedgerFormatError)
    -> MilestoneEvent
  {
    try MilestoneEvent(json: amended(event.json, with: fields), path: "payload")
  }

  private static func amended(_ event: CostEvent, with fields: [String: CanonicalJSON]) throws(LedgerFormatError)
    -> CostEvent
  {
    try CostEvent(json: amended(event.json, with: fields), path: "payload")
  }

  private static func amended(_ payload: CanonicalJSON, with fields: [String: CanonicalJSON]) -> CanonicalJSON {
    var members = payload.objectValue ?? [:]
    for (key, value) in fields { members[key] = value }
    return .object(members)
  }
}
