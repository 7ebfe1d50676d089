import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Branch-and-bound restarts")
struct BranchAndBoundRestartTests {
  /// A 0-1 knapsack `max Σ v_j x_j, Σ w_j x_j <= capacity` with 16 items, its optimum and a worse
  /// feasible point, both by enumeration.
  static func knapsack(seed: Int) -> (model: LinearModel, best: [Double], worse: [Double], bestValue: Double) {
    var generator = SplitMix64(seed: UInt64(seed))
    let n = 16
    let values = (0..<n).map { _ in Double(Int.random(in: 5...40, using: &generator)) }
    let weights = (0..<n).map { _ in Double(Int.random(in: 5...30, using: &generator)) }
    let capacity = weights.reduce(0, +) / 3
    var model = LinearModel(name: "knapsack_\(seed)", sense: .maximize)
    for j in 0..<n {
      model.addVariable(.init(name: "x\(j)", lowerBound: 0, upperBound: 1, isInteger: true, objective: values[j]))
    }
    model.addRow(LinearModel.Row(name: "cap", indices: Array(0..<n), coefficients: weights, upperBound: capacity))
    var bestMask = 0, bestValue = -1.0, worseMask = 0, worseValue = -1.0
    for mask in 0..<(1 << n) {
      var weight = 0.0, value = 0.0
      for j in 0..<n where mask & (1 << j) != 0 {
        weight += weights[j]
        value += values[j]
      }
      guard weight <= capacity else { continue }
      if value > bestValue {
        (worseMask, worseValue) = (bestMask, bestValue)
        (bestMask, bestValue) = (mask, value)
      } else if value > worseValue && value < bestValue - 2 {
        (worseMask, worseValue) = (mask, value)
      }
    }
    let point = { (mask: Int) in (0..<n).map { Double((mask >> $0) & 1) } }
    return (model, point(bestMask), point(worseMask), bestValue)
  }

  @Test("A restart's global fixings keep every better solution, and the restarted search finds the optimum")
  func restartKeepsBetterSolutions() throws {
    var fixedColumns = 0
    for seed in 1...12 {
      let (model, best, worse, bestValue) = Self.knapsack(seed: seed)
      var options = SolverOptions()
      options.relativeGap = 0
      options.absoluteGap = 0
      let problem = MIPProblem(model: model, integrality: options.tolerances.integrality)
      let search = BranchAndBound(problem: problem, lp: DualSimplex(problem: problem.lp), options: options)
      search.makeEngine = { DualSimplex(problem: $0) }
      #expect(search.offerSolution(worse))
      let restarted = search.restartFromRoot()
      // The optimum is better than the incumbent, so no fixing may exclude it.
      for j in best.indices {
        #expect(search.rootLower[j] <= best[j] && best[j] <= search.rootUpper[j], "seed \(seed): column \(j)")
        if search.rootLower[j] == search.rootUpper[j] { fixedColumns += 1 }
      }
      if restarted { #expect(search.queue.count <= 1) }
      let result = search.run()
      #expect(result.outcome == .optimal)
      #expect(abs(-result.objective - bestValue) <= 1e-6, "seed \(seed): \(-result.objective) vs \(bestValue)")
    }
    // Otherwise the fixing check above would be vacuous.
    #expect(fixedColumns > 0)
  }
}
