/// One funding option of a candidate: its duration, yearly cost, effects and milestones.
public struct FundingTier: Sendable, Hashable, Codable, Identifiable {
  /// The tier's ID, unique within its candidate.
  public var id: TierID
  /// How many years it runs (1-5).
  public var durationYears: Int
  /// Cost in each year after the start: index 0 is the start year. Its count equals `durationYears`
  /// in a valid dataset (missing trailing years are zero).
  public var costProfile: [Money]
  /// Its effect on each criterion.
  public var scores: [CriterionID: CriterionScore]
  /// Its planned milestones, in file order.
  public var milestones: [Milestone]
  /// Where the cost figures come from.
  public var provenance: Provenance

  /// Creates a tier.
  public init(
    id: TierID, durationYears: Int, costProfile: [Money], scores: [CriterionID: CriterionScore] = [:],
    milestones: [Milestone] = [], provenance: Provenance = .illustrative
  ) {
    self.id = id
    self.durationYears = durationYears
    self.costProfile = costProfile
    self.scores = scores
    self.milestones = milestones
    self.provenance = provenance
  }

  /// The sum of the cost profile.
  public var totalCost: Money { costProfile.sum() }

  /// The cost in year `offset` after the start (0-based); zero outside the profile.
  public func cost(atOffset offset: Int) -> Money {
    offset >= 0 && offset < costProfile.count ? costProfile[offset] : .zero
  }

  /// The cost in calendar year `year` when started in `start`.
  public func cost(in year: Year, startingIn start: Year) -> Money { cost(atOffset: start.distance(to: year)) }

  /// The last year it runs when started in `start` (`start + durationYears - 1`).
  public func finishYear(startingIn start: Year) -> Year { start.advanced(by: durationYears - 1) }

  /// The `likely` score on `criterion`, 0 when the tier has none.
  public func likelyScore(_ criterion: CriterionID) -> Double { scores[criterion]?.likely ?? 0 }

  /// The criteria it scores on, sorted.
  public var scoredCriteria: [CriterionID] { scores.keys.sorted() }
}

/// A three-point estimate of a tier's effect on one criterion (`scores.csv`), in the criterion's unit.
public struct CriterionScore: Sendable, Hashable, Codable {
  /// The pessimistic value.
  public var low: Double
  /// The most likely value (the one the objective uses).
  public var likely: Double
  /// The optimistic value.
  public var high: Double
  /// Where the estimate comes from.
  public var provenance: Provenance

  /// Creates a score; validation checks `low <= likely <= high`.
  public init(low: Double, likely: Double, high: Double, provenance: Provenance = .illustrative) {
    self.low = low
    self.likely = likely
    self.high = high
    self.provenance = provenance
  }
}
