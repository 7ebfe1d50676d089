/// A value read from one row of a dataset file, with where the row is.
struct Located<Value> {
  var value: Value
  var origin: RowOrigin
}

extension Located: Sendable where Value: Sendable {}

/// One row of `tiers.csv` before it is attached to its candidate.
struct TierRecord: Sendable {
  var candidate: CandidateID
  var tier: TierID
  /// `nil` when the cell was malformed.
  var durationYears: Int?
  /// `cost_y1` .. `cost_y5`: `nil` for an empty or malformed cell.
  var costs: [Money?]
  /// The raw `cost_yN` texts (to tell empty from malformed).
  var costTexts: [String]
  var provenance: Provenance

  /// The profile over the duration (empty cells inside it count as zero).
  var costProfile: [Money] {
    let length = durationYears ?? (costs.lastIndex { $0 != nil }.map { $0 + 1 } ?? 0)
    return (0..<max(0, length)).map { $0 < costs.count ? (costs[$0] ?? .zero) : .zero }
  }
}

/// One row of `scores.csv`.
struct ScoreRecord: Sendable {
  var candidate: CandidateID
  var tier: TierID
  var criterion: CriterionID
  var low: Double?
  var likely: Double?
  var high: Double?
  var provenance: Provenance
}

/// One row of `milestones.csv`.
struct MilestoneRecord: Sendable {
  var candidate: CandidateID
  var tier: TierID
  var milestone: Milestone
}

/// One row of `source-years.csv`.
struct SourceYearRecord: Sendable {
  var source: SourceID
  var year: Year
  var max: Money
}

/// One row of `eligibility.csv` (`rule` is `nil` when its name or value was unknown).
struct EligibilityRecord: Sendable {
  var source: SourceID
  var rule: EligibilityRule?
}

/// Every table's rows as read, duplicates and dangling references included, for validation.
struct DatasetRecords: Sendable {
  var firms: [Located<Firm>] = []
  var candidates: [Located<Candidate>] = []
  var tiers: [Located<TierRecord>] = []
  var scores: [Located<ScoreRecord>] = []
  var sources: [Located<FundingSource>] = []
  var sourceYears: [Located<SourceYearRecord>] = []
  var eligibility: [Located<EligibilityRecord>] = []
  var relations: [Located<Relation>] = []
  var milestones: [Located<MilestoneRecord>] = []
  /// IDs that appear in an ID column, even on rows that failed to read (so a typo elsewhere does not
  /// also produce an "unknown reference" for every row that names it).
  var firmIDs: Set<FirmID> = []
  var candidateIDs: Set<CandidateID> = []
  var sourceIDs: Set<SourceID> = []
  var tierKeys: Set<TierKey> = []
  /// The tiers named by a milestone row that failed to read (their milestone checks would only echo that error).
  var tiersWithUnreadMilestones: Set<TierKey> = []
  /// The sum of the cost cells of the tier rows read so far (at most `DatasetLimits.maxTotalTierCostDollars`).
  var tierCostTotal: Money = .zero
}

/// A candidate's tier, as a dictionary key.
struct TierKey: Sendable, Hashable, Comparable {
  var candidate: CandidateID
  var tier: TierID
  static func < (lhs: TierKey, rhs: TierKey) -> Bool { (lhs.candidate, lhs.tier) < (rhs.candidate, rhs.tier) }
}
