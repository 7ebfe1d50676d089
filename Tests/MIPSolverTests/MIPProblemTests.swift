import OptimizationModel
import Testing
@testable import MIPSolver

@Suite("MIP problem conversion")
struct MIPProblemTests {
  @Test("Negates a maximization and keeps row- and column-wise copies consistent")
  func convertsMaximization() {
    let model = TestModels.model(
      sense: .maximize, constant: 4, objective: [1, -2, 0], lower: [0, -1, 0], upper: [1, 1, 5],
      integer: [true, false, false], rows: [[1, 0, 2], [0, 3, -1]], rowLower: [-.infinity, 1], rowUpper: [4, 1])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    #expect(problem.lp.objective == [-1, 2, 0])
    #expect(problem.lp.objectiveOffset == -4)
    #expect(problem.senseFactor == -1)
    #expect(problem.lp.matrix.columnStarts == [0, 1, 2, 4])
    #expect(problem.lp.matrix.rowIndices == [0, 1, 0, 1])
    #expect(problem.lp.matrix.values == [1, 3, 2, -1])
    #expect(problem.rowStarts == [0, 2, 4])
    #expect(problem.rowColumns == [0, 2, 1, 2])
    let rebuilt = MIPProblem(lp: problem.lp, isInteger: problem.isInteger)
    #expect(rebuilt.rowColumns == problem.rowColumns && rebuilt.rowValues == problem.rowValues)
  }

  @Test("Finds the objective's unit, or none when a continuous column has a cost")
  func findsObjectiveUnit() {
    func unit(_ costs: [Double], integer: [Bool]) -> Double? {
      let n = costs.count
      let model = TestModels.model(
        objective: costs, lower: [Double](repeating: 0, count: n), upper: [Double](repeating: 1, count: n),
        integer: integer, rows: [], rowLower: [], rowUpper: [])
      return MIPProblem(model: model, integrality: 1e-6).objectiveUnit(tolerance: 1e-9)
    }
    #expect(unit([6, -9, 15], integer: [true, true, true]) == 3)
    #expect(unit([0.5, 1.5, 0], integer: [true, true, false]) == 0.5)
    #expect(unit([1, 0.25], integer: [true, false]) == nil)
    #expect(unit([1, 1 / 3], integer: [true, true]) == nil)
  }
}
