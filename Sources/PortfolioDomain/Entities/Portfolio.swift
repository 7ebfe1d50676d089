/// The whole dataset: firms, candidates with their tiers, funding sources and relations.
///
/// Arrays keep file order; lookups by ID go through dictionaries built once at creation.
/// References are not checked here (validation reports unknown IDs with their location).
public struct Portfolio: Sendable, Equatable, Codable {
  /// The firms, in file order.
  public private(set) var firms: [Firm]
  /// The candidates, in file order, each with its tiers.
  public private(set) var candidates: [Candidate]
  /// The funding sources, in file order.
  public private(set) var sources: [FundingSource]
  /// The relations, in file order.
  public private(set) var relations: [Relation]

  private var firmIndex: [FirmID: Int]
  private var candidateIndex: [CandidateID: Int]
  private var sourceIndex: [SourceID: Int]

  /// Creates a portfolio; the first of duplicate IDs wins in lookups.
  public init(firms: [Firm] = [], candidates: [Candidate] = [], sources: [FundingSource] = [], relations: [Relation] = []) {
    self.firms = firms
    self.candidates = candidates
    self.sources = sources
    self.relations = relations
    firmIndex = Portfolio.index(firms.map(\.id))
    candidateIndex = Portfolio.index(candidates.map(\.id))
    sourceIndex = Portfolio.index(sources.map(\.id))
  }

  private static func index<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
    var result: [ID: Int] = [:]
    for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
    return result
  }

  private enum CodingKeys: String, CodingKey { case firms, candidates, sources, relations }

  /// Encodes the four arrays (money as integer cents, IDs as strings).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(firms, forKey: .firms)
    try container.encode(candidates, forKey: .candidates)
    try container.encode(sources, forKey: .sources)
    try container.encode(relations, forKey: .relations)
  }

  /// Decodes the four arrays and rebuilds the lookups.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      firms: try container.decode([Firm].self, forKey: .firms), candidates: try container.decode([Candidate].self, forKey: .candidates),
      sources: try container.decode([FundingSource].self, forKey: .sources),
      relations: try container.decode([Relation].self, forKey: .relations))
  }

  public static func == (lhs: Portfolio, rhs: Portfolio) -> Bool {
    lhs.firms == rhs.firms && lhs.candidates == rhs.candidates && lhs.sources == rhs.sources
      && lhs.relations == rhs.relations
  }

  /// The firm with this ID.
  public func firm(_ id: FirmID) -> Firm? { firmIndex[id].map { firms[$0] } }
  /// The candidate with this ID.
  public func candidate(_ id: CandidateID) -> Candidate? { candidateIndex[id].map { candidates[$0] } }
  /// The source with this ID.
  public func source(_ id: SourceID) -> FundingSource? { sourceIndex[id].map { sources[$0] } }
  /// The tier `tier` of candidate `candidate`.
  public func tier(_ candidate: CandidateID, _ tier: TierID) -> FundingTier? { self.candidate(candidate)?.tier(tier) }

  /// The entity of the candidate's firm; `nil` without a (known) firm.
  public func entity(of candidate: Candidate) -> Entity? { candidate.firm.flatMap { firm($0)?.entity } }

  /// The sources that may pay for `candidate`, in file order (DESIGN §3 eligibility).
  public func eligibleSources(for candidate: Candidate) -> [FundingSource] {
    let entity = entity(of: candidate)
    return sources.filter { $0.mayPay(for: candidate, firmEntity: entity) }
  }

  /// The candidates that `source` may pay for, in file order.
  public func eligibleCandidates(for source: FundingSource) -> [Candidate] {
    candidates.filter { source.mayPay(for: $0, firmEntity: entity(of: $0)) }
  }

  /// The DCB fund (the first source of kind `dcb-fund`), if any.
  public var dcbFund: FundingSource? { sources.first { $0.kind == .dcbFund } }

  /// The mandatory candidates, in file order.
  public var mandatoryCandidates: [Candidate] { candidates.filter(\.mandatory) }

  /// The sum over mandatory candidates of their cheapest tier's total cost.
  public var mandatoryMinimumCost: Money { mandatoryCandidates.compactMap(\.minimumCost).sum() }

  /// The relations that mention `candidate` on either side.
  public func relations(involving candidate: CandidateID) -> [Relation] {
    relations.filter { $0.a == candidate || $0.b == candidate }
  }

  /// Every criterion any tier scores on, sorted.
  public var scoredCriteria: [CriterionID] {
    Array(Set(candidates.flatMap { $0.tiers.flatMap { $0.scores.keys } })).sorted()
  }
}
