import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("Earned value")
struct EarnedValueTests {
  static let baseline = AuditSnapshot.Project(
    candidate: "P", title: "Project", bacUSD: 1_000_000, start: ReportDate(year: 2025, month: 1, day: 1), finish: ReportDate(year: 2025, month: 12, day: 31),
    milestones: [
      AuditSnapshot.Milestone(id: "M1", title: "a", due: ReportDate(year: 2025, month: 3, day: 31), weightPercent: 30),
      AuditSnapshot.Milestone(id: "M2", title: "b", due: ReportDate(year: 2025, month: 9, day: 30), weightPercent: 70),
    ])

  @Test("Earns weights on acceptance, plans them on baseline dates, sums costs to the date")
  func weightedMilestones() {
    let events = [
      AuditSnapshot.MilestoneEvent(candidate: "P", milestone: "M1", kind: .accepted, date: ReportDate(year: 2025, month: 4, day: 15)),
      AuditSnapshot.MilestoneEvent(candidate: "Q", milestone: "M2", kind: .accepted, date: ReportDate(year: 2025, month: 4, day: 15)),
    ]
    let costs = [
      AuditSnapshot.Cost(candidate: "P", date: ReportDate(year: 2025, month: 2, day: 1), amount: Money(dollars: 200_000), source: "S", reference: "1"),
      AuditSnapshot.Cost(candidate: "P", date: ReportDate(year: 2025, month: 11, day: 1), amount: Money(dollars: 500_000), source: "S", reference: "2"),
    ]
    let march = EarnedValue(baseline: EarnedValueTests.baseline, events: events, costs: costs, at: ReportDate(year: 2025, month: 3, day: 31))
    #expect(march == EarnedValue(bac: 1_000_000, pv: 300_000, ev: 0, ac: 200_000))
    let october = EarnedValue(baseline: EarnedValueTests.baseline, events: events, costs: costs, at: ReportDate(year: 2025, month: 10, day: 1))
    #expect(october == EarnedValue(bac: 1_000_000, pv: 1_000_000, ev: 300_000, ac: 200_000))
    #expect(october.cv == 100_000 && october.sv == -700_000)
    #expect(october.cpi == 1.5 && october.spi == 0.3)
    #expect(october.eac == 666_667)
    #expect(october.isSignificant)
  }

  @Test("Returns undefined ratios instead of dividing by zero (EVM.md §1.2)")
  func guards() {
    let idle = EarnedValue(bac: 500, pv: 0, ev: 0, ac: 0)
    #expect(idle.cpi == nil && idle.spi == nil && idle.cvPercent == nil)
    #expect(idle.eac == 500)
    #expect(EarnedValue.stoplight(nil) == .none)
    #expect(EarnedValue.stoplight(0.95) == .green && EarnedValue.stoplight(0.9) == .amber && EarnedValue.stoplight(0.8999) == .red)
  }

  @Test("Rolls projects up by summing money")
  func rollUp() {
    let total = EarnedValue.rollUp([EarnedValue(bac: 10, pv: 5, ev: 4, ac: 6), EarnedValue(bac: 20, pv: 10, ev: 10, ac: 9)])
    #expect(total == EarnedValue(bac: 30, pv: 15, ev: 14, ac: 15))
  }
}
