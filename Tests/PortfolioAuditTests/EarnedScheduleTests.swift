import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Earned schedule and BEI")
struct EarnedScheduleTests {
  let curve: [Int64] = [100, 300, 600, 1000]

  @Test("W9: ES interpolates into the next period")
  func w9() {
    let result = EarnedSchedule.compute(cumulativePV: curve, ev: 450, actualTime: 3)
    #expect(result.es == 2.5)
    #expect(result.svt == -0.5)
    expectRatio(result.spit, 0.833333)
    expectRatio(result.ieact, 4.8)
    #expect(result.pd == 4)
  }

  @Test("W9: a late finish keeps SPI at 1 but SV(t) and SPI(t) show the lateness")
  func lateFinish() {
    let result = EarnedSchedule.compute(cumulativePV: curve, ev: 1000, actualTime: 6)
    #expect(result.es == 4)
    #expect(result.svt == -2)
    expectRatio(result.spit, 0.666667)
    expectRatio(EarnedValueFormulas.spi(ev: .init(cents: 1000), pv: .init(cents: 1000)), 1)
  }

  @Test("Edge rules: below the first period, above BAC, flat periods, nothing earned, no time elapsed")
  func edges() {
    #expect(EarnedSchedule.compute(cumulativePV: curve, ev: 50, actualTime: 1).es == 0.5)
    #expect(EarnedSchedule.compute(cumulativePV: curve, ev: 1500, actualTime: 2).es == 4)
    let flat: [Int64] = [0, 0, 100, 100, 100, 400]
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 100, actualTime: 5).es == 5)
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 250, actualTime: 5).es == 5.5)
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 0, actualTime: 1).es == 1)
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 0, actualTime: 0).es == 0)
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 0, actualTime: 4).es == 2)
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 100, actualTime: 3.5).es == 3.5)
    #expect(EarnedSchedule.compute(cumulativePV: flat, ev: 100, actualTime: 1).es == 3)
    let nothing = EarnedSchedule.compute(cumulativePV: curve, ev: 0, actualTime: 2)
    #expect(nothing.es == 0)
    #expect(nothing.ieact.undefinedReason != nil)
    #expect(EarnedSchedule.compute(cumulativePV: curve, ev: 0, actualTime: 0).spit.undefinedReason != nil)
    #expect(EarnedSchedule.compute(cumulativePV: curve, ev: -10, actualTime: 1).es == 0)
  }

  @Test("W6: cumulative BEI 1,516 / 1,955")
  func w6() {
    expectRatio(BaselineExecutionIndex.compute(finished: 1516, baselinedToFinish: 1955), 0.775448)
    #expect(BaselineExecutionIndex.compute(finished: 1516, baselinedToFinish: 1955).formatted() == "0.78")
    #expect(BaselineExecutionIndex.compute(finished: 0, baselinedToFinish: 0).undefinedReason != nil)
    expectRatio(BaselineExecutionIndex.compute(finished: 3, baselinedToFinish: 2, withoutBaselineFinish: 2), 0.75)
  }
}
