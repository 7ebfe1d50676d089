import OptimizationModel
import PlannerTestSupport
import Testing

@testable import MIPSolver

/// Seeded random small integer programs: presolve keeps the optimum (checked by brute-force
/// enumeration of the original and the reduced model) and postsolved solutions are feasible.
@Suite("Presolve property")
struct PresolvePropertyTests {
  /// The optimum of an all-integer model with finite bounds by enumeration: (objective, values) or
  /// `nil` when infeasible. Ties are broken by the first point in lexicographic order.
  static func bruteForce(_ model: LinearModel) -> (objective: Double, values: [Double])? {
    let count = model.variables.count
    var values = model.variables.map(\.lowerBound)
    var best: (objective: Double, values: [Double])?
    let sign: Double = model.sense == .minimize ? 1 : -1
    while true {
      if model.violations(of: values, tolerance: 1e-9).isEmpty {
        let objective = model.objectiveValue(of: values)
        if best.map({ sign * objective < sign * $0.objective - 1e-9 }) ?? true { best = (objective, values) }
      }
      var position = 0
      while position < count {
        if values[position] < model.variables[position].upperBound {
          values[position] += 1
          break
        }
        values[position] = model.variables[position].lowerBound
        position += 1
      }
      if position == count { return best }
    }
  }

  /// A random all-integer model with small bounds; some rows are singletons, equalities, copies of
  /// others (scaled), or knapsacks over binaries; some columns are fixed or in no row.
  static func randomModel(seed: UInt64) -> LinearModel {
    var rng = SplitMix64(seed: seed)
    func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    var model = LinearModel(
      sense: rng.next() % 2 == 0 ? .minimize : .maximize, objectiveConstant: Double(int(-3...3)))
    let columnCount = int(1...5)
    for column in 0..<columnCount {
      let binary = rng.next() % 3 == 0
      let lower = binary ? 0 : int(-2...1)
      let upper = binary ? 1 : lower + int(0...3)
      model.addVariable(
        .init(name: "x\(column)", lowerBound: Double(lower), upperBound: Double(upper), isInteger: true,
              objective: Double(int(-4...4))))
    }
    let rowCount = int(0...5)
    for row in 0..<rowCount {
      var indices: [Int] = []
      var coefficients: [Double] = []
      let shape = rng.next() % 6
      if shape == 0, row > 0, let source = model.rows.last {
        let scale = Double([-2, -1, 2, 3][int(0...3)])
        let lower = source.lowerBound * scale + Double(int(-1...1))
        let upper = source.upperBound * scale + Double(int(-1...1))
        model.addRow(
          .init(name: "r\(row)", indices: source.indices, coefficients: source.coefficients.map { $0 * scale },
                lowerBound: scale > 0 ? lower : upper, upperBound: scale > 0 ? upper : lower))
        continue
      }
      for column in 0..<columnCount where shape == 1 ? indices.isEmpty && rng.next() % 2 == 0 : rng.next() % 3 != 0 {
        indices.append(column)
        coefficients.append(Double(int(-5...5)))
      }
      let center = int(-4...6)
      var lower = Double(center - int(0...4))
      var upper = Double(center + int(0...4))
      switch rng.next() % 4 {
      case 0: lower = -.infinity
      case 1: upper = .infinity
      case 2: upper = lower
      default: break
      }
      model.addRow(.init(name: "r\(row)", indices: indices, coefficients: coefficients, lowerBound: lower, upperBound: upper))
    }
    return model
  }

  @Test("Presolve keeps the optimum of 2,000 seeded random integer programs and postsolves feasibly")
  func keepsOptimum() {
    var reducedSomething = 0
    var infeasibleProofs = 0
    for seed in UInt64(1)...2000 {
      let model = Self.randomModel(seed: seed)
      let expected = Self.bruteForce(model)
      let result = Presolver().presolve(model)
      switch result.status {
      case .infeasible(let reason):
        infeasibleProofs += 1
        #expect(expected == nil, "seed \(seed): presolve said infeasible (\(reason)) but the optimum is \(String(describing: expected?.objective))")
        continue
      case .unboundedOrInfeasible(let reason):
        Issue.record("seed \(seed): bounded model reported unbounded (\(reason))")
        continue
      case .reduced:
        break
      }
      if !result.postsolve.records.isEmpty { reducedSomething += 1 }
      #expect(result.model.validate().isEmpty, "seed \(seed)")
      let reduced = Self.bruteForce(result.model)
      #expect((reduced == nil) == (expected == nil), "seed \(seed): feasibility differs")
      guard let expected, let reduced else { continue }
      #expect(abs(reduced.objective - expected.objective) <= 1e-9, "seed \(seed): \(reduced.objective) vs \(expected.objective)")
      let values = result.postsolve.values(from: reduced.values)
      #expect(model.violations(of: values, tolerance: 1e-9).isEmpty, "seed \(seed): \(model.violations(of: values))")
      #expect(abs(model.objectiveValue(of: values) - expected.objective) <= 1e-9, "seed \(seed)")
      #expect(result.postsolve.rowActivities(of: values) == model.rowActivities(of: values))
    }
    // The generator must exercise presolve, not only pass through it.
    #expect(reducedSomething > 700, "\(reducedSomething) reduced")
    #expect(infeasibleProofs > 50, "\(infeasibleProofs) infeasibility proofs")
  }

