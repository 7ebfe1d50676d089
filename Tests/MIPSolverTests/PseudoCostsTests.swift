import Testing
@testable import MIPSolver

@Suite("Pseudo-costs")
struct PseudoCostsTests {
  @Test("Averages per unit and direction; unseen columns use the average over all columns")
  func averagesPerUnit() {
    var costs = PseudoCosts(columnCount: 3)
    #expect(costs.perUnit(column: 0, up: true) == 1)
    costs.record(column: 0, up: true, distance: 0.5, gain: 2)   // 4 per unit
    costs.record(column: 0, up: true, distance: 0.25, gain: 2)  // 8 per unit
    costs.record(column: 1, up: false, distance: 0.5, gain: 1)  // 2 per unit
    #expect(costs.perUnit(column: 0, up: true) == 6)
    #expect(costs.perUnit(column: 2, up: true) == 6)
    #expect(costs.perUnit(column: 1, up: false) == 2)
    #expect(costs.perUnit(column: 0, up: false) == 2)
    costs.record(column: 1, up: true, distance: 1, gain: -3)    // negative gain counts as 0
    #expect(costs.perUnit(column: 1, up: true) == 0)
  }

  @Test("Reliability needs observations in both directions")
  func reliabilityNeedsBothDirections() {
    var costs = PseudoCosts(columnCount: 1)
    for _ in 0..<4 { costs.record(column: 0, up: true, distance: 0.5, gain: 1) }
    #expect(!costs.isReliable(column: 0, threshold: 4))
    for _ in 0..<4 { costs.record(column: 0, up: false, distance: 0.5, gain: 1) }
    #expect(costs.isReliable(column: 0, threshold: 4))
  }

  @Test("The product score prefers balanced gains")
  func productScorePrefersBalance() {
    #expect(PseudoCosts.productScore(down: 2, up: 2) > PseudoCosts.productScore(down: 3.9, up: 0.1))
    #expect(PseudoCosts.productScore(down: 0, up: 5) > PseudoCosts.productScore(down: 0, up: 1))
  }
}
