import Foundation
import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// HiGHS 1.16's answer for one model of `Fixtures/unseen/highs.json`.
struct HiGHSAnswer: Decodable, Sendable {
  /// `optimal`, `infeasible`, `unbounded` or `unbounded-or-infeasible`.
  var status: String
  /// The optimum in the model's own sense, when optimal.
  var objective: Double?

  /// Every entry of a `highs.json` file under `Fixtures/`, by instance name.
  static func load(_ path: String) throws -> [String: HiGHSAnswer] {
    try JSONDecoder().decode([String: HiGHSAnswer].self, from: Data(try TestFixtures.text(path).utf8))
  }
}

/// The models of shapes the solver was not tuned on (`Fixtures/unseen/`, written by its `gen_unseen.py`)
/// must get HiGHS's status and optimum (relative 1e-6) with a full proof, and every reported solution
/// must satisfy the original model; crossed bounds in the file are an infeasible model, not an error.
/// Stopped at a relative gap, the incumbent and the reported bound must bracket HiGHS's optimum.
@Suite("Unseen model shapes against HiGHS")
struct UnseenInstanceTests {
  static let answers: [String: HiGHSAnswer] = (try? HiGHSAnswer.load("unseen/highs.json")) ?? [:]
  static let names = answers.keys.sorted()

  @Test("The fixture list is bundled and covers every shape")
  func fixturesPresent() {
    #expect(Self.names.count == 52)
    for prefix in ["ufl_", "cfl_", "setcover_", "setpack_", "setpart_", "gint_", "crossed_", "sense_", "fixed_spaces_"] {
      #expect(Self.names.contains { $0.hasPrefix(prefix) }, "no \(prefix) instance")
    }
  }

  @Test("Each model gets HiGHS's status and optimum with a feasible solution", arguments: names)
  func matchesHiGHS(_ name: String) throws {
    let answer = try #require(Self.answers[name])
    let model = try MPSReader.read(try TestFixtures.text("unseen/\(name).mps"))
    var options = SolverOptions()
    options.relativeGap = 0
    options.absoluteGap = 0
    let result = try MILPSolver().solve(model, options: options)
    switch answer.status {
    case "optimal":
      #expect(result.status == .optimal, "\(name): \(result.status)")
      let expected = try #require(answer.objective)
      let objective = try #require(result.objective, "\(name): no solution")
      #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(name): \(objective) vs \(expected)")
      let values = try #require(result.values)
      #expect(model.isFeasible(values, tolerance: 1e-6), "\(name): \(model.violations(of: values).prefix(3))")
      #expect(abs(model.objectiveValue(of: values) - objective) <= 1e-9 * max(1, abs(objective)))
    case "infeasible":
      #expect(result.status == .infeasible, "\(name): \(result.status)")
      #expect(result.values == nil)
    case "unbounded":
      #expect(result.status == .unbounded, "\(name): \(result.status)")
    default:
      // HiGHS could not tell unbounded from infeasible; the fixtures of this kind are unbounded MIPs
      // with a feasible point.
      #expect(result.status == .unbounded, "\(name): \(result.status)")
    }
  }

  static let optimalNames = names.filter { answers[$0]?.status == "optimal" }

  @Test("At a 5% or 1% gap the incumbent and the reported bound bracket HiGHS's optimum", arguments: optimalNames)
  func bracketsAtGap(_ name: String) throws {
    let optimum = try #require(Self.answers[name]?.objective)
    let model = try MPSReader.read(try TestFixtures.text("unseen/\(name).mps"))
    let slack = 1e-6 * max(1, abs(optimum))  // HiGHS optima carry its 1e-7 feasibility tolerance
    for gap in [0.05, 0.01] {
      var options = SolverOptions()
      options.relativeGap = gap
      let result = try MILPSolver().solve(model, options: options)
      #expect(result.status == .optimal, "\(name) at \(gap): \(result.status)")
      let objective = try #require(result.objective)
      let bound = try #require(result.bound)
      if model.sense == .maximize {
        #expect(objective <= optimum + slack && bound >= optimum - slack, "\(name) at \(gap): \(objective), bound \(bound), optimum \(optimum)")
      } else {
        #expect(objective >= optimum - slack && bound <= optimum + slack, "\(name) at \(gap): \(objective), bound \(bound), optimum \(optimum)")
      }
    }
  }
}
