import PortfolioDomain
import Testing
@testable import PortfolioPlanning

@Suite("Infeasibility: minimal conflicting groups in plain language")
struct InfeasibilityExplainerTests {
  typealias W = TinyWorld

  @Test("a DCB floor above what the fund may pay names the band only")
  func floorTooHigh() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("D1", kind: .dcbDefence, mandatory: true, tiers: [("t", [100], 1)])], sources: [W.dcbFund])
    let result = try W.plan(portfolio, W.scenario(band: 150...400))
    #expect(result.plan.status == .infeasible)
    let report = try #require(result.infeasibility)
    #expect(report.groups == [.budgetBand])
    #expect(report.sentences == ["the DCB fund's floor of $150,000 cannot be met: the items it may pay for cost at most $100,000"])
  }

  @Test("mandatory items above the band's cap name the items and the band")
  func capTooLow() throws {
    let portfolio = Portfolio(
      candidates: [
        W.candidate("D1", kind: .dcbDefence, mandatory: true, tiers: [("t", [100], 1)]),
        W.candidate("D2", kind: .dcbDefence, mandatory: true, tiers: [("t", [100], 1)]),
        W.candidate("D3", kind: .dcbDefence, tiers: [("t", [100], 1)]),
      ], sources: [W.dcbFund])
    let result = try W.plan(portfolio, W.scenario(band: 0...150))
    let report = try #require(result.infeasibility)
    #expect(report.groups == [.mandatory("D1"), .mandatory("D2"), .budgetBand])
    #expect(report.sentences.last == "the DCB fund's cap of $150,000 is too small: the required items cost at least $200,000 at their cheapest tiers")
  }

  @Test("a forced-in item whose only payer's yearly cap is too small names the two")
  func forcedAgainstYearlyCap() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [100], 1)]), W.candidate("B", tiers: [("t", [10], 1)])],
      sources: [W.source("P", yearly: [2024: 50])])
    var scenario = W.scenario()
    scenario.forcedIn = [ForcedChoice(candidate: "A", reason: "minister")]
    let result = try W.plan(portfolio, scenario)
    let report = try #require(result.infeasibility)
    #expect(report.groups == [.forcedIn("A"), .yearlyCap("P", 2024)])
    #expect(report.sentences[1] == "P source's cap of $50,000 in 2024")
  }

  @Test("a requires relation against a forced-out prerequisite names the relation")
  func relationConflict() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", mandatory: true, tiers: [("t", [100], 1)]), W.candidate("B", tiers: [("t", [100], 1)])],
      sources: [W.source("P")], relations: [.requires("A", "B")])
    var scenario = W.scenario()
    scenario.forcedOut = [ForcedChoice(candidate: "B")]
    let report = try #require(try W.plan(portfolio, scenario).infeasibility)
    #expect(report.groups == [.mandatory("A"), .forcedOut("B"), .relation(0)])
  }

  @Test("left-out reasons name the limit that keeps a candidate out")
  func leftOutReason() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [200], 2)]), W.candidate("B", tiers: [("t", [100], 1)])],
      sources: [W.source("P", cap: 250)])
    let result = try W.plan(portfolio, W.scenario(), explain: true)
    #expect(result.plan.leftOut == [LeftOut(candidate: "B", reason: "bound by P source's total cap of $250,000")])
  }
}
