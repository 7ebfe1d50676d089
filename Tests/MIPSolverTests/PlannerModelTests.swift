import Foundation
import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// The planner's own models (`Fixtures/planner/`, written by `dcbplan-bench export-variants`: the
/// bundled data and seeded draws) against HiGHS 1.16's proven optima. By default the bundled model
/// stops after the root node, whose incumbent (if any) and bound must bracket HiGHS's optimum; with
/// `DCBPLAN_SLOW_TESTS=1` each is also solved to a 1% gap (the result must bracket the optimum) and to
/// a full proof (it must reach the optimum, relative 1e-6). A release build takes 1-10 s per full proof.
@Suite("Planner models against HiGHS")
struct PlannerModelTests {
  static let answers: [String: HiGHSAnswer] = (try? HiGHSAnswer.load("planner/highs.json")) ?? [:]
  static let names = answers.keys.sorted()
  static let slowEnabled = ProcessInfo.processInfo.environment["DCBPLAN_SLOW_TESTS"] == "1"

  static func solve(_ name: String, gap: Double, nodeLimit: Int? = nil) throws -> (LinearModel, SolveResult, Double) {
    let answer = try #require(answers[name])
    #expect(answer.status == "optimal")
    let optimum = try #require(answer.objective)
    let model = try MPSReader.read(try TestFixtures.text("planner/\(name).mps"))
    var options = SolverOptions()
    options.relativeGap = gap
    if gap == 0 { options.absoluteGap = 0 }
    options.nodeLimit = nodeLimit
    let result = try MILPSolver().solve(model, options: options)
    if nodeLimit == nil { #expect(result.status == .optimal, "\(name): \(result.status)") }
    if let values = result.values {
      #expect(model.isFeasible(values, tolerance: 1e-6), "\(name): \(model.violations(of: values).prefix(3))")
    } else {
      #expect(nodeLimit != nil, "\(name): no solution")
    }
    return (model, result, optimum)
  }

  @Test("The bundled model and seeded variants are bundled, all maximizations")
  func fixturesPresent() throws {
    #expect(Self.names.contains("planner_bih"))
    #expect(Self.names.count >= 3)
    for name in Self.names {
      let model = try MPSReader.read(try TestFixtures.text("planner/\(name).mps"))
      #expect(model.sense == .maximize)
      #expect(model.variables.contains { $0.isInteger })
    }
  }

  static func expectBracket(_ name: String, _ result: SolveResult, _ optimum: Double) throws {
    let slack = 1e-6 * max(1, abs(optimum))
    let bound = try #require(result.bound, "\(name): no bound")
    #expect(bound >= optimum - slack, "\(name): bound \(bound) cuts off the optimum \(optimum)")
    if let objective = result.objective {
      #expect(objective <= optimum + slack, "\(name): incumbent \(objective) above the optimum \(optimum)")
    }
  }

  /// The default run checks the bundled model only (a debug-build root node takes seconds); all of
  /// them with `DCBPLAN_SLOW_TESTS=1`.
  static let rootNames = slowEnabled ? names : ["planner_bih"]

  @Test("After the root node our incumbent and bound bracket HiGHS's optimum", arguments: rootNames)
  func rootBrackets(_ name: String) throws {
    let (_, result, optimum) = try Self.solve(name, gap: 0, nodeLimit: 1)
    try Self.expectBracket(name, result, optimum)
  }

  @Test("At a 1% gap our incumbent and bound bracket HiGHS's optimum (DCBPLAN_SLOW_TESTS=1)", .enabled(if: slowEnabled), arguments: names)
  func bracketsOptimum(_ name: String) throws {
    let (_, result, optimum) = try Self.solve(name, gap: 0.01)
    try Self.expectBracket(name, result, optimum)
    let objective = try #require(result.objective)
    #expect(objective >= optimum - 0.0101 * abs(optimum), "\(name): incumbent \(objective) not within 1%")
  }

  @Test("With a full proof we reach HiGHS's optimum (DCBPLAN_SLOW_TESTS=1)", .enabled(if: slowEnabled), arguments: names)
  func reachesOptimum(_ name: String) throws {
    let (_, result, optimum) = try Self.solve(name, gap: 0)
    let objective = try #require(result.objective)
    #expect(abs(objective - optimum) <= 1e-6 * max(1, abs(optimum)), "\(name): \(objective) vs \(optimum)")
  }
}
