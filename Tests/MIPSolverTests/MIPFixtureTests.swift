import Foundation
import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// The bundled MIPLIB 3, OR-Library and generated planner-family instances must reach the optimum of
/// `optima.json` (relative 1e-6) with a full proof (gap 0), and the reported solution must pass the
/// independent check. The slow ones run only with `DCBPLAN_SLOW_TESTS=1` (a release build runs them
/// all in seconds; see the README's branch-and-bound section for times).
@Suite("Known MIP optima")
struct MIPFixtureTests {
  /// Instances that take at most a few seconds in a debug build.
  static let fast = [
    "miplib3/egout", "miplib3/enigma", "miplib3/flugpl", "miplib3/lseu", "miplib3/p0033", "miplib3/rgn",
    "orlib/mknap1_1", "orlib/mknap1_2", "orlib/mknap1_3", "orlib/mknap1_4", "orlib/mknap1_5", "orlib/mknap1_6",
    "orlib/mknap1_7", "generated/pf_n12_s2", "generated/pf_n12_s3",
  ]
  /// Instances that take longer in a debug build. `pf_n40_s1` is left out: a release build finds its
  /// optimum but does not prove it within 60 s yet (the bound stalls; issue 4).
  static let slow = [
    "miplib3/bell5", "miplib3/p0201", "miplib3/p0282", "miplib3/stein27", "miplib3/vpm1", "generated/pf_n12_s1",
    "generated/pf_n40_s2", "generated/pf_n40_s3", "generated/pf_step1_n40_s1",
  ]
  static let slowEnabled = ProcessInfo.processInfo.environment["DCBPLAN_SLOW_TESTS"] == "1"

  static func check(_ path: String, conflictPool: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let name = String(path.split(separator: "/").last ?? "")
    let optima = try KnownOptima.load()
    let expected = try #require(optima.optimum(name), "no optimum listed for \(name)", sourceLocation: sourceLocation)
    let model = try MPSReader.read(try TestFixtures.text("\(path).mps"))
    var options = SolverOptions()
    options.relativeGap = 0
    options.absoluteGap = 0
    options.conflictPoolCapacity = conflictPool
    let result = try MILPSolver().solve(model, options: options)
    #expect(result.status == .optimal, "\(name): \(result.status)", sourceLocation: sourceLocation)
    let objective = try #require(result.objective, "\(name): no solution", sourceLocation: sourceLocation)
    #expect(
      abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(name): \(objective) vs \(expected)",
      sourceLocation: sourceLocation)
    let values = try #require(result.values, sourceLocation: sourceLocation)
    #expect(model.isFeasible(values, tolerance: 1e-6), "\(name): \(model.violations(of: values).prefix(3))",
      sourceLocation: sourceLocation)
    let bound = try #require(result.bound, sourceLocation: sourceLocation)
    #expect(abs(bound - objective) <= 1e-6 * max(1, abs(objective)), "\(name): bound \(bound)", sourceLocation: sourceLocation)
  }

  @Test("Small instances reach the listed optimum with a full proof", arguments: fast)
  func fastInstances(_ path: String) throws { try Self.check(path) }

  @Test("Small instances reach the listed optimum with the conflict pool on", arguments: fast)
  func fastInstancesWithConflicts(_ path: String) throws { try Self.check(path, conflictPool: 300) }

  @Test("Slow instances reach the listed optimum (DCBPLAN_SLOW_TESTS=1)", .enabled(if: slowEnabled), arguments: slow)
  func slowInstances(_ path: String) throws { try Self.check(path) }
}
