extension LinearModel {
  /// Every problem that makes the model unfit for a solve, in a fixed order: objective constant,
  /// variables (objective, bounds) in column order, rows (array lengths, indices, coefficients,
  /// bounds) in row order, then duplicate names. An empty array means the model is valid.
  ///
  /// Crossed bounds are reported as problems although HiGHS treats them as an infeasible model; a
  /// caller that prefers HiGHS's view can filter `.crossedVariableBounds` and `.crossedRowBounds`.
  public func validate() -> [ModelError] {
    var problems: [ModelError] = []
    if !objectiveConstant.isFinite { problems.append(.nonFiniteObjectiveConstant(value: objectiveConstant)) }
    for variable in variables {
      if !variable.objective.isFinite {
        problems.append(.nonFiniteObjective(variable: variable.name, value: variable.objective))
      }
      let lower = variable.lowerBound
      let upper = variable.upperBound
      if lower.isNaN || upper.isNaN || lower == .infinity || upper == -.infinity {
        problems.append(.invalidVariableBound(variable: variable.name, lower: lower, upper: upper))
      } else if lower > upper {
        problems.append(.crossedVariableBounds(variable: variable.name, lower: lower, upper: upper))
      }
    }
    var seen = [Int](repeating: -1, count: variables.count)
    for (rowIndex, row) in rows.enumerated() {
      if row.indices.count != row.coefficients.count {
        problems.append(
          .mismatchedRowArrays(row: row.name, indices: row.indices.count, coefficients: row.coefficients.count))
      }
      for (index, coefficient) in zip(row.indices, row.coefficients) {
        guard index >= 0 && index < variables.count else {
          problems.append(.indexOutOfRange(row: row.name, index: index, variableCount: variables.count))
          continue
        }
        let name = variables[index].name
        if seen[index] == rowIndex {
          problems.append(.repeatedIndex(row: row.name, variable: name))
        }
        seen[index] = rowIndex
        if !coefficient.isFinite {
          problems.append(.nonFiniteCoefficient(row: row.name, variable: name, value: coefficient))
        }
      }
      let lower = row.lowerBound
      let upper = row.upperBound
      if lower.isNaN || upper.isNaN || lower == .infinity || upper == -.infinity {
        problems.append(.invalidRowBound(row: row.name, lower: lower, upper: upper))
      } else if lower > upper {
        problems.append(.crossedRowBounds(row: row.name, lower: lower, upper: upper))
      }
    }
    var variableNames: [String: Int] = [:]
    for (index, variable) in variables.enumerated() {
      if let first = variableNames[variable.name] {
        problems.append(.duplicateVariableName(name: variable.name, first: first, second: index))
      } else {
        variableNames[variable.name] = index
      }
    }
    var rowNames: [String: Int] = [objectiveName: -1]
    for (index, row) in rows.enumerated() {
      if let first = rowNames[row.name] {
        problems.append(.duplicateRowName(name: row.name, first: first, second: index))
      } else {
        rowNames[row.name] = index
      }
    }
    return problems
  }

  /// Throws when `validate()` finds any problem.
  ///
  /// - Throws: `InvalidModelError` listing every problem.
  public func checkValid() throws(InvalidModelError) {
    let problems = validate()
    if !problems.isEmpty { throw InvalidModelError(problems: problems) }
  }
}
