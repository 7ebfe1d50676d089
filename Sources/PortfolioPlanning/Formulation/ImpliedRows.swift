import PortfolioDomain

/// Implied knapsack rows in the binaries only: redundant for the LP relaxation (the payment flows imply
/// them) but they hand the solver's knapsack-cover separator rows it can strengthen.
///
/// - `need_<k>`: a source k with a total cap must pay at least the part of each funded tier that the other
///   eligible sources' shares leave: Σ_c max(0, 1 − Σ_{j ≠ k eligible} p_j) · C(t) · x <= cap_k.
/// - `hall_<S>_<y>`: for each eligibility set S that some candidate has, whose sources all cap year y,
///   the candidates payable only from S cost at most S's caps that year (Hall's condition).
///
/// Family `implied`, group `core`; explanations switch them off first (they restate other groups).
extension FormulationBuilder {
  mutating func addImpliedRows() {
    var payers: [CandidateID: [SourceID]] = [:]
    for payment in planning.payments where !(payers[payment.candidate]?.contains(payment.source) ?? false) {
      payers[payment.candidate, default: []].append(payment.source)
    }
    let byID = Dictionary(uniqueKeysWithValues: sources.map { ($0.id, $0) })
    for source in sources {
      let override = scenario.override(for: source.id)
      var cap = (override?.maxTotal ?? source.maxTotal).map(Self.units)
      if source.id == portfolio.dcbFund?.id { cap = min(cap ?? .infinity, Self.units(scenario.dcbBudget.max)) }
      guard let cap, cap.isFinite else { continue }
      var terms = LinearTerms()
      for candidate in portfolio.candidates {
        guard let mine = payers[candidate.id], mine.contains(source.id) else { continue }
        let others = mine.filter { $0 != source.id }.compactMap { byID[$0] }.map { Double($0.maxSharePercent) / 100 }.reduce(0, +)
        let need = max(0, 1 - others)
        guard need > 0 else { continue }
        for index in choiceIndices(candidate.id) {
          let choice = planning.choices[index]
          terms.append(choice.column, need * Self.units(choice.totalCost))
        }
      }
      guard terms.columns.count > 1 else { continue }
      planning.addRow(
        name: name("need", source.id.rawValue), terms: terms, lower: -.infinity, upper: cap,
        meaning: RowMeaning(family: .implied, group: .core, text: "", relaxedLower: -.infinity, relaxedUpper: .infinity))
    }
    var sets: [[SourceID]] = []
    for candidate in portfolio.candidates {
      guard let mine = payers[candidate.id]?.sorted(), !sets.contains(mine) else { continue }
      sets.append(mine)
    }
    for set in sets.sorted(by: { $0.map(\.rawValue).joined(separator: "+") < $1.map(\.rawValue).joined(separator: "+") }) {
      let members = portfolio.candidates.filter { candidate in (payers[candidate.id] ?? []).allSatisfy(set.contains) }
      for year in scenario.horizon.years {
        let caps = set.map { byID[$0]?.cap(in: year) }
        guard !caps.contains(where: { $0 == nil }) else { continue }
        let capacity = caps.compactMap { $0 }.map(Self.units).reduce(0, +)
        var terms = LinearTerms()
        var worst = 0.0
        for candidate in members {
          var most = 0.0
          for index in choiceIndices(candidate.id) {
            let choice = planning.choices[index]
            let cost = Self.units(choice.cost(in: year))
            terms.append(choice.column, cost)
            most = max(most, cost)
          }
          worst += most
        }
        guard worst > capacity || options.keepsSlackCapacityRows, terms.columns.count > 1 else { continue }
        planning.addRow(
          name: name("hall", set.map(\.rawValue).joined(separator: "+"), year.description), terms: terms, lower: -.infinity,
          upper: capacity, meaning: RowMeaning(family: .implied, group: .core, text: ""))
      }
    }
  }
}
