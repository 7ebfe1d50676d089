import PortfolioDomain

/// `requires` (with a start-to-start lag) and `excludes`.
extension FormulationBuilder {
  /// For `a requires b lag`: at each start year s of a, `Σ_{start(a) <= s} x_a − Σ_{start(b) <= s − lag} x_b <= 0`
  /// (`req_<a>_<b>_<s>`; the cumulative form, the tightest linear description). For `a excludes b`:
  /// `Σ x_a + Σ x_b <= 1` (`excl_<a>_<b>`). Skipped when the scenario switches relations off.
  mutating func addRelationRows() {
    guard scenario.constraints.relations else { return }
    for (position, relation) in portfolio.relations.enumerated() {
      let a = choiceIndices(relation.a).map { planning.choices[$0] }
      let b = choiceIndices(relation.b).map { planning.choices[$0] }
      switch relation.kind {
      case .requires:
        let text = describe(
          "'\(relation.a)' requires '\(relation.b)'" + (relation.lagYears > 0 ? " started \(relation.lagYears) years earlier" : ""))
        for start in Set(a.map(\.start)).sorted() {
          var terms = LinearTerms()
          for choice in a where choice.start <= start { terms.append(choice.column, 1) }
          for choice in b where choice.start <= start.advanced(by: -relation.lagYears) { terms.append(choice.column, -1) }
          planning.addRow(
            name: name("req", relation.a.rawValue, relation.b.rawValue, start.description), terms: terms, lower: -.infinity, upper: 0,
            meaning: RowMeaning(family: .relation, group: .relation(position), text: text))
        }
      case .excludes:
        var terms = LinearTerms()
        for choice in a + b { terms.append(choice.column, 1) }
        guard !a.isEmpty && !b.isEmpty else { continue }
        planning.addRow(
          name: name("excl", relation.a.rawValue, relation.b.rawValue), terms: terms, lower: -.infinity, upper: 1,
          meaning: RowMeaning(
            family: .relation, group: .relation(position), text: describe("'\(relation.a)' and '\(relation.b)' exclude each other")))
      }
    }
  }
}
