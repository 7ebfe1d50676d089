import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Stoplights and variance thresholds")
struct StoplightTests {
  @Test(
    "W5: FEMA bands on both sides of every boundary (index in basis points of 10,000)",
    arguments: [
      (8_999, Stoplight.red), (9_000, .yellow), (9_001, .yellow), (9_499, .yellow), (9_500, .green), (10_000, .green),
      (10_500, .green), (10_501, .yellow), (10_999, .yellow), (11_000, .yellow), (11_001, .red), (0, .red), (30_000, .red),
    ])
  func femaBoundaries(_ numerator: Int, _ expected: Stoplight) {
    #expect(StoplightBands.fema.colour(numerator: Int64(numerator), denominator: 10_000) == expected)
    #expect(StoplightBands.fema.colour(.value(Double(numerator) / 10_000)) == expected)
  }

  @Test("Classifies exactly: 19/20 is green, a hair below 0.95 is yellow though it prints 0.95")
  func exactness() {
    #expect(StoplightBands.fema.colour(numerator: 19, denominator: 20) == .green)
    #expect(StoplightBands.fema.colour(numerator: 949_999, denominator: 1_000_000) == .yellow)
    #expect(RatioFormat.string(0.949999, decimals: 2) == "0.95")
    #expect(StoplightBands.fema.colour(numerator: 5, denominator: 0) == .undefined)
  }

  @Test("Configurable bands keep the same boundary rules")
  func customBands() {
    let bands = StoplightBands(greenLow: 9_800, greenHigh: 10_200, yellowLow: 9_500, yellowHigh: 10_500)
    #expect(bands.colour(numerator: 98, denominator: 100) == .green)
    #expect(bands.colour(numerator: 97, denominator: 100) == .yellow)
    #expect(bands.colour(numerator: 95, denominator: 100) == .yellow)
    #expect(bands.colour(numerator: 94, denominator: 100) == .red)
  }

  @Test("Overall health takes the worse colour; an undefined index does not colour it")
  func overall() {
    #expect(Stoplight.overall(.green, .green) == .green)
    #expect(Stoplight.overall(.green, .yellow) == .yellow)
    #expect(Stoplight.overall(.yellow, .red) == .red)
    #expect(Stoplight.overall(.undefined, .green) == .green)
    #expect(Stoplight.overall(.undefined, .undefined) == .undefined)
  }

  @Test("W4: -$14,000 on $81,000 is significant under $15,000 OR 10 %, not under AND")
  func w4() {
    let variance = Money(dollars: -14_000)
    let base = Money(dollars: 81_000)
    #expect(VarianceThresholds().isSignificant(variance: variance, base: base))
    #expect(!VarianceThresholds(combination: .and).isSignificant(variance: variance, base: base))
    let percent = EarnedValueFormulas.costVariancePercent(ev: base, ac: base - variance)
    expectRatio(percent, -0.172840)
  }

  @Test("Reaching a threshold counts; just below does not")
  func thresholdBoundaries() {
    let dollarsOnly = VarianceThresholds(amount: Money(dollars: 15_000), percentBasisPoints: 100_000, combination: .or)
    #expect(dollarsOnly.isSignificant(variance: Money(dollars: -15_000), base: Money(dollars: 1_000_000)))
    #expect(!dollarsOnly.isSignificant(variance: Money(cents: -1_499_999), base: Money(dollars: 1_000_000)))
    let percentOnly = VarianceThresholds(amount: Money(dollars: 1_000_000_000), percentBasisPoints: 1_000, combination: .or)
    #expect(percentOnly.isSignificant(variance: Money(dollars: 10), base: Money(dollars: 100)))
    #expect(!percentOnly.isSignificant(variance: Money(cents: 999), base: Money(dollars: 100)))
    let both = VarianceThresholds(amount: Money(dollars: 10), percentBasisPoints: 1_000, combination: .and)
    #expect(both.isSignificant(variance: Money(dollars: 10), base: Money(dollars: 100)))
    #expect(!both.isSignificant(variance: Money(dollars: 10), base: Money(dollars: 101)))
    #expect(!both.isSignificant(variance: Money(dollars: 10), base: .zero))
    #expect(VarianceThresholds(amount: Money(dollars: 10)).isSignificant(variance: Money(dollars: 10), base: .zero))
  }
}
