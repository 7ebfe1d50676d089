import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// Seeded random small MIPs and a brute-force reference solver for them.
enum RandomMIP {
  /// A random model: integer columns with small ranges (some negative), continuous columns in
  /// [-3, 4], integer coefficients in [-5, 5], rows of every shape around a random point.
  static func make(
    seed: UInt64, using generator: inout SplitMix64, variables: Int, rows: Int, integerShare: Double,
    binary: Bool = false
  ) -> LinearModel {
    var model = LinearModel(name: "random_\(seed)", sense: Bool.random(using: &generator) ? .minimize : .maximize)
    var point: [Double] = []
    for j in 0..<variables {
      let integer = Double.random(in: 0..<1, using: &generator) < integerShare
      if integer {
        let low = binary ? 0 : Double(Int.random(in: -2...0, using: &generator))
        let high = binary ? 1 : low + Double(Int.random(in: 1...3, using: &generator))
        model.addVariable(
          .init(name: "i\(j)", lowerBound: low, upperBound: high, isInteger: true,
            objective: Double(Int.random(in: binary ? -30...0 : -9...9, using: &generator))))
        point.append(Double(Int.random(in: Int(low)...Int(high), using: &generator)))
      } else {
        model.addVariable(
          .init(name: "c\(j)", lowerBound: -3, upperBound: 4, isInteger: false,
            objective: Double(Int.random(in: -9...9, using: &generator)) / 2))
        point.append(Double.random(in: -3...4, using: &generator))
      }
    }
    for i in 0..<rows {
      var indices: [Int] = []
      var coefficients: [Double] = []
      for j in 0..<variables where Int.random(in: 0..<3, using: &generator) > 0 {
        let a = Double(binary ? Int.random(in: 1...20, using: &generator) : Int.random(in: -5...5, using: &generator))
        if a != 0 {
          indices.append(j)
          coefficients.append(a)
        }
      }
      var activity = 0.0
      for (j, a) in zip(indices, coefficients) { activity += a * point[j] }
      let shape = binary ? 0 : Int.random(in: 0..<4, using: &generator)
      let slack = Double(Int.random(in: 0...2, using: &generator)) + 0.4
      var row = LinearModel.Row(name: "r\(i)", indices: indices, coefficients: coefficients)
      switch shape {
      case 0: row.upperBound = activity + slack - 0.9
      case 1: row.lowerBound = activity - slack + 0.9
      case 2:
        row.lowerBound = activity - slack
        row.upperBound = activity + slack
      default:
        let rounded = activity.rounded()
        row.lowerBound = rounded
        row.upperBound = rounded
      }
      model.addRow(row)
    }
    return model
  }

  /// Expects `result` to have the status and (within 1e-6 relative) the objective of enumeration
  /// (`bruteForce(model)`), labelling failures with `label`.
  static func expectMatchesEnumeration(
    _ result: SolveResult, of model: LinearModel, label: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let reference = bruteForce(model)
    #expect(result.status == reference.status, "\(label)", sourceLocation: sourceLocation)
    if let expected = reference.objective {
      let objective = try #require(result.objective, "\(label)", sourceLocation: sourceLocation)
      #expect(
        abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(label): \(objective) vs \(expected)",
        sourceLocation: sourceLocation)
    }
  }

  /// The optimum by enumeration of every integer assignment, each with its continuous part solved
  /// by the dense LP: (status, objective in the model's sense).
  static func bruteForce(_ model: LinearModel) -> (status: SolveStatus, objective: Double?) {
    let integers = model.variables.indices.filter { model.variables[$0].isInteger }
    var assignment = integers.map { model.variables[$0].lowerBound }
    var best: Double?
    let factor: Double = model.sense == .maximize ? -1 : 1
    while true {
      var fixed = model
      for (k, j) in integers.enumerated() {
        fixed.variables[j].lowerBound = assignment[k]
        fixed.variables[j].upperBound = assignment[k]
        fixed.variables[j].isInteger = false
      }
      let problem = MIPProblem(model: fixed, integrality: 1e-6)
      let lp = DenseTableauLP(problem.lp)
      switch lp.solve(iterationLimit: 100_000) {
      case .optimal:
        let value = factor * lp.objectiveValue
        if best.map({ factor * value < factor * $0 }) ?? true { best = value }
      case .unbounded:
        return (.unbounded, nil)
      default:
        break
      }
      // Next assignment (odometer).
      var k = 0
      while k < integers.count {
        assignment[k] += 1
        if assignment[k] <= model.variables[integers[k]].upperBound { break }
        assignment[k] = model.variables[integers[k]].lowerBound
        k += 1
      }
      if k == integers.count { break }
    }
    guard let best else { return (.infeasible, nil) }
    return (.optimal, best)
  }
}

extension SolverOptions {
  /// The default options with both gaps at zero: a full proof.
  static var exact: SolverOptions {
    var options = SolverOptions()
    options.relativeGap = 0
    options.absoluteGap = 0
    return options
  }
}
