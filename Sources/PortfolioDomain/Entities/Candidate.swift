/// A fundable item: a DCB project, a technology transfer or an industry investment (`candidates.csv`).
///
/// Its funding options are its `tiers` (from `tiers.csv`, `scores.csv` and `milestones.csv`).
public struct Candidate: Sendable, Hashable, Codable, Identifiable {
  /// The candidate's ID (`DCB-D1`, `T03`).
  public var id: CandidateID
  /// A short title.
  public var title: String
  /// What kind of item it is.
  public var kind: CandidateKind
  /// The BiH firm that receives it; `nil` for sector-wide programmes and DCB projects.
  public var firm: FirmID?
  /// The pact partner that transfers or co-funds it; `nil` when none.
  public var partner: Partner?
  /// The DCB lead nation (ISO 3166 alpha-2, for example `GB`), when known.
  public var leadNation: String?
  /// Free tags that eligibility rules can match (`codification`, `propellant`).
  public var tags: [String]
  /// The first year it may start.
  public var earliestStart: Year
  /// The last year it may start.
  public var latestStart: Year
  /// Whether it must be funded (all 12 DCB projects are).
  public var mandatory: Bool
  /// Its funding options, in file order.
  public var tiers: [FundingTier]
  /// Where the row's figures come from.
  public var provenance: Provenance

  /// Creates a candidate.
  public init(
    id: CandidateID, title: String, kind: CandidateKind, firm: FirmID? = nil, partner: Partner? = nil,
    leadNation: String? = nil, tags: [String] = [], earliestStart: Year, latestStart: Year, mandatory: Bool = false,
    tiers: [FundingTier] = [], provenance: Provenance = .illustrative
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.firm = firm
    self.partner = partner
    self.leadNation = leadNation
    self.tags = tags
    self.earliestStart = earliestStart
    self.latestStart = latestStart
    self.mandatory = mandatory
    self.tiers = tiers
    self.provenance = provenance
  }

  /// The tier with this ID, if any.
  public func tier(_ id: TierID) -> FundingTier? { tiers.first { $0.id == id } }

  /// The start years allowed by the window (`earliestStart...latestStart`; empty when reversed).
  public var startWindow: [Year] {
    earliestStart <= latestStart ? Array(earliestStart...latestStart) : []
  }

  /// The start years of `tier` that also finish by `lastYear` (`start + duration - 1 <= lastYear`).
  public func feasibleStarts(of tier: FundingTier, finishingBy lastYear: Year) -> [Year] {
    startWindow.filter { $0.advanced(by: tier.durationYears - 1) <= lastYear }
  }

  /// The cheapest total cost over its tiers; `nil` without tiers.
  public var minimumCost: Money? { tiers.map(\.totalCost).min() }
}
