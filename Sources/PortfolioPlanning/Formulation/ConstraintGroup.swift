import PortfolioDomain

/// The family a row of the planning model belongs to (DESIGN §4), one per file of `Formulation/`.
public enum ConstraintFamily: String, Sendable, Hashable, Comparable, CaseIterable {
  /// At most one (tier, start) per candidate; exactly one when mandatory or forced in; none when forced out.
  case assignment
  /// A locked candidate's (tier, start).
  case lock
  /// A funded candidate's cost in each year is paid in full.
  case coverage
  /// The DCB fund's total lies in the scenario's budget band.
  case budgetBand = "budget-band"
  /// A source's total floor and cap.
  case sourceTotal = "source-total"
  /// A source's cap in one year.
  case yearlyCap = "yearly-cap"
  /// A source's maximum share of a funded tier's total cost.
  case maxShare = "max-share"
  /// `requires` and `excludes`.
  case relation
  /// The minimum share of the DCB fund paid to security projects.
  case securityShare = "security-share"
  /// Each entity's share of industry money.
  case entityBounds = "entity-bounds"
  /// A firm's yearly absorptive capacity.
  case absorptiveCapacity = "absorptive-capacity"
  /// A criterion goal as a hard floor.
  case goalFloor = "goal-floor"
  /// The shortfall definition of goals mode (part of the objective).
  case goalShortfall = "goal-shortfall"
  /// Rows added by callers (decision analysis: epsilon constraints, budget levels, the lexicographic floor).
  case extra

  public static func < (lhs: ConstraintFamily, rhs: ConstraintFamily) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// A group of rows that an explanation switches off together: one source's cap, one year's cap, the
/// budget band, one policy, one forced item, one relation, a mandatory item.
///
/// Groups are the unit of the infeasibility deletion filter and of "what bound it" in decoded plans.
/// `core` rows (coverage, goal shortfall definitions) are never relaxed.
public enum ConstraintGroup: Sendable, Hashable, Comparable {
  /// Rows that define the model and are never relaxed (coverage).
  case core
  /// A mandatory candidate must be funded.
  case mandatory(CandidateID)
  /// The scenario forces the candidate in.
  case forcedIn(CandidateID)
  /// The scenario forces the candidate out.
  case forcedOut(CandidateID)
  /// The scenario locks the candidate's tier and start.
  case lock(CandidateID)
  /// The DCB fund's budget band.
  case budgetBand
  /// A source's total floor and cap.
  case sourceTotal(SourceID)
  /// A source's cap in one year.
  case yearlyCap(SourceID, Year)
  /// A source's maximum share of each funded tier.
  case maxShare(SourceID)
  /// The relation at this position of `Portfolio.relations` (0-based).
  case relation(Int)
  /// The minimum security share of the DCB fund.
  case securityShare
  /// The bounds on one entity's share of industry money.
  case entityBounds(Entity)
  /// One firm's yearly absorptive capacity.
  case absorptiveCapacity(FirmID)
  /// One criterion's goal as a hard floor.
  case goalFloor(CriterionID)
  /// A caller's group, by name.
  case extra(String)

  /// A stable sort key (family order, then the group's own key).
  var sortKey: String {
    switch self {
    case .core: "00"
    case .mandatory(let id): "01 \(id)"
    case .forcedIn(let id): "02 \(id)"
    case .forcedOut(let id): "03 \(id)"
    case .lock(let id): "04 \(id)"
    case .budgetBand: "05"
    case .sourceTotal(let id): "06 \(id)"
    case .yearlyCap(let id, let year): "07 \(id) \(year)"
    case .maxShare(let id): "08 \(id)"
    case .relation(let index): "09 \(String(repeating: "0", count: max(0, 6 - String(index).count)))\(index)"
    case .securityShare: "10"
    case .entityBounds(let entity): "11 \(entity.rawValue)"
    case .absorptiveCapacity(let id): "12 \(id)"
    case .goalFloor(let id): "13 \(id)"
    case .extra(let name): "14 \(name)"
    }
  }

  public static func < (lhs: ConstraintGroup, rhs: ConstraintGroup) -> Bool {
    lhs.sortKey.utf8.lexicographicallyPrecedes(rhs.sortKey.utf8)
  }
}

/// What one row of the planning model means: its family, its group, a plain description, and the bounds
/// it takes when its group is relaxed.
public struct RowMeaning: Sendable, Hashable {
  /// The row's family.
  public var family: ConstraintFamily
  /// The group it is switched off with.
  public var group: ConstraintGroup
  /// A plain-language description ("the US pledge's cap of $20,000,000 in 2025").
  public var text: String
  /// Lower bound when the group is relaxed (kUSD or the row's own unit).
  public var relaxedLower: Double
  /// Upper bound when the group is relaxed.
  public var relaxedUpper: Double

  /// Creates a meaning; relaxed bounds default to a free row.
  public init(
    family: ConstraintFamily, group: ConstraintGroup, text: String, relaxedLower: Double = -.infinity,
    relaxedUpper: Double = .infinity
  ) {
    self.family = family
    self.group = group
    self.text = text
    self.relaxedLower = relaxedLower
    self.relaxedUpper = relaxedUpper
  }
}
