import OptimizationModel
import Testing

@testable import MIPSolver

/// Each presolve reduction on a tiny model, with the postsolved point checked against the original.
@Suite("Presolve reductions")
struct PresolveTests {
  static func presolve(_ model: LinearModel) -> PresolveResult { Presolver().presolve(model) }

  static func kinds(_ result: PresolveResult) -> [String] { result.reductionCounts.map(\.kind) }

  /// Builds a model from terse tuples: variables (name, lower, upper, integer, objective) and rows
  /// (name, [(variable index, coefficient)], lower, upper).
  static func model(
    sense: ObjectiveSense = .minimize, _ variables: [(String, Double, Double, Bool, Double)],
    _ rows: [(String, [(Int, Double)], Double, Double)]
  ) -> LinearModel {
    var model = LinearModel(sense: sense)
    for (name, lower, upper, integer, objective) in variables {
      model.addVariable(.init(name: name, lowerBound: lower, upperBound: upper, isInteger: integer, objective: objective))
    }
    for (name, entries, lower, upper) in rows {
      model.addRow(
        .init(name: name, indices: entries.map(\.0), coefficients: entries.map(\.1), lowerBound: lower, upperBound: upper))
    }
    return model
  }

  @Test("An empty row is checked and removed")
  func emptyRow() {
    let feasible = Self.model([("x", 0, 1, false, 1)], [("e", [], -1, 1), ("r", [(0, 1)], 0.5, .infinity)])
    let result = Self.presolve(feasible)
    #expect(result.status == .reduced)
    #expect(Self.kinds(result).contains("empty row"))
    let infeasible = Self.model([("x", 0, 1, false, 1)], [("e", [(0, 0)], 1, 2)])
    #expect(Self.presolve(infeasible).status == .infeasible("row 'e': activity in [0.0, 0.0] cannot meet [1.0, 2.0]"))
  }

  @Test("An empty column is fixed at its best bound, or proves unboundedness")
  func emptyColumn() {
    let model = Self.model(
      sense: .maximize, [("x", -2, 3, false, 1), ("y", -2, 3, false, -1), ("z", -2, 3, false, 0)], [])
    let result = Self.presolve(model)
    #expect(result.model.variables.isEmpty)
    #expect(result.model.objectiveConstant == 3 + 2)
    #expect(result.postsolve.values(from: []) == [3, -2, 0])
    let unbounded = Self.model([("x", -.infinity, 3, false, 1)], [])
    #expect(Self.presolve(unbounded).status == .unboundedOrInfeasible("column 'x' is in no row and improves without bound"))
  }

  @Test("A fixed column leaves the model, shifting row sides and the objective constant")
  func fixedColumn() {
    let model = Self.model(
      [("f", 2, 2, false, 5), ("x", 0, 10, false, 1), ("y", 0, 10, false, 1)],
      [("r", [(0, 3), (1, 1), (2, 1)], 7, 9), ("s", [(1, 1), (2, -1)], -1, 1)])
    let result = Self.presolve(model)
    #expect(result.postsolve.records.first == .fixedColumn(column: 0, value: 2))
    #expect(!result.model.variables.contains { $0.name == "f" })
    #expect(result.model.rows.first { $0.name == "r" }?.lowerBound == 1)
    #expect(result.model.rows.first { $0.name == "r" }?.upperBound == 3)
    #expect(result.model.objectiveConstant == 10)
  }

  @Test("A singleton row becomes bounds, rounded for integers, flipped for negative coefficients")
  func singletonRow() {
    let model = Self.model(
      [("x", 0, 10, false, -1), ("n", -10, 10, true, 1), ("y", 0, 10, false, 1)],
      [("a", [(0, 2)], -.infinity, 5), ("b", [(1, -2)], -.infinity, 5), ("c", [(0, 1), (1, 1), (2, 1)], 1, 30)])
    let result = Self.presolve(model)
    #expect(result.status == .reduced)
    #expect(Self.kinds(result).contains("singleton row"))
    let postsolved = result.postsolve.values(from: result.model.variables.map(\.lowerBound))
    // x is pushed to its new upper bound 2.5 by its cost; n's bound -2.5 rounds up to -2.
    #expect(postsolved[0] == 2.5)
    #expect(result.model.variables.first { $0.name == "n" }?.lowerBound == -2)
  }

