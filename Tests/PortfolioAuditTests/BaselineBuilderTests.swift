import Hashing
import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Baseline from a plan")
struct BaselineBuilderTests {
  static let inputs = SHA256.hash("manifest".utf8).hex

  static let portfolio = Portfolio(candidates: [
    Candidate(
      id: "DCB-D2", title: "MP mobility", kind: .dcbDefence, earliestStart: 2024, latestStart: 2025, mandatory: true,
      tiers: [
        FundingTier(
          id: "full", durationYears: 2, costProfile: [Money(dollars: 1_000_001), Money(dollars: 999_999)],
          milestones: [
            Milestone(id: "M1", title: "contract", monthOffset: 3, evWeightPercent: 33),
            Milestone(id: "M2", title: "delivery", monthOffset: 14, evWeightPercent: 33),
            Milestone(id: "M3", title: "handover", monthOffset: 24, evWeightPercent: 34),
          ])
      ]),
    Candidate(
      id: "T10", title: "AQAP", kind: .technologyTransfer, earliestStart: 2024, latestStart: 2026,
      tiers: [
        FundingTier(
          id: "basic", durationYears: 1, costProfile: [Money(dollars: 3_000_000)],
          milestones: [Milestone(id: "M1", title: "certified", monthOffset: 12, evWeightPercent: 100)])
      ]),
  ])

  static func plan(inputs: String = inputs, allocations: [Allocation]? = nil) -> PortfolioPlan {
    PortfolioPlan(
      status: .optimal, objective: 0.734_512_345_678_9, bound: 0.74, gap: 0.0001, scenario: "default", inputsSHA256: inputs,
      allocations: allocations ?? [
        Allocation(
          candidate: "T10", tier: "basic", startYear: 2025, finishYear: 2025,
          funding: [
            Payment(source: "UK", year: 2025, amount: Money(dollars: 2_400_000)),
            Payment(source: "BIH-COFIN", year: 2025, amount: Money(dollars: 600_000)),
          ]),
        Allocation(
          candidate: "DCB-D2", tier: "full", startYear: 2024, finishYear: 2025,
          funding: [
            Payment(source: "DCB", year: 2024, amount: Money(dollars: 1_000_001)),
            Payment(source: "DCB", year: 2025, amount: Money(dollars: 999_999)),
          ]),
      ],
      totals: Totals(bySourceYear: []), criteria: [])
  }

  @Test("Freezes milestones with DESIGN §3 due dates and planned values that add up to BAC")
  func baseline() throws {
    let event = try BaselineBuilder.baseline(
      plan: Self.plan(), portfolio: Self.portfolio, dataInputsSHA256: Self.inputs.uppercased(), planSHA256: Self.inputs)
    #expect(event.candidates.map(\.candidate) == ["DCB-D2", "T10"])
    #expect(event.bac == Money(dollars: 5_000_000))
    let d2 = event.candidates[0]
    #expect(d2.bac == Money(dollars: 2_000_000) && d2.plannedStart.description == "2024-01-01")
    #expect(d2.milestones.map(\.plannedDate.description) == ["2024-03-31", "2025-02-28", "2025-12-31"])
    // 2,000,000.00 x 33/33/34 % = 660,000.00 / 660,000.00 / 680,000.00 exactly.
    #expect(d2.milestones.map(\.plannedValue) == [Money(dollars: 660_000), Money(dollars: 660_000), Money(dollars: 680_000)])
    #expect(d2.funding == [SourceAmount(source: "DCB", amount: Money(dollars: 2_000_000))])
    let t10 = event.candidates[1]
    #expect(t10.kind == .technologyTransfer && t10.milestones[0].plannedDate.description == "2025-12-31")
    #expect(t10.funding.map(\.source) == ["BIH-COFIN", "UK"])
  }

  @Test("Apportions planned value to the cent when weights do not divide the cost evenly")
  func apportionment() throws {
    let portfolio = Portfolio(candidates: [
      Candidate(
        id: "X", title: "x", kind: .industryCapacity, earliestStart: 2024, latestStart: 2024,
        tiers: [
          FundingTier(
            id: "t", durationYears: 1, costProfile: [Money(cents: 100)],
            milestones: [
              Milestone(id: "A", title: "a", monthOffset: 1, evWeightPercent: 33),
              Milestone(id: "B", title: "b", monthOffset: 2, evWeightPercent: 33),
              Milestone(id: "C", title: "c", monthOffset: 3, evWeightPercent: 34),
            ])
        ])
    ])
    let plan = Self.plan(allocations: [Allocation(candidate: "X", tier: "t", startYear: 2024, finishYear: 2024, funding: [])])
    let event = try BaselineBuilder.baseline(plan: plan, portfolio: portfolio, dataInputsSHA256: Self.inputs, planSHA256: Self.inputs)
    #expect(event.candidates[0].milestones.map(\.plannedValue.cents) == [33, 33, 34])
    #expect(Apportion.split(101, weights: [1, 1, 1]) == [34, 34, 33])
    #expect(Apportion.split(-7, weights: [1, 1]) == [-3, -4])
  }

  @Test("Refuses a plan made from other data, and plans that do not fit the dataset")
  func refusals() {
    let other = SHA256.hash("other".utf8).hex
    #expect(throws: BaselineError.inputsMismatch(plan: Self.inputs, data: other)) {
      try BaselineBuilder.baseline(plan: Self.plan(), portfolio: Self.portfolio, dataInputsSHA256: other, planSHA256: other)
    }
    let unknown = Self.plan(allocations: [Allocation(candidate: "Q", tier: "t", startYear: 2024, finishYear: 2024, funding: [])])
    #expect(throws: BaselineError.unknownCandidate("Q")) {
      try BaselineBuilder.baseline(plan: unknown, portfolio: Self.portfolio, dataInputsSHA256: Self.inputs, planSHA256: "")
    }
    let badTier = Self.plan(allocations: [Allocation(candidate: "T10", tier: "gold", startYear: 2024, finishYear: 2024, funding: [])])
    #expect(throws: BaselineError.unknownTier(candidate: "T10", tier: "gold")) {
      try BaselineBuilder.baseline(plan: badTier, portfolio: Self.portfolio, dataInputsSHA256: Self.inputs, planSHA256: "")
    }
    #expect(throws: BaselineError.planWithoutAllocations(status: "optimal")) {
      try BaselineBuilder.baseline(plan: Self.plan(allocations: []), portfolio: Self.portfolio, dataInputsSHA256: Self.inputs, planSHA256: "")
    }
  }

  @Test("The approval records the inputs hash and the objective as its shortest decimal")
  func approval() {
    let event = BaselineBuilder.approval(plan: Self.plan(), planSHA256: Self.inputs, approver: "board")
    #expect(event.objective == "0.7345123456789")
    #expect(event.inputsSHA256 == Self.inputs)
  }
}
