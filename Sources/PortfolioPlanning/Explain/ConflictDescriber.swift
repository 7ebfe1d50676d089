import OptimizationModel
import PortfolioDomain

/// Plain-language sentences for the groups of an infeasibility report, with the figures that make the
/// conflict visible (what mandatory items cost, what a source can pay at most).
struct ConflictDescriber {
  let planning: PlanningModel

  /// The sentence for `group`, knowing the rest of the conflict.
  func sentence(for group: ConstraintGroup, conflict: [ConstraintGroup]) -> String {
    let texts = planning.rows(of: group).map { planning.rowMeanings[$0].text }.filter { !$0.isEmpty }
    let first = texts.first ?? "\(group)"
    let required = requiredCandidates(conflict)
    let minimum = required.map(cheapest).reduce(Money.zero, +)
    switch group {
    case .budgetBand:
      guard let row = planning.rows(of: group).first else { return first }
      let bounds = planning.builtBounds[row]
      let payable = maximumPayable(row: row)
      if payable < bounds.lower - 1e-6 {
        return "the DCB fund's floor of \(money(bounds.lower)) cannot be met: the items it may pay for cost at most \(money(payable))"
      }
      if !required.isEmpty {
        return "the DCB fund's cap of \(money(bounds.upper)) is too small: the required items cost at least \(minimum.formatted) at their cheapest tiers"
      }
      return first
    case .mandatory(let id), .forcedIn(let id):
      let cost = cheapest(id)
      return "\(first) (its cheapest tier costs \(cost.formatted))"
    case .sourceTotal, .yearlyCap, .maxShare, .absorptiveCapacity:
      return texts.count > 1 ? "\(first) (and \(texts.count - 1) more rows of the same limit)" : first
    default:
      return texts.count > 1 ? "\(first) (\(texts.count) rows)" : first
    }
  }

  /// The candidates the conflict requires (mandatory, forced in, locked).
  private func requiredCandidates(_ conflict: [ConstraintGroup]) -> [CandidateID] {
    conflict.compactMap {
      switch $0 {
      case .mandatory(let id), .forcedIn(let id), .lock(let id): id
      default: nil
      }
    }
  }

  /// The candidate's cheapest choice.
  private func cheapest(_ candidate: CandidateID) -> Money {
    (planning.choicesByCandidate[candidate] ?? []).map { planning.choices[$0].totalCost }.min() ?? .zero
  }

  /// The most the payments in `row` can add up to (their upper bounds, model units).
  private func maximumPayable(row: Int) -> Double {
    let model = planning.model
    var total = 0.0
    for (j, a) in zip(model.rows[row].indices, model.rows[row].coefficients) where a > 0 {
      total += a * model.variables[j].upperBound
    }
    return total
  }

  /// Model units (kUSD) as dollars.
  private func money(_ units: Double) -> String {
    Money(dollars: Int64((units * PlanningModel.dollarsPerUnit).rounded())).formatted
  }
}
