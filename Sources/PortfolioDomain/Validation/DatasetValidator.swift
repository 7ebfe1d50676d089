/// Runs every dataset rule over the records read from the nine tables (DESIGN §3, issue 2 item 4).
///
/// One rule per file in this folder; each adds its findings to the shared sink, so one run reports
/// every problem. Rules see duplicates and dangling rows, which `Portfolio` drops.
enum DatasetValidator {
  /// What every rule reads.
  struct Context {
    let records: DatasetRecords
    let horizon: Horizon
    let sink: FindingSink
    /// The first candidate row of each ID.
    let candidates: [CandidateID: Located<Candidate>]
    /// The first firm row of each ID.
    let firms: [FirmID: Located<Firm>]
    /// The first tier row of each (candidate, tier).
    let tiers: [TierKey: Located<TierRecord>]
    /// The assembled portfolio (first of duplicates, dangling rows dropped).
    let portfolio: Portfolio
    /// The IDs of every row, read or not, and whether rows were left out of `portfolio`.
    let ids: DatasetIDs

    init(records: DatasetRecords, horizon: Horizon, sink: FindingSink) {
      self.records = records
      self.horizon = horizon
      self.sink = sink
      var candidates: [CandidateID: Located<Candidate>] = [:]
      for row in records.candidates where candidates[row.value.id] == nil { candidates[row.value.id] = row }
      self.candidates = candidates
      var firms: [FirmID: Located<Firm>] = [:]
      for row in records.firms where firms[row.value.id] == nil { firms[row.value.id] = row }
      self.firms = firms
      var tiers: [TierKey: Located<TierRecord>] = [:]
      for row in records.tiers {
        let key = TierKey(candidate: row.value.candidate, tier: row.value.tier)
        if tiers[key] == nil { tiers[key] = row }
      }
      self.tiers = tiers
      portfolio = DatasetLoader.assemble(records)
      ids = DatasetIDs(records, portfolio: portfolio)
    }
  }

  /// The rules, in the order they run (the findings are sorted afterwards).
  static let rules: [@Sendable (Context) -> Void] = [
    DuplicateIDRule.check, ReferenceRule.check, CostProfileRule.check, StartWindowRule.check, ScoreRangeRule.check,
    MilestoneRule.check, RequiresCycleRule.check, ShareCoverageRule.check, SourceRule.check, ProvenanceRule.check,
  ]

  /// Runs every rule; returns the portfolio and IDs they checked, for the loader to hand on.
  static func run(_ records: DatasetRecords, horizon: Horizon, sink: FindingSink) -> (portfolio: Portfolio, ids: DatasetIDs) {
    let context = Context(records: records, horizon: horizon, sink: sink)
    for rule in rules { rule(context) }
    return (context.portfolio, context.ids)
  }
}
