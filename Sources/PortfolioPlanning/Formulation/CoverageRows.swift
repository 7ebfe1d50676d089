import PortfolioDomain

/// The coverage equalities: each year, a funded candidate's cost is paid in full.
extension FormulationBuilder {
  /// `cover_<c>_<year>`: Σ_src pay[src, c, year] − Σ_{tier, start} cost(tier, year − start) · x = 0.
  ///
  /// One row per candidate and year, aggregated over the candidate's choices: at most one choice is 1,
  /// so the right side is exactly the chosen tier's cost that year (the tight form; no big-M).
  mutating func addCoverageRows() {
    for candidate in portfolio.candidates {
      let choices = choiceIndices(candidate.id).map { planning.choices[$0] }
      let years = Set(choices.flatMap(\.activeYears)).sorted()
      let payments = (paymentsByCandidate[candidate.id] ?? []).map { planning.payments[$0] }
      for year in years {
        var terms = LinearTerms()
        for payment in payments where payment.year == year { terms.append(payment.column, 1) }
        for choice in choices { terms.append(choice.column, -Self.units(choice.cost(in: year))) }
        planning.addRow(
          name: name("cover", candidate.id.rawValue, year.description), terms: terms, lower: 0, upper: 0,
          meaning: RowMeaning(
            family: .coverage, group: .core, text: describe("'\(candidate.id)' is paid in full in \(year)"),
            relaxedLower: 0, relaxedUpper: 0))
      }
    }
  }
}
