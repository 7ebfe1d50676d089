import MIPSolver
import OptimizationModel
import PortfolioDomain

/// The deterministic payment split of DESIGN §4: with the selection fixed, an LP whose objective prefers
/// sources in a fixed order (source ID, then year, then candidate ID), so the same selection always gets
/// the same payments whatever point the MILP solver happened to return.
///
/// Weights: `w(source, year, candidate) = 1 + rank(source) · Y + index(year) + 0.001 · rank(candidate) / C`,
/// with `Y` horizon years and `C` candidates, so a cheaper-ranked source always takes as much as the
/// rows allow before the next one.
struct PaymentSplit {
  let planning: PlanningModel

  /// The split point and its solve time, or `nil` when the LP has no optimum (the MILP point is kept then).
  func split(selection: [Double], solver: any ModelSolving) throws -> (values: [Double], seconds: Double)? {
    var model = planning.model
    for choice in planning.choices {
      let value = selection[choice.column].rounded()
      model.variables[choice.column].lowerBound = value
      model.variables[choice.column].upperBound = value
      model.variables[choice.column].isInteger = false
    }
    for j in model.variables.indices { model.variables[j].objective = 0 }
    model.objectiveConstant = 0
    model.sense = .minimize
    let sourceIDs = Array(Set(planning.payments.map(\.source))).sorted()
    let candidateIDs = Array(Set(planning.payments.map(\.candidate))).sorted()
    let years = Array(Set(planning.payments.map(\.year))).sorted()
    let sourceRank = Dictionary(uniqueKeysWithValues: sourceIDs.enumerated().map { ($1, $0) })
    let candidateRank = Dictionary(uniqueKeysWithValues: candidateIDs.enumerated().map { ($1, $0) })
    let yearRank = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
    let yearCount = Double(max(1, years.count))
    let candidateCount = Double(max(1, candidateIDs.count))
    for payment in planning.payments {
      let weight =
        1 + Double(sourceRank[payment.source] ?? 0) * yearCount + Double(yearRank[payment.year] ?? 0)
        + 0.001 * Double(candidateRank[payment.candidate] ?? 0) / candidateCount
      model.variables[payment.column].objective = weight
    }
    var options = SolverOptions()
    options.relativeGap = 0
    let result = try solver.solve(model, options: options, incumbent: selection)
    guard result.status == .optimal, var values = result.values else { return nil }
    for choice in planning.choices { values[choice.column] = selection[choice.column].rounded() }
    return (values, result.seconds)
  }
}
