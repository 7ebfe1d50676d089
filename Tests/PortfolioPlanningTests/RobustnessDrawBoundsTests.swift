import MIPSolver
import PortfolioDomain
import Testing

@testable import PortfolioPlanning

/// `draw` never traps converting a drawn cost to cents, whatever overrun a scenario built in code carries.
@Suite("Robustness draws stay inside Int64")
struct RobustnessDrawBoundsTests {
  @Test("scaling a cost rounds to the cent and clamps instead of trapping")
  func scaled() {
    #expect(RobustnessAnalysis.scaled(Money(dollars: 100), by: 1.08) == Money(dollars: 108))
    #expect(RobustnessAnalysis.scaled(Money(cents: 3), by: 0.5) == Money(cents: 2))
    #expect(RobustnessAnalysis.scaled(Money(dollars: 100), by: 1e18) == Money(cents: 1 << 62))
    #expect(RobustnessAnalysis.scaled(Money(dollars: 100), by: .infinity) == Money(cents: 1 << 62))
    #expect(RobustnessAnalysis.scaled(Money(dollars: 100), by: .nan) == .zero)
    #expect(RobustnessAnalysis.scaled(Money(dollars: 100), by: -2) == .zero)
  }

  @Test("a draw with an overrun of 10^18 percent clamps the costs")
  func hugeOverrun() throws {
    let portfolio = try BundledFixtures.portfolio()
    var scenario = Scenario(criteria: [Criterion(id: "interoperability", name: "I", weight: 1)])
    scenario.uncertainty = Uncertainty(costOverrun: TriangularPercent(min: 0, mode: 1e17, max: 1e18))
    let session = AnalysisSession(portfolio: portfolio, scenario: scenario, options: PlannerOptions())
    let analysis = RobustnessAnalysis(session: session, base: PlanSolution(status: .optimal, primary: .init(status: .optimal), seconds: 0))
    let drawn = analysis.draw(seed: 1, index: 0).portfolio
    let costs = drawn.candidates.flatMap(\.tiers).flatMap(\.costProfile)
    #expect(!costs.isEmpty && costs.allSatisfy { $0 >= .zero && $0 <= Money(cents: 1 << 62) })
  }
}
