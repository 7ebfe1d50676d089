/// Funding coverage: a candidate whose eligible sources' `max_share_percent` add up to less than 100
/// can never be fully paid (error if mandatory, warning otherwise); a mandatory candidate whose
/// cheapest tier costs more than any single eligible source can pay in total (warning).
enum ShareCoverageRule {
  static func check(_ context: DatasetValidator.Context) {
    let portfolio = context.portfolio
    // Coverage adds up every eligible source: with a source, eligibility or firm row left out it would be
    // wrong, and the row's own error says what to fix.
    guard context.ids.allSourcesRead else { return }
    for candidate in portfolio.candidates {
      guard let row = context.candidates[candidate.id] else { continue }
      let eligible = portfolio.eligibleSources(for: candidate)
      let share = eligible.map(\.maxSharePercent).reduce(0, +)
      if share < 100 {
        let list = eligible.map { "\($0.id) \($0.maxSharePercent)%" }.joined(separator: ", ")
        context.sink.report(
          candidate.mandatory ? .error : .warning, "share-coverage", at: row.origin.cell("id"), value: String(share),
          message: "'\(candidate.id)' can never be fully paid: its eligible sources may pay at most \(share)% of a tier (\(list.isEmpty ? "no eligible source" : list))",
          fix: "make another source eligible (eligibility.csv) or raise a max_share_percent in sources.csv")
      }
      guard candidate.mandatory, let cheapest = candidate.minimumCost, !eligible.isEmpty else { continue }
      let capacities = eligible.map { capacity(of: $0, horizon: context.horizon) }
      if capacities.allSatisfy({ $0.map { $0 < cheapest } ?? false }) {
        let best = capacities.compactMap { $0 }.max() ?? .zero
        context.sink.warning(
          "mandatory-cost", at: row.origin.cell("id"), value: cheapest.formatted,
          message: "mandatory '\(candidate.id)' costs at least \(cheapest.formatted), more than any eligible source can pay in total (at most \(best.formatted))",
          fix: "check its tier costs, or raise a source's max_total or yearly caps")
      }
    }
  }

  /// The most a source can pay over the horizon: its `max_total`, or the sum of its yearly caps when
  /// every horizon year has one; `nil` when unlimited.
  static func capacity(of source: FundingSource, horizon: Horizon) -> Money? {
    var yearly: Money? = Money.zero
    for year in horizon.years {
      guard let cap = source.cap(in: year), let sum = yearly else {
        yearly = nil
        break
      }
      yearly = sum + cap
    }
    switch (source.maxTotal, yearly) {
    case (let total?, let caps?): return min(total, caps)
    case (let total?, nil): return total
    case (nil, let caps?): return caps
    case (nil, nil): return nil
    }
  }
}