  @Test("Every reduction kind occurs over the seeded models")
  func coversReductions() {
    var kinds: Set<String> = []
    for seed in UInt64(1)...2000 {
      for (kind, _) in Presolver().presolve(Self.randomModel(seed: seed)).reductionCounts { kinds.insert(kind) }
    }
    for kind in ["fixed column", "empty row", "singleton row", "redundant row", "forcing row", "integer bound tightened",
                 "coefficient tightened", "duplicate row", "dominated column", "empty column"] {
      #expect(kinds.contains(kind), "\(kind) never happened")
    }
  }

  /// The random integer program of `seed` plus free continuous columns, at most one per row, each in
  /// a single row: with zero cost anywhere, or with a cost in an equality row.
  static func mixedModel(seed: UInt64) -> LinearModel {
    var model = randomModel(seed: seed)
    var rng = SplitMix64(seed: seed &+ 0x5EED)
    for row in model.rows.indices where rng.next() % 2 == 0 {
      let isEquality = model.rows[row].lowerBound == model.rows[row].upperBound
      let cost = isEquality && rng.next() % 2 == 0 ? Double(Int.random(in: -3...3, using: &rng)) : 0
      let column = model.addVariable(
        .init(name: "z\(row)", lowerBound: -.infinity, upperBound: .infinity, objective: cost))
      model.rows[row].indices.append(column)
      model.rows[row].coefficients.append(Double([-2, -1, 1, 2, 4][Int(rng.next() % 5)]))
    }
    return model
  }

  /// The optimum of a `mixedModel` by enumerating its integer columns; each free column is set from
  /// its row (equality: the value that meets it; otherwise the value closest to the others' activity).
  static func bruteForceMixed(_ model: LinearModel) -> (objective: Double, values: [Double])? {
    let integers = model.variables.indices.filter { model.variables[$0].isInteger }
    var free: [(column: Int, row: Int, coefficient: Double)] = []
    for (rowIndex, row) in model.rows.enumerated() {
      for (column, coefficient) in zip(row.indices, row.coefficients) where !model.variables[column].isInteger {
        free.append((column, rowIndex, coefficient))
      }
    }
    var values = [Double](repeating: 0, count: model.variables.count)
    for column in integers { values[column] = model.variables[column].lowerBound }
    var best: (objective: Double, values: [Double])?
    let sign: Double = model.sense == .minimize ? 1 : -1
    while true {
      for (column, rowIndex, coefficient) in free {
        let row = model.rows[rowIndex]
        var rest = 0.0
        for (other, value) in zip(row.indices, row.coefficients) where other != column { rest += value * values[other] }
        values[column] = (min(max(rest, row.lowerBound), row.upperBound) - rest) / coefficient
      }
      if model.violations(of: values, tolerance: 1e-9).isEmpty {
        let objective = model.objectiveValue(of: values)
        if best.map({ sign * objective < sign * $0.objective - 1e-9 }) ?? true { best = (objective, values) }
      }
      var position = 0
      while position < integers.count {
        let column = integers[position]
        if values[column] < model.variables[column].upperBound {
          values[column] += 1
          break
        }
        values[column] = model.variables[column].lowerBound
        position += 1
      }
      if position == integers.count { return best }
    }
  }

  @Test("Free column singletons keep the optimum of 1,000 seeded mixed programs")
  func mixedKeepsOptimum() {
    var substituted = 0
    for seed in UInt64(1)...1000 {
      let model = Self.mixedModel(seed: seed)
      let expected = Self.bruteForceMixed(model)
      let result = Presolver().presolve(model)
      guard case .reduced = result.status else {
        if case .infeasible = result.status {
          #expect(expected == nil, "seed \(seed)")
        } else {
          Issue.record("seed \(seed): \(result.status)")
        }
        continue
      }
      substituted += result.reductionCounts.first { $0.kind == "free column singleton" }?.count ?? 0
      #expect(!result.model.variables.contains { !$0.isInteger }, "seed \(seed): a free column survived")
      guard !result.model.variables.contains(where: { !$0.isInteger }) else { continue }
      let reduced = Self.bruteForce(result.model)
      #expect((reduced == nil) == (expected == nil), "seed \(seed): feasibility differs")
      guard let expected, let reduced else { continue }
      #expect(abs(reduced.objective - expected.objective) <= 1e-9, "seed \(seed): \(reduced.objective) vs \(expected.objective)")
      let values = result.postsolve.values(from: reduced.values)
      #expect(model.violations(of: values, tolerance: 1e-9).isEmpty, "seed \(seed): \(model.violations(of: values))")
      #expect(abs(model.objectiveValue(of: values) - expected.objective) <= 1e-9, "seed \(seed)")
    }
    #expect(substituted > 300, "\(substituted) free column singletons")
  }

