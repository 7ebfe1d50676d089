import PortfolioDomain

/// The policies: minimum security share of the DCB fund, entity bounds on industry money, absorptive capacity.
extension FormulationBuilder {
  /// `security_share`: Σ_{security} (1 − m) pay[DCB] − Σ_{other} m · pay[DCB] >= 0, i.e. security
  /// projects receive at least the share m of the DCB fund's payments.
  mutating func addSecurityShareRow() {
    guard let share = scenario.policies.minSecurityShare, share > 0, let fund = portfolio.dcbFund,
      scenario.isEnabled(fund.id)
    else { return }
    var terms = LinearTerms()
    for payment in payments(of: fund.id) {
      let isSecurity = portfolio.candidate(payment.candidate)?.kind == .dcbSecurity
      terms.append(payment.column, isSecurity ? 1 - share : -share)
    }
    planning.addRow(
      name: name("security_share"), terms: terms, lower: 0, upper: .infinity,
      meaning: RowMeaning(
        family: .securityShare, group: .securityShare,
        text: describe("security projects receive at least \(Self.percent(share)) of the DCB fund")))
  }

  /// `entity_lo_<e>` / `entity_hi_<e>`: lo · I <= E_e <= hi · I, where I is all industry money and E_e
  /// the part paid to candidates whose firm sits in e. Coverage makes a candidate's payments equal its
  /// chosen tier's total cost, so both sides are written directly in the binaries (exact, fewer non-zeros).
  mutating func addEntityBoundRows() {
    for entity in scenario.policies.boundedEntities {
      guard let bounds = scenario.policies.entityBounds[entity] else { continue }
      let industry = portfolio.candidates.filter(\.kind.isIndustry)
      func terms(_ share: Double) -> LinearTerms {
        var terms = LinearTerms()
        for candidate in industry {
          let inside: Double = portfolio.entity(of: candidate) == entity ? 1 : 0
          for index in choiceIndices(candidate.id) {
            let choice = planning.choices[index]
            terms.append(choice.column, (inside - share) * Self.units(choice.totalCost))
          }
        }
        return terms
      }
      if bounds.lo > 0 {
        planning.addRow(
          name: name("entity_lo", entity.rawValue), terms: terms(bounds.lo), lower: 0, upper: .infinity,
          meaning: RowMeaning(
            family: .entityBounds, group: .entityBounds(entity),
            text: describe("\(entity.rawValue) receives at least \(Self.percent(bounds.lo)) of industry money")))
      }
      if bounds.hi < 1 {
        planning.addRow(
          name: name("entity_hi", entity.rawValue), terms: terms(bounds.hi), lower: -.infinity, upper: 0,
          meaning: RowMeaning(
            family: .entityBounds, group: .entityBounds(entity),
            text: describe("\(entity.rawValue) receives at most \(Self.percent(bounds.hi)) of industry money")))
      }
    }
  }

  /// `absorb_<firm>_<year>`: Σ cost(tier, year − start) · x over the firm's candidates <= its capacity;
  /// written directly in the binaries, only where the firm's choices could exceed it.
  mutating func addAbsorptiveCapacityRows() {
    guard scenario.constraints.absorptiveCapacity else { return }
    for firm in portfolio.firms {
      guard let capacity = firm.absorptiveCapacity ?? scenario.policies.defaultAbsorptiveCapacity else { continue }
      let candidates = portfolio.candidates.filter { $0.firm == firm.id }
      let choices = candidates.flatMap { choiceIndices($0.id) }.map { planning.choices[$0] }
      for year in scenario.horizon.years {
        var terms = LinearTerms()
        var worst = Money.zero
        for candidate in candidates {
          var most = Money.zero
          for choice in choices where choice.candidate == candidate.id {
            let cost = choice.cost(in: year)
            terms.append(choice.column, Self.units(cost))
            most = max(most, cost)
          }
          worst += most
        }
        guard worst > capacity || options.keepsSlackCapacityRows, !terms.columns.isEmpty else { continue }
        planning.addRow(
          name: name("absorb", firm.id.rawValue, year.description), terms: terms, lower: -.infinity, upper: Self.units(capacity),
          meaning: RowMeaning(
            family: .absorptiveCapacity, group: .absorptiveCapacity(firm.id),
            text: describe("\(firm.name)'s absorptive capacity of \(capacity.plain) in \(year)")))
      }
    }
  }

  /// `0.25` as `25%` (up to two decimals).
  static func percent(_ share: Double) -> String {
    let value = (share * 10_000).rounded() / 100
    return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
  }
}
