import MIPSolver
import OptimizationModel
import PortfolioDomain

/// Why each candidate the plan does not fund was left out: the single constraint that bound it.
///
/// For a left-out candidate with at least one possible choice and payer, one elastic LP: every other
/// candidate's selection is fixed as in the plan, this candidate is forced in (its choices relaxed to
/// [0, 1]), and every relaxable row gets a non-negative slack on each finite side, priced at
/// 1 / max(1, |bound|) so violations compare relatively. The row with the largest relative violation
/// names the reason ("the DCB fund's budget band of $48,000,000 to $53,000,000"); with no violation the
/// candidate would fit and was left out on merit.
struct LeftOutExplainer {
  let planning: PlanningModel
  let portfolio: Portfolio
  let scenario: Scenario
  let solver: any ModelSolving

  /// Reasons by candidate for every left-out candidate that needs a solve to explain.
  func reasons(values: [Double]) throws -> [CandidateID: String] {
    let funded = Set(planning.choices.filter { values[$0.column] > 0.5 }.map(\.candidate))
    var reasons: [CandidateID: String] = [:]
    for candidate in portfolio.candidates where !funded.contains(candidate.id) {
      guard !scenario.forcedOut.contains(where: { $0.candidate == candidate.id }),
        !(planning.choicesByCandidate[candidate.id] ?? []).isEmpty,
        planning.payments.contains(where: { $0.candidate == candidate.id })
      else { continue }
      reasons[candidate.id] = try reason(for: candidate.id, values: values)
    }
    return reasons
  }

  /// The reason for one candidate.
  func reason(for candidate: CandidateID, values: [Double]) throws -> String {
    var model = planning.model
    let mine = Set(planning.choiceColumns(of: candidate))
    for j in model.variables.indices { model.variables[j].objective = 0 }
    model.objectiveConstant = 0
    model.sense = .minimize
    for choice in planning.choices {
      if mine.contains(choice.column) {
        model.variables[choice.column].isInteger = false
      } else {
        let value = values[choice.column].rounded()
        model.variables[choice.column].lowerBound = value
        model.variables[choice.column].upperBound = value
        model.variables[choice.column].isInteger = false
      }
    }
    if let row = planning.assignmentRow[candidate] {
      model.rows[row].lowerBound = 1
      model.rows[row].upperBound = 1
    }
    var slackRow: [Int] = []
    for (index, meaning) in planning.rowMeanings.enumerated() {
      switch meaning.family {
      case .coverage, .goalShortfall, .assignment, .extra: continue
      default: break
      }
      let row = model.rows[index]
      let scale = max(1, row.lowerBound.isFinite ? abs(row.lowerBound) : 0, row.upperBound.isFinite ? abs(row.upperBound) : 0)
      if row.lowerBound.isFinite {
        let column = model.addVariable(LinearModel.Variable(name: "slack_lo_\(index)", objective: 1 / scale))
        model.rows[index].indices.append(column)
        model.rows[index].coefficients.append(1)
        slackRow.append(index)
      }
      if row.upperBound.isFinite {
        let column = model.addVariable(LinearModel.Variable(name: "slack_up_\(index)", objective: 1 / scale))
        model.rows[index].indices.append(column)
        model.rows[index].coefficients.append(-1)
        slackRow.append(index)
      }
    }
    let result = try solver.solve(model, options: SolverOptions(), incumbent: nil)
    guard let solution = result.values, let objective = result.objective else {
      return "cannot be funded alongside this plan"
    }
    if objective <= 1e-7 { return "would fit alongside this plan, but other candidates serve the objective better" }
    let base = planning.model.variables.count
    var worst = -1
    var worstValue = 0.0
    for (k, row) in slackRow.enumerated() {
      let value = solution[base + k] * model.variables[base + k].objective
      if value > worstValue + 1e-12 {
        worst = row
        worstValue = value
      }
    }
    guard worst >= 0 else { return "cannot be funded alongside this plan" }
    return "bound by " + planning.rowMeanings[worst].text
  }
}