  /// The random integer program of `seed` plus continuous columns `y` defined by a doubleton
  /// equality `a x + b y = c` with an integer `x`, each also in up to two other rows, with bounds
  /// and costs.
  static func doubletonModel(seed: UInt64) -> (model: LinearModel, definitions: [(y: Int, row: Int)]) {
    var model = randomModel(seed: seed)
    var rng = SplitMix64(seed: seed &+ 0xD0B1E)
    func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    let integers = model.variables.count
    let originalRows = model.rows.count
    var definitions: [(y: Int, row: Int)] = []
    for index in 0..<int(1...3) {
      let x = int(0...(integers - 1))
      let lower = rng.next() % 3 == 0 ? -Double.infinity : Double(int(-6...0))
      let upper = rng.next() % 3 == 0 ? Double.infinity : Double(int(0...6))
      let y = model.addVariable(
        .init(name: "y\(index)", lowerBound: lower, upperBound: upper, objective: Double(int(-3...3))))
      let b = Double([-4, -2, -1, 1, 2, 3][int(0...5)])
      let a = Double([-3, -1, 1, 2, 5][int(0...4)])
      let c = Double(int(-6...6))
      let row = model.addRow(.init(name: "d\(index)", indices: [x, y], coefficients: [a, b], lowerBound: c, upperBound: c))
      definitions.append((y, row))
      for other in 0..<originalRows where rng.next() % 3 == 0 {
        model.rows[other].indices.append(y)
        model.rows[other].coefficients.append(Double(int(-3...3)))
      }
    }
    return (model, definitions)
  }

  /// The optimum of a `doubletonModel` by enumerating its integer columns (each `y` follows from its row).
  static func bruteForceDoubleton(_ model: LinearModel, _ definitions: [(y: Int, row: Int)]) -> (objective: Double, values: [Double])? {
    let integers = model.variables.indices.filter { model.variables[$0].isInteger }
    var values = [Double](repeating: 0, count: model.variables.count)
    for column in integers { values[column] = model.variables[column].lowerBound }
    var best: (objective: Double, values: [Double])?
    let sign: Double = model.sense == .minimize ? 1 : -1
    while true {
      for (y, rowIndex) in definitions {
        let row = model.rows[rowIndex]
        values[y] = (row.lowerBound - row.coefficients[0] * values[row.indices[0]]) / row.coefficients[1]
      }
      if model.violations(of: values, tolerance: 1e-9).isEmpty {
        let objective = model.objectiveValue(of: values)
        if best.map({ sign * objective < sign * $0.objective - 1e-9 }) ?? true { best = (objective, values) }
      }
      var position = 0
      while position < integers.count {
        let column = integers[position]
        if values[column] < model.variables[column].upperBound {
          values[column] += 1
          break
        }
        values[column] = model.variables[column].lowerBound
        position += 1
      }
      if position == integers.count { return best }
    }
  }

  @Test("Doubleton equalities keep the optimum of 1,000 seeded mixed programs")
  func doubletonKeepsOptimum() {
    var eliminated = 0
    var compared = 0
    for seed in UInt64(1)...1000 {
      let (model, definitions) = Self.doubletonModel(seed: seed)
      let expected = Self.bruteForceDoubleton(model, definitions)
      let result = Presolver().presolve(model)
      guard case .reduced = result.status else {
        if case .infeasible = result.status {
          #expect(expected == nil, "seed \(seed)")
        } else {
          Issue.record("seed \(seed): \(result.status)")
        }
        continue
      }
      eliminated += result.reductionCounts.first { $0.kind == "doubleton equality" }?.count ?? 0
      #expect(!result.model.variables.contains { !$0.isInteger }, "seed \(seed): a continuous column survived")
      guard !result.model.variables.contains(where: { !$0.isInteger }) else { continue }
      compared += 1
      let reduced = Self.bruteForce(result.model)
      #expect((reduced == nil) == (expected == nil), "seed \(seed): feasibility differs")
      guard let expected, let reduced else { continue }
      #expect(abs(reduced.objective - expected.objective) <= 1e-9, "seed \(seed): \(reduced.objective) vs \(expected.objective)")
      let values = result.postsolve.values(from: reduced.values)
      #expect(model.violations(of: values, tolerance: 1e-9).isEmpty, "seed \(seed): \(model.violations(of: values))")
      #expect(abs(model.objectiveValue(of: values) - expected.objective) <= 1e-9, "seed \(seed)")
    }
    #expect(eliminated > 300, "\(eliminated) doubleton equalities")
    #expect(compared > 200, "\(compared) models compared")
  }
}
