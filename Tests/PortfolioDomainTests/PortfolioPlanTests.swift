import Foundation
import PortfolioDomain
import Testing

@Suite("Plan JSON")
struct PortfolioPlanTests {
  let plan = PortfolioPlan(
    status: .optimal, objective: 0.5, bound: 0.5, gap: 0, scenario: "default", inputsSHA256: String(repeating: "ab", count: 32),
    allocations: [
      Allocation(
        candidate: "DCB-D1", tier: "full", startYear: 2024, finishYear: 2026,
        funding: [Payment(source: "DCB", year: 2024, amount: Money(dollars: 1_200_000))])
    ],
    totals: Totals(bySourceYear: [Payment(source: "DCB", year: 2024, amount: Money(dollars: 1_200_000))]),
    criteria: [CriterionResult(id: "interoperability", achieved: 0.9, goal: 18)],
    leftOut: [LeftOut(candidate: "T07", reason: "BIH-COFIN's cap of $70,000,000 is reached")])

  @Test("Encodes the DESIGN §3 keys, sorted, money in whole dollars")
  func encodes() throws {
    let text = String(decoding: try plan.jsonData(), as: UTF8.self)
    #expect(text.contains("\"amountUSD\" : 1200000"))
    #expect(text.contains("\"inputsSHA256\" : \"abab"))
    #expect(text.contains("\"startYear\" : 2024"))
    #expect(text.contains("\"bySourceYear\""))
    let keys = ["allocations", "bound", "criteria", "gap", "inputsSHA256", "leftOut", "objective", "scenario", "status", "totals"]
    let positions = keys.compactMap { text.range(of: "\n  \"\($0)\"")?.lowerBound }
    #expect(positions.count == keys.count && positions == positions.sorted())
    #expect(text.hasSuffix("}\n"))
  }

  @Test("Decodes what it encodes, and a minimal contract-only plan")
  func roundTrip() throws {
    #expect(try PortfolioPlan.decode(from: plan.jsonData()) == plan)
    let minimal = """
      { "status": "optimal", "objective": 0.0, "bound": 0.0, "gap": 0.0, "scenario": "s", "inputsSHA256": "x",
        "allocations": [ { "candidate": "DCB-D1", "tier": "full", "startYear": 2024, "finishYear": 2026,
                           "funding": [ { "source": "DCB", "year": 2024, "amountUSD": 1200000 } ] } ],
        "totals": { "bySourceYear": [ { "source": "DCB", "year": 2024, "amountUSD": 0 } ] },
        "criteria": [ { "id": "interoperability", "achieved": 0.0, "goal": 0.0 } ] }
      """
    let decoded = try PortfolioPlan.decode(from: Data(minimal.utf8))
    #expect(decoded.allocations[0].funding[0].amount == Money(dollars: 1_200_000))
    #expect(decoded.leftOut == nil)
    #expect(decoded.total(for: "DCB") == .zero)
  }
}
