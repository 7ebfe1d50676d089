/// Funding sources: the DCB fund exists once, has no `min_total`/`max_total` (its band is the
/// scenario's) and pays DCB projects only; `max_share_percent` lies in 0-100; a floor is not above
/// the cap; yearly caps can cover the floor (warning).
enum SourceRule {
  static func check(_ context: DatasetValidator.Context) {
    let sink = context.sink
    let funds = context.records.sources.filter { $0.value.kind == .dcbFund }
    if funds.isEmpty, !context.records.sources.isEmpty {
      sink.add(
        ValidationFinding(
          .error, rule: "dcb-fund", file: "sources.csv", line: 1, column: 1, field: "kind",
          message: "no source of kind 'dcb-fund'", fix: "add the DCB fund to sources.csv"))
    }
    for row in funds.dropFirst() {
      sink.warning(
        "dcb-fund", at: row.origin.cell("kind"), value: row.value.id.rawValue,
        message: "more than one dcb-fund source ('\(row.value.id)'); the budget band applies to their total",
        fix: "keep one DCB fund")
    }
    for row in context.records.sources {
      let source = row.value
      if source.kind == .dcbFund {
        for (column, value) in [("min_total", source.minTotal), ("max_total", source.maxTotal)] {
          if let value {
            sink.error(
              "dcb-fund-band", at: row.origin.cell(column), value: String(value.wholeDollars),
              message: "\(column) is set on the DCB fund '\(source.id)'; its band belongs to the scenario (dcbBudget)",
              fix: "empty \(column) and set dcbBudget in Config/scenario.json")
          }
        }
        if let fund = context.portfolio.source(source.id) {
          let others = context.portfolio.eligibleCandidates(for: fund).filter { !$0.kind.isDCB }
          if let first = others.first {
            sink.error(
              "dcb-fund-eligibility", at: row.origin.cell("id"), value: first.id.rawValue,
              message: "the DCB fund '\(source.id)' may pay \(others.count) non-DCB candidate(s), such as '\(first.id)'",
              fix: "give it eligibility rows 'kind,dcb-defence' and 'kind,dcb-security' only")
          }
        }
      }
      if source.maxSharePercent > 100 {
        sink.error(
          "max-share", at: row.origin.cell("max_share_percent"), value: String(source.maxSharePercent),
          message: "max_share_percent \(source.maxSharePercent) of '\(source.id)' is above 100",
          fix: "write a percentage from 0 to 100 (empty means 100)")
      }
      if let floor = source.minTotal, let cap = source.maxTotal, floor > cap {
        sink.error(
          "source-band", at: row.origin.cell("min_total"), value: String(floor.wholeDollars),
          message: "min_total \(floor.formatted) of '\(source.id)' is above its max_total \(cap.formatted)",
          fix: "lower min_total or raise max_total")
      }
      if let floor = source.minTotal, floor > .zero, let portfolioSource = context.portfolio.source(source.id),
        let capacity = ShareCoverageRule.capacity(of: portfolioSource, horizon: context.horizon), capacity < floor,
        source.maxTotal.map({ $0 >= floor }) ?? true
      {
        sink.warning(
          "caps-below-floor", at: row.origin.cell("min_total"), value: String(floor.wholeDollars),
          message: "the yearly caps of '\(source.id)' add up to \(capacity.formatted), below its floor min_total \(floor.formatted)",
          fix: "raise its yearly caps in source-years.csv or lower min_total")
      }
    }
  }
}
