import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Branch-and-bound with the conflict pool")
struct BranchAndBoundConflictTests {
  /// Mixed models with continuous costs run without proofs (see `BranchAndBound.init`); the pure
  /// integer ones (every third seed) learn them.
  @Test("Random small MIPs with an objective constant match enumeration with dual proofs on", arguments: 1...40)
  func randomMIPsMatchEnumeration(seed: Int) throws {
    let model = DualProofTests.model(seed: 900 + seed, integerShare: seed % 3 == 0 ? 1 : 0.7)
    var options = SolverOptions.exact
    options.conflictPoolCapacity = seed % 2 == 0 ? 2 : 300
    options.cuts = seed % 4 < 2
    let result = try MILPSolver().solve(model, options: options)
    try RandomMIP.expectMatchesEnumeration(result, of: model, label: "seed \(seed)")
  }

  @Test("Random binary knapsack systems match enumeration with dual proofs on", arguments: 1...8)
  func randomBinaryModelsMatchEnumeration(seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(1_300 + seed))
    let model = RandomMIP.make(
      seed: UInt64(seed), using: &generator, variables: 10, rows: 3, integerShare: 1, binary: true)
    var options = SolverOptions.exact
    options.conflictPoolCapacity = 300
    options.cuts = false
    options.heuristics = false
    let result = try MILPSolver().solve(model, options: options)
    try RandomMIP.expectMatchesEnumeration(result, of: model, label: "seed \(seed)")
  }
}
