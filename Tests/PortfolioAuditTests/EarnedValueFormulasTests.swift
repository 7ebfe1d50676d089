import PortfolioDomain
import Testing
@testable import PortfolioAudit

/// Checks a defined ratio against an expected value within 1e-6 (PRA's tolerance, EVM.md §1.2).
func expectRatio(
  _ computed: Computed<Double>, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let value = computed.value else {
    Issue.record("undefined: \(computed.undefinedReason ?? "")", sourceLocation: sourceLocation)
    return
  }
  #expect(abs(value - expected) < 1e-6, "\(value) != \(expected)", sourceLocation: sourceLocation)
}

@Suite("Earned value formulas")
struct EarnedValueFormulasTests {
  typealias F = EarnedValueFormulas
  let bac = Money(dollars: 1_000_000)
  let ev = Money(dollars: 460_000)
  let ac = Money(dollars: 589_744)

  @Test("W3: bottom-up EAC and TCPI to EAC match the published example")
  func w3() {
    let eac = F.eacBottomUp(ac: ac, estimateToComplete: Money(dollars: 652_000))
    #expect(eac == Money(dollars: 1_241_744))
    let tcpi = F.tcpiToEAC(bac: bac, ev: ev, ac: ac, eac: .value(eac))
    expectRatio(tcpi, 0.828221)
    #expect(tcpi.formatted() == "0.83")
    expectRatio(F.cpi(ev: ev, ac: ac), 0.780000)
    #expect(F.cpi(ev: ev, ac: ac).formatted() == "0.78")
  }

  @Test("W3 derived: TCPI to BAC and the CPI-based EAC")
  func w3Derived() {
    expectRatio(F.tcpiToBAC(bac: bac, ev: ev, ac: ac), 1.316251)
    #expect(F.eacTypical(bac: bac, ev: ev, ac: ac) == .value(Money(cents: 128_205_217)))
  }

  @Test("Every guarded division is undefined with a reason, never NaN or infinity")
  func guards() {
    let zero = Money.zero
    #expect(F.spi(ev: ev, pv: zero).undefinedReason == "no planned value by the status date")
    #expect(F.cpi(ev: ev, ac: zero).undefinedReason == "no actual cost recorded")
    #expect(F.tcpiToBAC(bac: bac, ev: ev, ac: bac).undefinedReason == "actual cost already meets or exceeds budget")
    #expect(F.tcpiToEAC(bac: bac, ev: ev, ac: ac, eac: .value(ac)).undefinedReason != nil)
    #expect(F.eacTypical(bac: bac, ev: zero, ac: ac).undefinedReason == "cpi is not positive")
    #expect(F.eacCombined(bac: bac, ev: ev, ac: ac, pv: zero).undefinedReason != nil)
    #expect(F.eacWeighted(bac: bac, ev: zero, ac: ac, pv: ev, cpiWeight: 0.8).undefinedReason != nil)
    #expect(F.scheduleVariancePercent(ev: ev, pv: zero).undefinedReason == "planned value is zero")
    #expect(F.costVariancePercent(ev: zero, ac: ac).undefinedReason == "earned value is zero")
    #expect(Computed<Double>.undefined(reason: "x").formatted() == "undefined")
  }

  @Test("An EAC beyond the range of cents is undefined, never a trap")
  func hugeEstimates() {
    // CPI = 1 cent / $10 trillion: BAC / CPI is about 10^30 cents.
    let bac = Money(cents: 999_999_999_999_999), ev = Money(cents: 1), ac = Money(cents: 999_999_999_999_999)
    #expect(F.eacTypical(bac: bac, ev: ev, ac: ac).undefinedReason == "the estimate is beyond the range of money")
    #expect(F.eacCombined(bac: bac, ev: ev, ac: ac, pv: bac).undefinedReason == "the estimate is beyond the range of money")
    #expect(F.eacWeighted(bac: bac, ev: ev, ac: ac, pv: bac, cpiWeight: 0.8).undefinedReason != nil)
    // Within range but where adding AC overflows.
    #expect(F.sum(Money(cents: .max - 1), Money(cents: 2)).undefinedReason == "the estimate is beyond the range of money")
    #expect(F.sum(Money(cents: 5), Money(cents: -7)) == .value(Money(cents: -2)))
  }

  @Test("The atypical EAC, ETC and VAC follow their definitions")
  func forecasts() {
    #expect(F.eacAtypical(bac: bac, ev: ev, ac: ac) == Money(dollars: 1_129_744))
    let eac = Computed<Money>.value(Money(dollars: 1_200_000))
    #expect(F.estimateToComplete(eac: eac, ac: ac) == .value(Money(dollars: 610_256)))
    #expect(F.varianceAtCompletion(bac: bac, eac: eac) == .value(Money(dollars: -200_000)))
  }

  @Test("Ratios print with half-away-from-zero rounding at fixed decimals")
  func ratioFormat() {
    #expect(RatioFormat.string(0.828221, decimals: 2) == "0.83")
    #expect(RatioFormat.string(-0.1728, decimals: 4) == "-0.1728")
    #expect(RatioFormat.string(1.0, decimals: 2) == "1.00")
    #expect(RatioFormat.string(0.005, decimals: 0) == "0")
    #expect(RatioFormat.string(2.5, decimals: 0) == "3")
    #expect(RatioFormat.string(-2.5, decimals: 0) == "-3")
    #expect(RatioFormat.string(0.0625, decimals: 3) == "0.063")
    #expect(RatioFormat.string(12.0, decimals: 6) == "12.000000")
  }
}
