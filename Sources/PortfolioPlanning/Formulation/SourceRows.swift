import PortfolioDomain

/// The source rows: the DCB fund's budget band, each source's total floor and cap, and its yearly caps.
extension FormulationBuilder {
  /// The payments of `source` (indices into `planning.payments`).
  func payments(of source: SourceID) -> [PaymentVariable] {
    (paymentsBySource[source] ?? []).map { planning.payments[$0] }
  }

  /// `budget_<DCB>`: band.min <= Σ pay[DCB, ·, ·] <= band.max (the first `dcb-fund` source).
  mutating func addBudgetBandRow() {
    guard let fund = portfolio.dcbFund else { return }
    var terms = LinearTerms()
    for payment in payments(of: fund.id) { terms.append(payment.column, 1) }
    let band = scenario.dcbBudget
    planning.addRow(
      name: name("budget", fund.id.rawValue), terms: terms, lower: Self.units(band.min), upper: Self.units(band.max),
      meaning: RowMeaning(
        family: .budgetBand, group: .budgetBand,
        text: describe("the DCB fund's budget band of \(band.min.plain) to \(band.max.plain)")))
  }

  /// `total_<src>`: floor <= Σ pay[src] <= cap, with the scenario's overrides; only when a side is set.
  mutating func addSourceTotalRows() {
    for source in sources {
      let override = scenario.override(for: source.id)
      let floor = override?.minTotal ?? source.minTotal
      let cap = override?.maxTotal ?? source.maxTotal
      let lower = floor.map(Self.units) ?? 0
      guard lower > 0 || cap != nil else { continue }
      var terms = LinearTerms()
      for payment in payments(of: source.id) { terms.append(payment.column, 1) }
      var parts: [String] = []
      if let floor, floor > .zero { parts.append("floor of \(floor.plain)") }
      if let cap { parts.append("cap of \(cap.plain)") }
      planning.addRow(
        name: name("total", source.id.rawValue), terms: terms, lower: lower, upper: cap.map(Self.units) ?? .infinity,
        meaning: RowMeaning(
          family: .sourceTotal, group: .sourceTotal(source.id),
          text: describe("\(source.name)'s total \(parts.joined(separator: " and "))")))
    }
  }

  /// `cap_<src>_<year>`: Σ_c pay[src, c, year] <= the source's cap that year (horizon years with a cap only).
  mutating func addYearlyCapRows() {
    for source in sources {
      let all = payments(of: source.id)
      for cap in source.yearlyCaps where scenario.horizon.contains(cap.year) {
        var terms = LinearTerms()
        for payment in all where payment.year == cap.year { terms.append(payment.column, 1) }
        guard !terms.columns.isEmpty else { continue }
        planning.addRow(
          name: name("cap", source.id.rawValue, cap.year.description), terms: terms, lower: -.infinity, upper: Self.units(cap.max),
          meaning: RowMeaning(
            family: .yearlyCap, group: .yearlyCap(source.id, cap.year),
            text: describe("\(source.name)'s cap of \(cap.max.plain) in \(cap.year)")))
      }
    }
  }

  /// `share_<src>_<c>`: Σ_y pay[src, c, y] − share · Σ_{tier, start} totalCost(tier) · x <= 0 (no big-M:
  /// the right side is the chosen tier's total, zero when not funded).
  mutating func addMaxShareRows() {
    for source in sources where source.maxSharePercent < 100 {
      let share = Double(source.maxSharePercent) / 100
      let all = payments(of: source.id)
      for candidate in portfolio.candidates {
        let mine = all.filter { $0.candidate == candidate.id }
        guard !mine.isEmpty else { continue }
        var terms = LinearTerms()
        for payment in mine { terms.append(payment.column, 1) }
        for index in choiceIndices(candidate.id) {
          let choice = planning.choices[index]
          terms.append(choice.column, -share * Self.units(choice.totalCost))
        }
        planning.addRow(
          name: name("share", source.id.rawValue, candidate.id.rawValue), terms: terms, lower: -.infinity, upper: 0,
          meaning: RowMeaning(
            family: .maxShare, group: .maxShare(source.id),
            text: describe("\(source.name) pays at most \(source.maxSharePercent)% of '\(candidate.id)'")))
      }
    }
  }
}
