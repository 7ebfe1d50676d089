import OptimizationModel
@testable import MIPSolver

/// Small helpers to build models in tests.
enum TestModels {
  /// A model from dense rows: `rows[i]` has one coefficient per variable.
  static func model(
    sense: ObjectiveSense = .minimize, constant: Double = 0, objective: [Double], lower: [Double], upper: [Double],
    integer: [Bool], rows: [[Double]], rowLower: [Double], rowUpper: [Double]
  ) -> LinearModel {
    var model = LinearModel(name: "test", sense: sense, objectiveConstant: constant)
    for j in objective.indices {
      model.addVariable(
        .init(name: "x\(j)", lowerBound: lower[j], upperBound: upper[j], isInteger: integer[j], objective: objective[j]))
    }
    for (i, row) in rows.enumerated() {
      let indices = row.indices.filter { row[$0] != 0 }
      model.addRow(
        .init(name: "r\(i)", indices: indices, coefficients: indices.map { row[$0] }, lowerBound: rowLower[i],
          upperBound: rowUpper[i]))
    }
    return model
  }
}

extension MILPSolver {
  /// Solves with the test target's dense tableau LP as the engine.
  func solveWithDenseLP(_ model: LinearModel, options: SolverOptions = SolverOptions()) throws -> SolveResult {
    try solve(model, options: options, progress: nil) { DenseTableauLP($0) }
  }
}
