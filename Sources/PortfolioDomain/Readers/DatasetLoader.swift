/// The result of reading a dataset: the portfolio built from every readable row, and every finding.
public struct DatasetLoadResult: Sendable {
  /// The portfolio (best effort when there are errors: unreadable rows are left out).
  public var portfolio: Portfolio
  /// Every problem found, in report order (file, line, column).
  public var findings: [ValidationFinding]
  /// Whether any finding is an error (the CLI exits 65).
  public var hasErrors: Bool { findings.hasErrors }
  /// Row origins of the entities, for tools that point at a row (the first row of a duplicated ID).
  public var origins: DatasetOrigins
  /// The IDs of every row, read or not, for cross-checks that should not repeat a bad row's error.
  public var ids: DatasetIDs
}

/// Where each entity of a loaded portfolio was read from (first row of duplicates).
public struct DatasetOrigins: Sendable {
  /// Firm rows.
  public var firms: [FirmID: RowOrigin] = [:]
  /// Candidate rows.
  public var candidates: [CandidateID: RowOrigin] = [:]
  /// Source rows.
  public var sources: [SourceID: RowOrigin] = [:]
}

/// Reads the nine CSV tables of DESIGN §3 into a `Portfolio` and validates them.
///
/// Every problem is reported in one run: CSV syntax errors (rows before the error still count),
/// malformed cells, unknown columns, then the rules in `Validation/`. Horizon rules use `horizon`.
public enum DatasetLoader {
  /// Reads and validates a dataset.
  /// - Parameters:
  ///   - files: the tables' contents, by file name (`firms.csv` ...); other files are ignored.
  ///   - horizon: the planning years that start windows and `source-years` are checked against.
  /// - Returns: the portfolio and every finding (errors and warnings), in report order.
  public static func load(_ files: DatasetFiles, horizon: Horizon = Horizon(first: 2024, last: 2028)) -> DatasetLoadResult {
    let sink = FindingSink()
    let records = readRecords(files, sink: sink)
    let (portfolio, ids) = DatasetValidator.run(records, horizon: horizon, sink: sink)
    var origins = DatasetOrigins()
    for firm in records.firms where origins.firms[firm.value.id] == nil { origins.firms[firm.value.id] = firm.origin }
    for candidate in records.candidates where origins.candidates[candidate.value.id] == nil {
      origins.candidates[candidate.value.id] = candidate.origin
    }
    for source in records.sources where origins.sources[source.value.id] == nil {
      origins.sources[source.value.id] = source.origin
    }
    return DatasetLoadResult(
      portfolio: portfolio, findings: sink.findings.inReportOrder(), origins: origins, ids: ids)
  }

  /// Builds the portfolio from the records: first of duplicates wins, dangling rows are dropped.
  static func assemble(_ records: DatasetRecords) -> Portfolio {
    var scores: [TierKey: [CriterionID: CriterionScore]] = [:]
    for record in records.scores {
      let score = record.value
      guard let low = score.low, let likely = score.likely, let high = score.high else { continue }
      let key = TierKey(candidate: score.candidate, tier: score.tier)
      if scores[key]?[score.criterion] == nil {
        scores[key, default: [:]][score.criterion] = CriterionScore(low: low, likely: likely, high: high, provenance: score.provenance)
      }
    }
    var milestones: [TierKey: [Milestone]] = [:]
    for record in records.milestones {
      let key = TierKey(candidate: record.value.candidate, tier: record.value.tier)
      if !(milestones[key] ?? []).contains(where: { $0.id == record.value.milestone.id }) {
        milestones[key, default: []].append(record.value.milestone)
      }
    }
    var tiers: [CandidateID: [FundingTier]] = [:]
    for record in records.tiers {
      let row = record.value
      let key = TierKey(candidate: row.candidate, tier: row.tier)
      guard let duration = row.durationYears, !(tiers[row.candidate] ?? []).contains(where: { $0.id == row.tier }) else {
        continue
      }
      tiers[row.candidate, default: []].append(
        FundingTier(
          id: row.tier, durationYears: duration, costProfile: row.costProfile, scores: scores[key] ?? [:],
          milestones: milestones[key] ?? [], provenance: row.provenance))
    }
    var seenCandidates = Set<CandidateID>()
    var candidates: [Candidate] = []
    for record in records.candidates where seenCandidates.insert(record.value.id).inserted {
      var candidate = record.value
      candidate.tiers = tiers[candidate.id] ?? []
      candidates.append(candidate)
    }
    var seenFirms = Set<FirmID>()
    let firms = records.firms.map(\.value).filter { seenFirms.insert($0.id).inserted }
    var caps: [SourceID: [YearlyCap]] = [:]
    for record in records.sourceYears where !(caps[record.value.source] ?? []).contains(where: { $0.year == record.value.year }) {
      caps[record.value.source, default: []].append(YearlyCap(year: record.value.year, max: record.value.max))
    }
    var rules: [SourceID: [EligibilityRule]] = [:]
    for record in records.eligibility {
      guard let rule = record.value.rule else { continue }
      if !(rules[record.value.source] ?? []).contains(rule) { rules[record.value.source, default: []].append(rule) }
    }
    var seenSources = Set<SourceID>()
    var sources: [FundingSource] = []
    for record in records.sources where seenSources.insert(record.value.id).inserted {
      var source = record.value
      source.yearlyCaps = (caps[source.id] ?? []).sorted { $0.year < $1.year }
      source.eligibility = rules[source.id] ?? []
      sources.append(source)
    }
    let known = Set(candidates.map(\.id))
    let relations = records.relations.map(\.value).filter { known.contains($0.a) && known.contains($0.b) && $0.a != $0.b }
    return Portfolio(firms: firms, candidates: candidates, sources: sources, relations: relations)
  }
}
