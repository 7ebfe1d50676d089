import PortfolioDomain

/// How much a source can pay over the horizon: its total cap, its yearly caps, and the smaller of the two.
///
/// The DCB fund's total is the scenario's budget band maximum (DESIGN §3); scenario overrides of a
/// source (`enabled`, `maxTotal`) apply. Yearly caps bound the total only when every year of the
/// horizon has one; a source with neither bound shows "no cap".
struct SourceCapacity {
  /// The total cap, if any.
  var maxTotal: Money?
  /// The sum of the yearly caps over the horizon, when every year has one.
  var yearlyTotal: Money?
  /// How many years of the horizon have a cap.
  var cappedYears: Int
  /// The number of years in the horizon.
  var horizonYears: Int
  /// Whether the scenario leaves the source enabled.
  var enabled: Bool

  init(source: FundingSource, scenario: Scenario?, horizon: Horizon) {
    let override = scenario?.override(for: source.id)
    enabled = override?.enabled ?? true
    if source.kind == .dcbFund, let band = scenario?.dcbBudget {
      maxTotal = band.max
    } else {
      maxTotal = override?.maxTotal ?? source.maxTotal
    }
    let caps = horizon.years.compactMap { source.cap(in: $0) }
    cappedYears = caps.count
    horizonYears = horizon.count
    yearlyTotal = cappedYears == horizonYears && horizonYears > 0 ? caps.sum() : nil
  }

  /// The most the source can pay over the horizon, or `nil` for no limit.
  var capacity: Money? {
    switch (maxTotal, yearlyTotal) {
    case (let total?, let yearly?): min(total, yearly)
    case (let total?, nil): total
    case (nil, let yearly?): yearly
    case (nil, nil): nil
    }
  }

  /// Table cell for the total cap.
  var maxTotalText: String { maxTotal.map { MoneyFormat.dollars(cents: $0.cents) } ?? "-" }
  /// The yearly caps' sum, or how many years are capped when not all are (`2 of 5 years capped`).
  var yearlyText: String {
    if let yearlyTotal { return MoneyFormat.dollars(cents: yearlyTotal.cents) }
    return cappedYears == 0 ? "-" : "\(cappedYears) of \(horizonYears) years capped"
  }
  /// Table cell for the capacity.
  var capacityText: String {
    guard enabled else { return "disabled" }
    return capacity.map { MoneyFormat.dollars(cents: $0.cents) } ?? "no cap"
  }
}
