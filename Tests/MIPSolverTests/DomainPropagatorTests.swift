import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Domain propagation")
struct DomainPropagatorTests {
  @Test("Tightens integer bounds from a row and rounds them inward")
  func tightensIntegerBounds() {
    // 2x + 3y <= 7.5, x - y >= 1, x, y integer in [0, 10].
    let model = TestModels.model(
      objective: [0, 0], lower: [0, 0], upper: [10, 10], integer: [true, true], rows: [[2, 3], [1, -1]],
      rowLower: [-.infinity, 1], rowUpper: [7.5, .infinity])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    var propagator = DomainPropagator(problem: problem, tolerances: Tolerances())
    var lower = problem.lp.columnLower, upper = problem.lp.columnUpper
    #expect(propagator.propagate(lower: &lower, upper: &upper))
    // x >= 1 + y >= 1; 2x <= 7.5 gives x <= 3; 3y <= 7.5 - 2 gives y <= 1; then x - y >= 1 keeps x >= 1.
    #expect(lower == [1, 0])
    #expect(upper == [3, 1])
  }

  @Test("Detects an infeasible box without an LP")
  func detectsInfeasibility() {
    let model = TestModels.model(
      objective: [0, 0], lower: [0, 0], upper: [1, 1], integer: [true, true], rows: [[1, 1], [1, -1]],
      rowLower: [2, -.infinity], rowUpper: [.infinity, -0.5])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    var propagator = DomainPropagator(problem: problem, tolerances: Tolerances())
    var lower = problem.lp.columnLower, upper = problem.lp.columnUpper
    #expect(!propagator.propagate(lower: &lower, upper: &upper))
  }

  @Test("Never removes an integer-feasible point of random models")
  func keepsFeasiblePoints() {
    for seed in 1...40 {
      var generator = SplitMix64(seed: UInt64(500 + seed))
      let model = RandomMIP.make(seed: UInt64(seed), using: &generator, variables: 5, rows: 3, integerShare: 1)
      let problem = MIPProblem(model: model, integrality: 1e-6)
      var propagator = DomainPropagator(problem: problem, tolerances: Tolerances())
      var lower = problem.lp.columnLower, upper = problem.lp.columnUpper
      let feasible = propagator.propagate(lower: &lower, upper: &upper)
      // Enumerate every integer point of the original box.
      var point = problem.lp.columnLower
      var anyFeasible = false
      while true {
        if model.maximumViolation(of: point) <= 1e-9 {
          anyFeasible = true
          #expect(feasible, "seed \(seed): propagation declared a feasible model infeasible")
          for j in point.indices {
            #expect(point[j] >= lower[j] && point[j] <= upper[j], "seed \(seed): column \(j) cut off")
          }
        }
        var k = 0
        while k < point.count {
          point[k] += 1
          if point[k] <= problem.lp.columnUpper[k] { break }
          point[k] = problem.lp.columnLower[k]
          k += 1
        }
        if k == point.count { break }
      }
      _ = anyFeasible
    }
  }
}
