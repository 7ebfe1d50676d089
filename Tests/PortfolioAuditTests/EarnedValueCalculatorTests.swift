import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Earned value calculator on a hand-computed project")
struct EarnedValueCalculatorTests {
  let state = HandComputedProject.state()
  let yearEnd = SampleLedger.date("2024-12-31")

  func row(_ report: EarnedValueReport, _ key: String) throws -> PerformanceMetrics {
    try #require(
      (report.candidates + report.kinds + report.sources + [report.portfolio].compactMap { $0 }).first { $0.key == key })
      .metrics
  }

  @Test("P1 as of 2024-12-31: PV 600k, EV 300k, AC 390k and every derived figure")
  func p1() throws {
    let m = try row(EarnedValueCalculator.report(state: state, asOf: yearEnd), "P1")
    #expect(m.bac == Money(dollars: 1_000_000))
    #expect(m.pv == Money(dollars: 600_000) && m.ev == Money(dollars: 300_000) && m.ac == Money(dollars: 390_000))
    #expect(m.sv == Money(dollars: -300_000) && m.cv == Money(dollars: -90_000))
    expectRatio(m.svPercent, -0.5)
    expectRatio(m.cvPercent, -0.3)
    expectRatio(m.spi, 0.5)
    expectRatio(m.cpi, 0.769231)
    #expect(m.eacAtypical == Money(dollars: 1_090_000))
    #expect(m.eacTypical == .value(Money(dollars: 1_300_000)))
    #expect(m.eacCombined == .value(Money(dollars: 2_210_000)))
    #expect(m.eacWeighted == .value(Money(cents: 136_849_462)))  // 390,000 + 700,000 x 130/93
    #expect(m.eac == m.eacTypical)
    #expect(m.etc == .value(Money(dollars: 910_000)) && m.vac == .value(Money(dollars: -300_000)))
    expectRatio(m.tcpiToBAC, 1.147541)
    expectRatio(m.tcpiToEAC, 0.769231)
    expectRatio(m.percentComplete, 0.3)
  }

  @Test("P1 as of 2024-12-31: ES 11 months at AT 12, BEI 2/3, one of three on time")
  func p1Schedule() throws {
    let m = try row(EarnedValueCalculator.report(state: state, asOf: yearEnd), "P1")
    #expect(m.schedule.pd == 18 && m.schedule.at == 12 && m.schedule.es == 11)
    #expect(m.schedule.svt == -1)
    expectRatio(m.schedule.spit, 11.0 / 12.0)
    expectRatio(m.schedule.ieact, 18.0 / (11.0 / 12.0))
    #expect(m.milestonesFinished == 2 && m.milestonesDue == 3 && m.milestonesFinishedOnTime == 1 && m.milestonesTotal == 4)
    expectRatio(m.bei, 2.0 / 3.0)
    expectRatio(m.hitRate, 1.0 / 3.0)
  }

  @Test("Roll-ups: by kind, by source pro rata to planned funding, and the portfolio add up")
  func rollUps() throws {
    let report = EarnedValueCalculator.report(state: state, asOf: yearEnd)
    let portfolio = try row(report, "portfolio")
    #expect(portfolio.bac == Money(dollars: 1_500_000) && portfolio.pv == Money(dollars: 850_000))
    #expect(portfolio.ev == Money(dollars: 550_000) && portfolio.ac == Money(dollars: 590_000))
    #expect(portfolio.schedule.es == 11 && portfolio.schedule.at == 12)
    expectRatio(portfolio.bei, 3.0 / 4.0)
    #expect(report.kinds.map(\.key) == ["dcb-defence", "technology-transfer"])
    #expect(try row(report, "technology-transfer").ev == Money(dollars: 250_000))
    #expect(report.sources.map(\.key) == ["BIH-COFIN", "DCB", "US"])
    let us = try row(report, "US")
    #expect(us.bac == Money(dollars: 300_000) && us.pv == Money(dollars: 150_000))
    #expect(us.ev == Money(dollars: 150_000) && us.ac == Money(dollars: 120_000))
    let cofin = try row(report, "BIH-COFIN")
    #expect(cofin.ac == Money(dollars: 80_000))
    let total = report.sources.map(\.metrics.ac).sum()
    #expect(total == portfolio.ac)
    #expect(report.sources.map(\.metrics.pv).sum() == portfolio.pv)
  }

  @Test("Techniques: percent complete, 0/100 and 50/50 phase PV and earn EV as documented")
  func techniques() throws {
    let percent = try row(
      EarnedValueCalculator.report(state: state, asOf: yearEnd, options: .init(technique: .percentComplete)), "P1")
    #expect(percent.pv == Money(dollars: 600_000) && percent.ev == Money(dollars: 450_000))
    let zeroHundred = try row(
      EarnedValueCalculator.report(state: state, asOf: yearEnd, options: .init(technique: .zeroHundred)), "P1")
    #expect(zeroHundred.pv == .zero && zeroHundred.ev == .zero)
    #expect(zeroHundred.spi.undefinedReason == "no planned value by the status date")
    let fifty = try row(
      EarnedValueCalculator.report(state: state, asOf: yearEnd, options: .init(technique: .fiftyFifty)), "P1")
    #expect(fifty.pv == Money(dollars: 500_000) && fifty.ev == Money(dollars: 500_000))
  }

  @Test("W7: a one-period $5,000 package that slips shows SV -$5,000 under 0/100 and earns $2,500 at start under 50/50")
  func w7() throws {
    let package = BaselineCandidate(
      candidate: "WP", kind: .dcbSecurity, tier: "t", startYear: 2024, finishYear: 2024,
      plannedStart: SampleLedger.date("2024-01-01"), bac: Money(dollars: 5_000), funding: [],
      milestones: [HandComputedProject.milestone("TP", "2024-01-31", 100, 5_000)])
    var ledger = Ledger.create(ledgerID: "w7", time: SampleLedger.time("2024-01-01T00:00:00Z"), author: "a", key: nil)
    let time = SampleLedger.time("2024-02-01T00:00:00Z")
    ledger.append(
      .baseline(BaselineEvent(inputsSHA256: String(repeating: "0", count: 64), planSHA256: String(repeating: "0", count: 64),
        scenario: "w7", bac: Money(dollars: 5_000), candidates: [package])), time: time, author: "a", key: nil)
    ledger.append(
      .milestone(MilestoneEvent(candidate: "WP", milestone: "TP", status: .started, date: SampleLedger.date("2024-01-05"))),
      time: time, author: "a", key: nil)
    let state = LedgerState(ledger: ledger)
    let end = SampleLedger.date("2024-01-31")
    let zero = try row(EarnedValueCalculator.report(state: state, asOf: end, options: .init(technique: .zeroHundred)), "WP")
    #expect(zero.ev == .zero && zero.sv == Money(dollars: -5_000))
    let fifty = try row(EarnedValueCalculator.report(state: state, asOf: end, options: .init(technique: .fiftyFifty)), "WP")
    #expect(fifty.ev == Money(dollars: 2_500) && fifty.sv == Money(dollars: -2_500))
  }

  @Test("Events and costs dated after the status date are left out; AC grows when the date moves")
  func asOfSemantics() throws {
    let later = try row(EarnedValueCalculator.report(state: state, asOf: SampleLedger.date("2025-01-15")), "P1")
    #expect(later.ac == Money(dollars: 440_000))
    let early = try row(EarnedValueCalculator.report(state: state, asOf: SampleLedger.date("2024-03-19")), "P1")
    #expect(early.ev == .zero && early.pv == .zero && early.ac == Money(dollars: 60_000))
    #expect(early.spi.undefinedReason != nil)
  }

  @Test("Milestone statuses carry start, acceptance, forecast and percent complete")
  func statuses() throws {
    let report = EarnedValueCalculator.report(state: state, asOf: yearEnd)
    let m3 = try #require(report.milestones.first { $0.baseline.milestone == "M3" })
    #expect(m3.forecast == SampleLedger.date("2025-03-31") && m3.percentComplete == DecimalPercent("50"))
    #expect(!m3.isOverdue(at: yearEnd) && m3.isOverdue(at: SampleLedger.date("2025-01-01")))
    let m2 = try #require(report.milestones.first { $0.baseline.milestone == "M2" })
    #expect(m2.started == SampleLedger.date("2024-04-02") && m2.accepted == SampleLedger.date("2024-08-15"))
    #expect(!m2.finishedOnTime && m2.percentComplete == .complete)
  }
}
