import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("Source capacity", .tags(.small))
struct SourceCapacityTests {
  private let horizon = Horizon(first: 2024, last: 2026)

  private func source(kind: SourceKind = .pactPledge, maxTotal: Int64?, caps: [Int: Int64]) -> FundingSource {
    FundingSource(
      id: SourceID("S"), name: "S", kind: kind, country: nil, minTotal: nil, maxTotal: maxTotal.map { Money(dollars: $0) },
      maxSharePercent: 100,
      yearlyCaps: caps.keys.sorted().map { YearlyCap(year: Year($0), max: Money(dollars: caps[$0] ?? 0)) },
      eligibility: [])
  }

  @Test("The capacity is the smaller of the total cap and the yearly caps when every year is capped")
  func smallerBound() {
    let full = SourceCapacity(source: source(maxTotal: 10, caps: [2024: 2, 2025: 2, 2026: 2]), scenario: nil, horizon: horizon)
    #expect(full.capacity == Money(dollars: 6))
    #expect(full.capacityText == "6")
    let partial = SourceCapacity(source: source(maxTotal: 10, caps: [2024: 2]), scenario: nil, horizon: horizon)
    #expect(partial.capacity == Money(dollars: 10))
    #expect(partial.yearlyText == "1 of 3 years capped")
    let open = SourceCapacity(source: source(maxTotal: nil, caps: [:]), scenario: nil, horizon: horizon)
    #expect(open.capacityText == "no cap")
    #expect(open.maxTotalText == "-")
  }
}
