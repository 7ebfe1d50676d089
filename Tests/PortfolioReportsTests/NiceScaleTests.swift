import Testing

@testable import PortfolioReports

@Suite("Nice scale")
struct NiceScaleTests {
  @Test("Chooses 1-2-5 steps", arguments: [(0.7, 1.0), (1.0, 1.0), (1.3, 2.0), (2.5, 5.0), (6.0, 10.0), (0.013, 0.02), (4_300_000.0, 5_000_000.0)])
  func steps(_ raw: Double, _ expected: Double) {
    #expect(abs(NiceScale.niceStep(for: raw) - expected) <= expected * 1e-12)
  }

  @Test("Covers the data with whole steps from zero")
  func covers() {
    let s = NiceScale(min: 0, max: 21_998_000, targetTicks: 5, rangeStart: 300, rangeEnd: 0)
    #expect(s.step == 5_000_000)
    #expect(s.lower == 0)
    #expect(s.upper == 25_000_000)
    #expect(s.ticks == [0, 5_000_000, 10_000_000, 15_000_000, 20_000_000, 25_000_000])
    #expect(s.position(0) == 300)
    #expect(s.position(25_000_000) == 0)
    #expect(s.position(12_500_000) == 150)
  }

  @Test("Handles an empty domain, negatives and no zero")
  func edges() {
    let flat = NiceScale(min: 0, max: 0, rangeStart: 0, rangeEnd: 100)
    #expect(flat.upper > flat.lower)
    let negative = NiceScale(min: -3, max: 7, targetTicks: 5, rangeStart: 0, rangeEnd: 100)
    #expect(negative.lower == -4 && negative.upper == 8 && negative.step == 2)
    let noZero = NiceScale(min: 48_000_000, max: 56_000_000, targetTicks: 4, includeZero: false, rangeStart: 0, rangeEnd: 1)
    #expect(noZero.lower == 48_000_000 && noZero.upper == 56_000_000)
  }

  @Test("Tick labels carry as many decimals as the step needs")
  func labels() {
    #expect(NiceScale.decimals(forStep: 5) == 0)
    #expect(NiceScale.decimals(forStep: 0.5) == 1)
    #expect(NiceScale.decimals(forStep: 0.02) == 2)
    #expect(AxisUnit.usd.tickLabel(2_500_000, step: 500_000) == "$2.5M")
    #expect(AxisUnit.usd.tickLabel(10_000_000, step: 5_000_000) == "$10M")
    #expect(AxisUnit.percent.tickLabel(150, step: 50) == "150%")
  }
}
