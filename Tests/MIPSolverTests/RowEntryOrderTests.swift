import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// The solve depends on the model's content, not on the order of the entries within its rows: the
/// solver puts them in variable order first (`MILPSolver`), so a model built in memory and its MPS
/// export (whose reader gives that order) take the same search path. Before that, the planner's
/// in-process robust samples and their exports took different trees (193,153 against 149,106 nodes
/// on samples 0–39).
@Suite("Row entry order")
struct RowEntryOrderTests {
  /// `model` with each row's entries permuted: reversed, or shuffled by `generator`.
  static func permuted(_ model: LinearModel, using generator: inout SplitMix64, reverse: Bool) -> LinearModel {
    var copy = model
    for i in copy.rows.indices {
      var order = Array(copy.rows[i].indices.indices)
      if reverse { order.reverse() } else { order.shuffle(using: &generator) }
      let indices = copy.rows[i].indices, coefficients = copy.rows[i].coefficients
      copy.rows[i].indices = order.map { indices[$0] }
      copy.rows[i].coefficients = order.map { coefficients[$0] }
    }
    return copy
  }

  static func expectSameSolve(_ a: SolveResult, _ b: SolveResult, _ label: String) {
    #expect(a.status == b.status, "\(label)")
    #expect(a.nodes == b.nodes, "\(label): \(a.nodes) against \(b.nodes) nodes")
    #expect(a.iterations == b.iterations, "\(label): \(a.iterations) against \(b.iterations) iterations")
    #expect(a.objective == b.objective, "\(label)")
    #expect(a.bound == b.bound, "\(label)")
    #expect(a.values == b.values, "\(label)")
  }

  @Test("Shuffled rows of random mixed models give the same search", arguments: 1...40)
  func randomModels(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(7_000 + seed))
    var model = RandomMIP.make(
      seed: UInt64(seed), using: &generator, variables: 60, rows: 14, integerShare: 0.6, binary: seed % 2 == 0)
    // Fractional coefficients, so that the order of a row's sums shows in the last bits.
    for i in model.rows.indices {
      for k in model.rows[i].coefficients.indices {
        model.rows[i].coefficients[k] *= Double.random(in: 0.9...1.1, using: &generator)
      }
    }
    for j in model.variables.indices {
      model.variables[j].objective *= Double.random(in: 0.9...1.1, using: &generator)
    }
    let shuffled = Self.permuted(model, using: &generator, reverse: false)
    var options = SolverOptions()
    options.nodeLimit = 300
    let a = try MILPSolver().solve(model, options: options), b = try MILPSolver().solve(shuffled, options: options)
    Self.expectSameSolve(a, b, "seed \(seed)")
  }

  @Test("A planner model with reversed rows takes the same tree as from its MPS file")
  func plannerModel() throws {
    // A seeded draw of the bundled model (`Fixtures/planner/`, like one of robust's samples): its root cuts
    // and first nodes (heuristics off, to keep a debug build quick) already part without the sort.
    let model = try MPSReader.read(try TestFixtures.text("planner/planner_bih_s1.mps"))
    #expect(model.hasSortedRowEntries)
    var generator = SplitMix64(seed: 1)
    let reversed = Self.permuted(model, using: &generator, reverse: true)
    #expect(!reversed.hasSortedRowEntries)
    var options = SolverOptions()
    options.relativeGap = 0.005
    options.nodeLimit = 8
    options.heuristics = false
    let fromFile = try MILPSolver().solve(model, options: options)
    #expect(fromFile.nodes > 1)
    Self.expectSameSolve(fromFile, try MILPSolver().solve(reversed, options: options), "planner_bih_s1")
  }

  @Test("Sorting rows keeps sorted rows and the model's meaning")
  func sortingKeepsMeaning() {
    var model = LinearModel(name: "m", sense: .maximize)
    model.addVariable(.init(name: "x", lowerBound: 0, upperBound: 1, isInteger: true, objective: 2))
    model.addVariable(.init(name: "y", lowerBound: 0, upperBound: 4, isInteger: false, objective: 1))
    model.addVariable(.init(name: "z", lowerBound: 0, upperBound: 4, isInteger: false, objective: 0))
    model.rows.append(.init(name: "a", indices: [2, 0, 1], coefficients: [3, -1, 2], lowerBound: -1, upperBound: 5))
    model.rows.append(.init(name: "b", indices: [0, 2], coefficients: [1, 1], lowerBound: 0, upperBound: 1))
    #expect(!model.hasSortedRowEntries)
    let sorted = model.withSortedRowEntries()
    #expect(sorted.hasSortedRowEntries)
    #expect(sorted.rows[0].indices == [0, 1, 2])
    #expect(sorted.rows[0].coefficients == [-1, 2, 3])
    #expect(sorted.rows[1] == model.rows[1])
    #expect(sorted.rowActivities(of: [1, 2, 1]) == model.rowActivities(of: [1, 2, 1]))
  }
}
