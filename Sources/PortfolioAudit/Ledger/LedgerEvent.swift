import PortfolioDomain

/// The typed content of a ledger entry: its `type` and `payload` (DESIGN §5).
public enum LedgerEvent: Sendable, Equatable {
  /// seq 0: the ledger's identity and creation time.
  case genesis(GenesisEvent)
  /// A plan was approved.
  case planApproved(PlanApprovedEvent)
  /// The baseline was frozen from an approved plan.
  case baseline(BaselineEvent)
  /// Milestone progress.
  case milestone(MilestoneEvent)
  /// An actual cost.
  case cost(CostEvent)
  /// One candidate's schedule and budget were re-baselined.
  case rebaseline(RebaselineEvent)
  /// An earlier entry was corrected.
  case correction(CorrectionEvent)
  /// A note.
  case note(NoteEvent)
  /// An interrupted write was removed.
  case repair(RepairEvent)

  /// Every `type` value, in the order of DESIGN §5.
  public static let typeNames = [
    "genesis", "plan-approved", "baseline", "milestone", "cost", "rebaseline", "correction", "note", "repair",
  ]

  /// The entry's `type` field.
  public var typeName: String {
    switch self {
    case .genesis: return "genesis"
    case .planApproved: return "plan-approved"
    case .baseline: return "baseline"
    case .milestone: return "milestone"
    case .cost: return "cost"
    case .rebaseline: return "rebaseline"
    case .correction: return "correction"
    case .note: return "note"
    case .repair: return "repair"
    }
  }

  /// The entry's `payload` field.
  public var payload: CanonicalJSON {
    switch self {
    case .genesis(let event): return event.json
    case .planApproved(let event): return event.json
    case .baseline(let event): return event.json
    case .milestone(let event): return event.json
    case .cost(let event): return event.json
    case .rebaseline(let event): return event.json
    case .correction(let event): return event.json
    case .note(let event): return event.json
    case .repair(let event): return event.json
    }
  }

  /// Decodes a payload of the given type.
  ///
  /// - Throws: ``LedgerFormatError`` naming the field (`payload.milestones[1].pvCents`) when the payload does not
  ///   follow its schema, or for an unknown type.
  public init(type: String, payload: CanonicalJSON) throws(LedgerFormatError) {
    let path = "payload"
    switch type {
    case "genesis": self = .genesis(try GenesisEvent(json: payload, path: path))
    case "plan-approved": self = .planApproved(try PlanApprovedEvent(json: payload, path: path))
    case "baseline": self = .baseline(try BaselineEvent(json: payload, path: path))
    case "milestone": self = .milestone(try MilestoneEvent(json: payload, path: path))
    case "cost": self = .cost(try CostEvent(json: payload, path: path))
    case "rebaseline": self = .rebaseline(try RebaselineEvent(json: payload, path: path))
    case "correction": self = .correction(try CorrectionEvent(json: payload, path: path))
    case "note": self = .note(try NoteEvent(json: payload, path: path))
    case "repair": self = .repair(try RepairEvent(json: payload, path: path))
    default: throw LedgerFormatError(path: "type", message: "unknown type '\(type)'")
    }
  }
}
