import PortfolioDomain
import Testing
@testable import PortfolioPlanning

@Suite("Payment rounding: whole dollars, exact sums, caps kept")
struct PaymentRoundingTests {
  @Test("largest remainder: thirds of $100,000 add up to the dollar")
  func thirds() {
    var rounding = PaymentRounding(
      cells: [
        .init(candidate: "A", year: 2024, target: 100_000, sources: ["P", "Q", "R"], amounts: [33_333.3333, 33_333.3333, 33_333.3334])
      ], limits: .init())
    let cells = rounding.run()
    #expect(cells[0].dollars.reduce(0, +) == 100_000)
    #expect(cells[0].dollars.sorted() == [33_333, 33_333, 33_334])
  }

  @Test("repair: a dollar rounded over a yearly cap moves to another source")
  func repairYearlyCap() {
    var limits = PaymentRounding.Limits()
    limits.yearlyCap["P"] = [2024: 50_000]
    var rounding = PaymentRounding(
      cells: [.init(candidate: "A", year: 2024, target: 100_000, sources: ["P", "Q"], amounts: [50_000.6, 49_999.4])], limits: limits)
    let cells = rounding.run()
    #expect(cells[0].dollars == [50_000, 50_000])
  }

  @Test("repair: a floor missed by a dollar takes it back")
  func repairFloor() {
    var limits = PaymentRounding.Limits()
    limits.totalFloor["Q"] = 60_000
    var rounding = PaymentRounding(
      cells: [.init(candidate: "A", year: 2024, target: 100_000, sources: ["P", "Q"], amounts: [40_000.4, 59_999.6])], limits: limits)
    let cells = rounding.run()
    #expect(cells[0].dollars == [40_000, 60_000])
  }

  @Test("a planned split with odd costs and shares adds up to each year's cost to the dollar and keeps every cap")
  func plannedSplitIsExact() throws {
    let tier = FundingTier(
      id: "t", durationYears: 3, costProfile: [Money(dollars: 1_000_001), Money(dollars: 333_333), Money(dollars: 777_777)],
      scores: ["value": CriterionScore(low: 1, likely: 1, high: 1)])
    let other = FundingTier(
      id: "t", durationYears: 2, costProfile: [Money(dollars: 250_003), Money(dollars: 99_999)],
      scores: ["value": CriterionScore(low: 1, likely: 1, high: 1)])
    let portfolio = Portfolio(
      candidates: [
        Candidate(id: "A", title: "A", kind: .industryCapacity, earliestStart: 2024, latestStart: 2024, tiers: [tier]),
        Candidate(id: "B", title: "B", kind: .industryCapacity, earliestStart: 2024, latestStart: 2025, tiers: [other]),
      ],
      sources: [
        FundingSource(
          id: "P", name: "P", kind: .pactPledge, maxTotal: Money(dollars: 1_200_001), maxSharePercent: 47,
          yearlyCaps: [YearlyCap(year: 2024, max: Money(dollars: 612_345))]),
        FundingSource(id: "Q", name: "Q", kind: .pactPledge, maxSharePercent: 61),
        FundingSource(id: "R", name: "R", kind: .coFinancing, maxSharePercent: 33),
      ])
    let result = try TinyWorld.plan(portfolio, TinyWorld.scenario(horizon: 2024...2026))
    #expect(result.plan.allocations.count == 2)
    for allocation in result.plan.allocations {
      let tier = try #require(portfolio.tier(allocation.candidate, allocation.tier))
      for year in allocation.startYear...allocation.finishYear {
        let paid = allocation.funding.filter { $0.year == year }.map(\.amount).sum()
        #expect(paid == tier.cost(in: year, startingIn: allocation.startYear), "\(allocation.candidate) \(year)")
        #expect(allocation.funding.allSatisfy { $0.amount.isWholeDollars })
      }
      for source in portfolio.sources {
        let share = allocation.funding.filter { $0.source == source.id }.map(\.amount).sum()
        #expect(share.cents * 100 <= tier.totalCost.cents * Int64(source.maxSharePercent), "\(source.id) share of \(allocation.candidate)")
      }
    }
    #expect(result.plan.total(for: "P") <= Money(dollars: 1_200_001))
    let p2024 = result.plan.totals.bySourceYear.filter { $0.source == "P" && $0.year == 2024 }.map(\.amount).sum()
    #expect(p2024 <= Money(dollars: 612_345))
    let grand = result.plan.totals.bySourceYear.map(\.amount).sum()
    #expect(grand == Money(dollars: result.plan.totalCostUSD ?? -1))
  }
}
