/// The IDs every row of a dataset names, read or not, and whether rows that derived checks depend on were
/// left out of the portfolio. Cross-checks use it so that one bad cell is reported once: a scenario naming a
/// candidate or source whose row failed to read is not also an "unknown reference", and checks that add up
/// over every source or candidate are skipped when one of them is missing.
public struct DatasetIDs: Sendable, Equatable {
  /// Candidate IDs of every candidates.csv row.
  public var candidates: Set<CandidateID>
  /// Source IDs of every sources.csv row.
  public var sources: Set<SourceID>
  /// The tiers of every tiers.csv row, by candidate.
  public var tiers: [CandidateID: Set<TierID>]
  /// Whether every candidate and tier row went into the portfolio.
  public var allCandidatesRead: Bool
  /// Whether every source, eligibility and firm row went into the portfolio (what funding coverage depends on).
  public var allSourcesRead: Bool

  /// Creates the IDs of a dataset.
  public init(
    candidates: Set<CandidateID>, sources: Set<SourceID>, tiers: [CandidateID: Set<TierID>], allCandidatesRead: Bool,
    allSourcesRead: Bool
  ) {
    self.candidates = candidates
    self.sources = sources
    self.tiers = tiers
    self.allCandidatesRead = allCandidatesRead
    self.allSourcesRead = allSourcesRead
  }

  /// The IDs of a portfolio built in code: every row read.
  public init(_ portfolio: Portfolio) {
    candidates = Set(portfolio.candidates.map(\.id))
    sources = Set(portfolio.sources.map(\.id))
    tiers = Dictionary(uniqueKeysWithValues: portfolio.candidates.map { ($0.id, Set($0.tiers.map(\.id))) })
    allCandidatesRead = true
    allSourcesRead = true
  }

  /// The IDs of the records, compared with the portfolio assembled from them.
  init(_ records: DatasetRecords, portfolio: Portfolio) {
    candidates = records.candidateIDs
    sources = records.sourceIDs
    tiers = Dictionary(grouping: records.tierKeys, by: \.candidate).mapValues { Set($0.map(\.tier)) }
    let assembledTiers = portfolio.candidates.map(\.tiers.count).reduce(0, +)
    allCandidatesRead = candidates == Set(portfolio.candidates.map(\.id)) && records.tierKeys.count == assembledTiers
    allSourcesRead = sources == Set(portfolio.sources.map(\.id)) && records.firmIDs == Set(portfolio.firms.map(\.id))
      && records.eligibility.allSatisfy { $0.value.rule != nil }
  }
}
