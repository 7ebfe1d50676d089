import OptimizationModel
import PortfolioDomain

/// The primary objective (DESIGN §4), the goal shortfalls of goals mode, and goal floors.
extension FormulationBuilder {
  /// The `likely` score of a choice on `criterion`.
  func score(_ choice: ChoiceVariable, _ criterion: CriterionID) -> Double {
    portfolio.tier(choice.candidate, choice.tier)?.likelyScore(criterion) ?? 0
  }

  /// The benefit factor `(last − finish + 1) / (last − first + 1)` with timing on, else 1.
  func benefitFactor(_ choice: ChoiceVariable) -> Double {
    guard benefitTiming else { return 1 }
    let horizon = scenario.horizon
    return Double(choice.finish.distance(to: horizon.last) + 1) / Double(max(1, horizon.count))
  }

  /// Weighted mode: maximize Σ_k w_k / N_k · Σ likely_k · benefit · x. Goals mode: minimize
  /// Σ_k w_k / goal_k · short_k with `shortfall_<k>`: Σ likely_k · x + short_k >= goal_k.
  /// Also records `achievement`, `totalCost` and `normalizers` on the model.
  mutating func addObjective() {
    for criterion in scenario.criteria {
      let best = portfolio.candidates.map { candidate in candidate.tiers.map { $0.likelyScore(criterion.id) }.max() ?? 0 }
      planning.normalizers[criterion.id] = best.reduce(0, +)
      var terms = LinearTerms()
      for choice in planning.choices { terms.append(choice.column, score(choice, criterion.id)) }
      planning.achievement.append((criterion.id, terms))
    }
    for choice in planning.choices { planning.totalCost.append(choice.column, Self.units(choice.totalCost)) }

    switch mode {
    case .weighted:
      for choice in planning.choices {
        var coefficient = 0.0
        for criterion in scenario.criteria {
          let normalizer = planning.normalizers[criterion.id] ?? 0
          guard normalizer > 0, criterion.weight != 0 else { continue }
          coefficient += criterion.weight / normalizer * score(choice, criterion.id)
        }
        coefficient *= benefitFactor(choice)
        planning.model.variables[choice.column].objective = coefficient
        planning.primary.append(choice.column, coefficient)
      }
    case .goals:
      for (criterion, (_, achieved)) in zip(scenario.criteria, planning.achievement) {
        guard let goal = criterion.goal, goal > 0, criterion.weight != 0 else { continue }
        let coefficient = criterion.weight / goal
        let column = planning.model.addVariable(
          LinearModel.Variable(name: name("short", criterion.id.rawValue), upperBound: goal, objective: coefficient))
        planning.primary.append(column, coefficient)
        var terms = achieved
        terms.append(column, 1)
        planning.addRow(
          name: name("shortfall", criterion.id.rawValue), terms: terms, lower: goal, upper: .infinity,
          meaning: RowMeaning(
            family: .goalShortfall, group: .core, text: describe("the shortfall from the \(criterion.name) goal"),
            relaxedLower: goal, relaxedUpper: .infinity))
      }
    }
  }

  /// `goal_<k>`: Σ likely_k · x >= goal_k for each criterion with a goal, when goal floors are on.
  mutating func addGoalFloorRows() {
    guard scenario.constraints.goalFloors else { return }
    for (criterion, (_, achieved)) in zip(scenario.criteria, planning.achievement) {
      guard let goal = criterion.goal, goal > 0 else { continue }
      planning.addRow(
        name: name("goal", criterion.id.rawValue), terms: achieved, lower: goal, upper: .infinity,
        meaning: RowMeaning(
          family: .goalFloor, group: .goalFloor(criterion.id), text: describe("the \(criterion.name) goal of \(goal)")))
    }
  }
}