  @Test("A forcing row fixes its columns at the bounds that attain its side")
  func forcingRow() {
    let model = Self.model(
      [("x", 0, 4, false, -1), ("y", 0, 4, false, -1), ("z", 0, 9, false, -1)],
      [("force", [(0, 1), (1, 1)], -.infinity, 0), ("other", [(0, 1), (1, 1), (2, 1)], -.infinity, 5)])
    let result = Self.presolve(model)
    #expect(Self.kinds(result).contains("forcing row"))
    let values = result.postsolve.values(from: result.model.variables.map(\.upperBound))
    #expect(values[0] == 0 && values[1] == 0)
    #expect(model.isFeasible(values))
  }

  @Test("A row implied by the bounds is removed; an impossible one proves infeasibility")
  func redundantAndInfeasibleRows() {
    let model = Self.model([("x", 0, 1, false, 1), ("y", 0, 1, false, -1)], [("loose", [(0, 1), (1, 1)], -5, 100)])
    let result = Self.presolve(model)
    #expect(Self.kinds(result).contains("redundant row"))
    #expect(result.model.rows.isEmpty)
    let impossible = Self.model([("x", 0, 1, false, 1), ("y", 0, 1, false, 1)], [("r", [(0, 1), (1, 1)], 5, .infinity)])
    guard case .infeasible = Self.presolve(impossible).status else {
      Issue.record("expected infeasible")
      return
    }
  }

  @Test("Integer bounds are tightened from row activities and rounded")
  func integerBoundTightening() {
    let model = Self.model(
      [("n", 0, 100, true, -1), ("y", 1, 50, false, 1), ("m", 0, 100, true, -1)],
      [("cap", [(0, 2), (1, 1), (2, 1)], -.infinity, 8.5), ("link", [(0, 1), (2, -1)], -3, 3)])
    let result = Self.presolve(model)
    let n = result.model.variables.first { $0.name == "n" }
    // 2 n <= 8.5 - 1 (y >= 1) - 0 (m >= 0): n <= 3.75, rounded to 3.
    #expect(n?.upperBound == 3)
    #expect(Self.kinds(result).contains("integer bound tightened"))
  }

  @Test("Knapsack coefficients of binaries are tightened without changing the integer points")
  func coefficientTightening() {
    let model = Self.model(
      sense: .maximize, [("x", 0, 1, true, 3), ("y", 0, 1, true, 1), ("z", 0, 1, true, 1)],
      [("knap", [(0, 5), (1, 1), (2, 1)], -.infinity, 6)])
    let result = Self.presolve(model)
    let row = result.model.rows.first { $0.name == "knap" }
    #expect(row?.coefficients == [1, 1, 1])
    #expect(row?.upperBound == 2)
    #expect(Self.kinds(result).contains("coefficient tightened"))
  }

  @Test("Parallel rows merge into the first with the intersection of their sides")
  func duplicateRows() {
    let model = Self.model(
      [("x", 0, 10, false, 1), ("y", 0, 10, false, 1)],
      [("r1", [(0, 1), (1, 2)], -.infinity, 4), ("r2", [(0, 2), (1, 4)], 2, .infinity),
       ("r3", [(0, -1), (1, -2)], -3.5, .infinity)])
    let result = Self.presolve(model)
    #expect(result.model.rows.count == 1)
    #expect(result.model.rows.first?.name == "r1")
    #expect(result.model.rows.first?.lowerBound == 1)
    #expect(result.model.rows.first?.upperBound == 3.5)
    #expect(result.postsolve.records.contains(.mergedRow(removed: 1, kept: 0)))
  }

  @Test("A column no row stops in its cheaper direction is fixed; without a bound it proves unboundedness")
  func dualFixing() {
    let model = Self.model([("x", 0, 10, false, 1), ("y", -5, 10, false, 1)], [("r", [(0, 1), (1, -1)], -.infinity, 3)])
    let result = Self.presolve(model)
    #expect(result.model.variables.isEmpty)
    let values = result.postsolve.values(from: [])
    #expect(values == [0, -3])
    #expect(result.model.objectiveConstant == -3)
    let unbounded = Self.model(
      [("x", 0, .infinity, false, -1), ("y", 0, 1, false, 0)], [("r", [(0, 1), (1, -1)], 1, .infinity)])
    #expect(Self.presolve(unbounded).status == .unboundedOrInfeasible("column 'x' improves without bound"))
  }

