import PortfolioDomain
import Testing

@testable import PortfolioPlanning

@Suite("Plan comparison")
struct AnalysisComparisonTests {
  static func pay(_ source: SourceID, _ year: Year, _ dollars: Int64) -> Payment {
    Payment(source: source, year: year, amount: Money(dollars: dollars))
  }

  static func plan(_ allocations: [Allocation], criteria: [Double], objective: Double) -> PortfolioPlan {
    PortfolioPlan(
      status: .optimal, objective: objective, bound: objective, gap: 0, scenario: "s", inputsSHA256: "", allocations: allocations,
      totals: Totals(bySourceYear: []),
      criteria: zip(["interoperability", "exports"], criteria).map { CriterionResult(id: CriterionID($0), achieved: $1, goal: 0) })
  }

  /// A: K (full 2024, DCB), L (basic 2025, US), M (2024, UK). B: K same, L retimed to 2026 and paid by UK,
  /// M gone, N new (US).
  static let a = plan(
    [
      Allocation(candidate: "K", tier: "full", startYear: 2024, finishYear: 2025, funding: [pay("DCB", 2024, 100), pay("DCB", 2025, 50)]),
      Allocation(candidate: "L", tier: "basic", startYear: 2025, finishYear: 2025, funding: [pay("US", 2025, 70)]),
      Allocation(candidate: "M", tier: "basic", startYear: 2024, finishYear: 2024, funding: [pay("UK", 2024, 30)]),
    ], criteria: [5, 10], objective: 0.5)
  static let b = plan(
    [
      Allocation(candidate: "K", tier: "full", startYear: 2024, finishYear: 2025, funding: [pay("DCB", 2024, 100), pay("DCB", 2025, 50)]),
      Allocation(candidate: "L", tier: "basic", startYear: 2026, finishYear: 2026, funding: [pay("UK", 2026, 70)]),
      Allocation(candidate: "N", tier: "full", startYear: 2025, finishYear: 2025, funding: [pay("US", 2025, 40)]),
    ], criteria: [6, 8], objective: 0.55)

  @Test("added, removed, changed and unchanged candidates")
  func candidates() {
    let comparison = PlanComparison(Self.a, Self.b)
    #expect(comparison.added.map(\.candidate) == ["N"])
    #expect(comparison.removed.map(\.candidate) == ["M"])
    #expect(comparison.changed.map(\.candidate) == ["L"])
    #expect(comparison.unchanged == ["K"])
    let l = comparison.changed[0]
    #expect(l.startChanged && !l.tierChanged && l.sourcesChanged)
    #expect(l.sourcesBefore == ["US"] && l.sourcesAfter == ["UK"])
  }

  @Test("money moved per source and year, net per source, criteria and objective deltas")
  func money() {
    let comparison = PlanComparison(Self.a, Self.b)
    let moves = comparison.moves.map { "\($0.source) \($0.year) \($0.delta.wholeDollars)" }
    #expect(moves == ["UK 2024 -30", "UK 2026 70", "US 2025 -30"])
    #expect(comparison.netBySource.map { "\($0.source) \($0.delta.wholeDollars)" } == ["UK 40", "US -30"])
    #expect(comparison.criteria.map(\.delta) == [1, -2])
    #expect(abs(comparison.objective.after - comparison.objective.before - 0.05) < 1e-12)
    #expect(comparison.totalCost.before == Money(dollars: 250) && comparison.totalCost.after == Money(dollars: 260))
  }

  @Test("a plan compared with itself shows no change")
  func identity() {
    let comparison = PlanComparison(Self.a, Self.a)
    #expect(comparison.added.isEmpty && comparison.removed.isEmpty && comparison.changed.isEmpty)
    #expect(comparison.moves.isEmpty)
    #expect(comparison.unchanged == ["K", "L", "M"])
  }
}
