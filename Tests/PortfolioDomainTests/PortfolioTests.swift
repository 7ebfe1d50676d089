import Foundation
import PortfolioDomain
import Testing

@Suite("Portfolio lookups and eligibility")
struct PortfolioTests {
  let portfolio = Portfolio(
    firms: [Firm(id: "F01", name: "Igman", entity: .fbih), Firm(id: "F12", name: "Kosmos", entity: .rs)],
    candidates: [
      Candidate(id: "T01", title: "line", kind: .technologyTransfer, firm: "F01", partner: .us, tags: ["export-line"], earliestStart: 2024, latestStart: 2026,
        tiers: [FundingTier(id: "core", durationYears: 2, costProfile: [Money(dollars: 3), Money(dollars: 4)])]),
      Candidate(id: "I01", title: "radar", kind: .industryCapacity, firm: "F12", partner: .no, earliestStart: 2027, latestStart: 2028,
        tiers: [FundingTier(id: "core", durationYears: 2, costProfile: [Money(dollars: 5), Money(dollars: 5)])]),
    ],
    sources: [
      FundingSource(id: "RS-FUND", name: "RS", kind: .coFinancing, eligibility: [.entity(.rs)]),
      FundingSource(id: "TAGGED", name: "tag", kind: .pactPledge, eligibility: [.tag("export-line"), .candidate("I01")]),
      FundingSource(id: "ANY", name: "any", kind: .coFinancing),
    ])

  @Test("Eligibility matches entity, tag and candidate rules; no rules means anything")
  func eligibility() throws {
    let t01 = try #require(portfolio.candidate("T01")), i01 = try #require(portfolio.candidate("I01"))
    #expect(portfolio.eligibleSources(for: t01).map(\.id) == ["TAGGED", "ANY"])
    #expect(portfolio.eligibleSources(for: i01).map(\.id) == ["RS-FUND", "TAGGED", "ANY"])
    #expect(portfolio.entity(of: i01) == .rs)
  }

  @Test("Tiers give costs by calendar year, finish years and feasible starts")
  func tiers() throws {
    let t01 = try #require(portfolio.candidate("T01"))
    let tier = try #require(portfolio.tier("T01", "core"))
    #expect(tier.totalCost == Money(dollars: 7))
    #expect(tier.cost(in: 2026, startingIn: 2025) == Money(dollars: 4))
    #expect(tier.cost(in: 2024, startingIn: 2025) == .zero)
    #expect(tier.finishYear(startingIn: 2025) == 2026)
    #expect(t01.feasibleStarts(of: tier, finishingBy: 2026) == [2024, 2025])
    let i01 = try #require(portfolio.candidate("I01"))
    #expect(i01.feasibleStarts(of: i01.tiers[0], finishingBy: 2028) == [2027])
  }

  @Test("Round-trips through JSON with its lookups rebuilt")
  func codable() throws {
    let data = try JSONEncoder().encode(portfolio)
    let decoded = try JSONDecoder().decode(Portfolio.self, from: data)
    #expect(decoded == portfolio)
    #expect(decoded.candidate("I01")?.firm == "F12")
  }
}