  @Test("A free column singleton with zero cost takes its row along and absorbs the activity")
  func freeColumnSingletonZeroCost() {
    let model = Self.model(
      sense: .maximize, [("x", 0, 10, false, 1), ("z", -.infinity, .infinity, false, 0)],
      [("r", [(0, 1), (1, 1)], -.infinity, 5)])
    let result = Self.presolve(model)
    #expect(Self.kinds(result).contains("free column singleton"))
    let values = result.postsolve.values(from: result.model.variables.map(\.upperBound))
    #expect(values == [10, -5])
    #expect(model.isFeasible(values))
  }

  @Test("A free column singleton in an equality is substituted out of the objective")
  func freeColumnSingletonEquality() {
    // min x + 2 z, x + z = 4: z = 4 - x, objective 8 - x, optimum x = 10, z = -6, value -2.
    let model = Self.model(
      [("x", 0, 10, false, 1), ("z", -.infinity, .infinity, false, 2)], [("r", [(0, 1), (1, 1)], 4, 4)])
    let result = Self.presolve(model)
    #expect(result.status == .reduced)
    let reducedValues = result.model.variables.map(\.upperBound)
    let values = result.postsolve.values(from: reducedValues)
    #expect(values == [10, -6])
    #expect(model.objectiveValue(of: values) == result.model.objectiveValue(of: reducedValues))
    #expect(model.objectiveValue(of: values) == -2)
  }

  @Test("Presolve is deterministic and reports no dual mapping once it reduced something")
  func deterministic() {
    let model = Self.model(
      [("x", 0, 10, true, 1), ("y", 0, 10, false, 1)], [("r", [(0, 1), (1, 2)], 3, 9), ("s", [(0, 1)], 1, 4)])
    let first = Self.presolve(model)
    let second = Self.presolve(model)
    #expect(first.model == second.model)
    #expect(first.postsolve.records == second.postsolve.records)
    #expect(!first.postsolve.mapsDuals)
    #expect(first.postsolve.duals(rowDuals: [], reducedCosts: []) == nil)
    let untouched = Self.model(
      [("x", 0, 10, false, 1), ("y", 0, 10, false, -1)], [("r", [(0, 1), (1, 2)], 3, 9), ("s", [(0, 1), (1, -1)], 1, 4)])
    let identity = Self.presolve(untouched)
    #expect(identity.model == untouched)
    #expect(identity.postsolve.mapsDuals)
  }

  @Test("A doubleton equality eliminates its continuous column into the other rows and the objective")
  func doubletonEquality() {
    // x + 2 y = 4 with y in [0, 1.5] gives x in [1, 4]; y = 2 - x / 2 moves into r and the cost.
    let model = Self.model(
      [("x", 0, 10, false, 1), ("y", 0, 1.5, false, 3), ("w", 0, 10, false, -1)],
      [("d", [(0, 1), (1, 2)], 4, 4), ("r", [(1, 4), (2, 1)], -.infinity, 7)])
    let result = Self.presolve(model)
    #expect(Self.kinds(result).contains("doubleton equality"))
    #expect(result.postsolve.records.contains(.substitutedColumn(column: 1, by: 0, constant: 2, factor: 0.5)))
    #expect(result.postsolve.records.contains(.tightenedBounds(column: 0, lower: 1, upper: 4)))
    #expect(!result.model.variables.contains { $0.name == "y" })
    // The rest of presolve then solves the model (w and x by dual fixing); the postsolved point
    // is feasible and keeps the objective.
    let reducedValues = result.model.variables.map(\.lowerBound)
    let values = result.postsolve.values(from: reducedValues)
    #expect(values[1] == 2 - values[0] / 2)
    #expect(model.isFeasible(values))
    #expect(model.objectiveValue(of: values) == result.model.objectiveValue(of: reducedValues))
  }
}
