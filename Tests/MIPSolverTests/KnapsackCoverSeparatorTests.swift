import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Knapsack cover separation")
struct KnapsackCoverSeparatorTests {
  @Test("Separates the classic cover of a small knapsack")
  func separatesClassicCover() throws {
    // 5a + 5b + 5c + 9d <= 12 (a cover {a, b, c}); x* = (0.8, 0.8, 0.8, 0) violates a + b + c <= 2,
    // which lifts d with coefficient 2 - max{v : f(v) <= 3} = 2.
    let model = TestModels.model(
      objective: [0, 0, 0, 0], lower: [0, 0, 0, 0], upper: [1, 1, 1, 1], integer: [true, true, true, true],
      rows: [[5, 5, 5, 9]], rowLower: [-.infinity], rowUpper: [12])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    let separator = KnapsackCoverSeparator(problem: problem, tolerances: Tolerances())
    let cuts = separator.separate(x: [0.8, 0.8, 0.8, 0], lower: problem.lp.columnLower, upper: problem.lp.columnUpper)
    let cut = try #require(cuts.first)
    #expect(cuts.count == 1)
    #expect(cut.indices == [0, 1, 2, 3])
    #expect(cut.values == [1, 1, 1, 2])
    #expect(cut.upper == 2)
  }

  @Test("Every cut holds at every feasible point of random knapsacks", arguments: 1...25)
  func cutsAreValid(seed: Int) {
    var generator = SplitMix64(seed: UInt64(seed))
    let n = Int.random(in: 4...10, using: &generator)
    // Mixed signs (complementation), one general integer, one continuous column.
    var weights: [Double] = []
    for _ in 0..<n { weights.append(Double(Int.random(in: -12...25, using: &generator))) }
    let capacity = Double(Int.random(in: 10...40, using: &generator))
    var lower = [Double](repeating: 0, count: n), upper = [Double](repeating: 1, count: n)
    var integer = [Bool](repeating: true, count: n)
    upper[n - 1] = 3
    integer[n - 2] = false
    upper[n - 2] = 2
    lower[n - 2] = -1
    let model = TestModels.model(
      objective: [Double](repeating: 0, count: n), lower: lower, upper: upper, integer: integer, rows: [weights],
      rowLower: [seed % 2 == 0 ? -capacity : -.infinity], rowUpper: [capacity])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    let separator = KnapsackCoverSeparator(problem: problem, tolerances: Tolerances())
    var cuts: [LPRow] = []
    for _ in 0..<30 {
      var x = [Double](repeating: 0, count: n)
      for j in 0..<n { x[j] = Double.random(in: lower[j]...upper[j], using: &generator) }
      cuts += separator.separate(x: x, lower: lower, upper: upper)
    }
    // Enumerate the integer columns, and the continuous column on a grid of its range.
    let grid = stride(from: lower[n - 2], through: upper[n - 2], by: 0.25).map { $0 }
    var point = lower
    while true {
      for value in grid {
        point[n - 2] = value
        if model.maximumViolation(of: point) <= 0 {
          for cut in cuts {
            var activity = 0.0
            for (j, a) in zip(cut.indices, cut.values) { activity += a * point[j] }
            #expect(activity <= cut.upper + 1e-9, "seed \(seed): cut \(cut) violated at \(point)")
          }
        }
      }
      var k = 0
      while k < n {
        if k == n - 2 { k += 1; continue }
        point[k] += 1
        if point[k] <= upper[k] { break }
        point[k] = lower[k]
        k += 1
      }
      if k >= n { break }
    }
  }
}
