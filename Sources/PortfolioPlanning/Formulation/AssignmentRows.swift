import OptimizationModel
import PortfolioDomain

/// The binaries, the payments, and the assignment and lock rows.
extension FormulationBuilder {
  /// `x[c, tier, start]` for every start inside the window (and the horizon) that finishes inside the
  /// horizon; a lock adds its own (tier, start) even outside the window, when it runs inside the horizon.
  mutating func addChoices() {
    let horizon = scenario.horizon
    for candidate in portfolio.candidates {
      var indices: [Int] = []
      let lock = scenario.lock(for: candidate.id)
      for tier in candidate.tiers {
        var starts = candidate.feasibleStarts(of: tier, finishingBy: horizon.last).filter { $0 >= horizon.first }
        if let lock, lock.tier == tier.id, !starts.contains(lock.startYear), horizon.contains(lock.startYear),
          tier.finishYear(startingIn: lock.startYear) <= horizon.last
        {
          starts = (starts + [lock.startYear]).sorted()
        }
        for start in starts {
          let column = planning.model.addVariable(
            LinearModel.Variable(name: name("x", candidate.id.rawValue, tier.id.rawValue, start.description), upperBound: 1, isInteger: true))
          indices.append(planning.choices.count)
          planning.choices.append(
            ChoiceVariable(
              candidate: candidate.id, tier: tier.id, start: start, finish: tier.finishYear(startingIn: start), column: column,
              costProfile: tier.costProfile))
        }
      }
      planning.choicesByCandidate[candidate.id] = indices
    }
  }

  /// `pay[source, c, year]` in kUSD for every enabled eligible source and every year some choice of `c`
  /// costs money; the upper bound is the largest cost of that year over the choices (implied by coverage,
  /// so relaxing any group never needs a bound change).
  mutating func addPayments() {
    for candidate in portfolio.candidates {
      let choices = choiceIndices(candidate.id).map { planning.choices[$0] }
      guard !choices.isEmpty else { continue }
      let years = Set(choices.flatMap(\.activeYears)).sorted()
      let entity = portfolio.entity(of: candidate)
      for source in sources where source.mayPay(for: candidate, firmEntity: entity) {
        for year in years {
          let bound = choices.map { Self.units($0.cost(in: year)) }.max() ?? 0
          let column = planning.model.addVariable(
            LinearModel.Variable(name: name("pay", source.id.rawValue, candidate.id.rawValue, year.description), upperBound: bound))
          let index = planning.payments.count
          planning.payments.append(PaymentVariable(source: source.id, candidate: candidate.id, year: year, column: column))
          paymentsBySource[source.id, default: []].append(index)
          paymentsByCandidate[candidate.id, default: []].append(index)
        }
      }
    }
  }

  /// `assign_<c>`: Σ x <= 1; = 1 when mandatory or forced in; = 0 when forced out.
  mutating func addAssignmentRows() {
    let forcedIn = Set(scenario.forcedIn.map(\.candidate))
    for candidate in portfolio.candidates {
      var terms = LinearTerms()
      for index in choiceIndices(candidate.id) { terms.append(planning.choices[index].column, 1) }
      var lower = 0.0
      var upper = 1.0
      var group = ConstraintGroup.core
      var text = describe("'\(candidate.id)' is funded at most once")
      if isForcedOut(candidate.id) {
        upper = 0
        group = .forcedOut(candidate.id)
        text = describe("'\(candidate.id)' is forced out")
      } else if forcedIn.contains(candidate.id) {
        lower = 1
        group = .forcedIn(candidate.id)
        text = describe("'\(candidate.id)' is forced in")
      } else if candidate.mandatory {
        lower = 1
        group = .mandatory(candidate.id)
        text = describe("mandatory '\(candidate.id)' must be funded")
      }
      let row = planning.addRow(
        name: name("assign", candidate.id.rawValue), terms: terms, lower: lower, upper: upper,
        meaning: RowMeaning(family: .assignment, group: group, text: text, relaxedLower: 0, relaxedUpper: 1))
      planning.assignmentRow[candidate.id] = row
    }
  }

  /// `lock_<c>`: the locked (tier, start) is chosen; an empty row (infeasible) when it cannot run in the horizon.
  mutating func addLockRows() {
    for lock in scenario.locked {
      var terms = LinearTerms()
      for index in choiceIndices(lock.candidate) {
        let choice = planning.choices[index]
        if choice.tier == lock.tier && choice.start == lock.startYear { terms.append(choice.column, 1) }
      }
      planning.addRow(
        name: name("lock", lock.candidate.rawValue), terms: terms, lower: 1, upper: 1,
        meaning: RowMeaning(
          family: .lock, group: .lock(lock.candidate),
          text: describe("'\(lock.candidate)' is locked to tier '\(lock.tier)' from \(lock.startYear)")))
    }
  }
}
