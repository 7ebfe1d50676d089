import MIPSolver
import OptimizationModel
import PortfolioDomain
import Testing
@testable import PortfolioPlanning

@Suite("Model export: free MPS with readable names")
struct ModelExportTests {
  @Test("the exported model read back reaches the same primary optimum")
  func roundTrip() throws {
    let world = RandomPortfolio(seed: 7)
    var scenario = world.scenario
    scenario.dcbBudget = MoneyBand(min: .zero, max: Money(dollars: 1_000_000))
    let planning = PlanningFormulation.build(portfolio: world.portfolio, scenario: scenario)
    let text = try ModelExport.mps(planning, scenario: "random-7")
    #expect(text.hasPrefix("* DCB Planner allocation model"))
    #expect(text.contains("money in thousands of US dollars"))
    let read = try MPSReader.read(text, format: .free)
    #expect(read.variables.map(\.name) == planning.model.variables.map(\.name))
    var options = SolverOptions()
    options.relativeGap = 0
    let original = try PlanningSolver().solve(planning.model, options: options, incumbent: nil)
    let reread = try PlanningSolver().solve(read, options: options, incumbent: nil)
    let a = try #require(original.objective)
    let b = try #require(reread.objective)
    #expect(abs(a - b) <= 1e-9 * max(1, abs(a)))
    #expect(a > 0)
  }

  @Test("names follow the x_<candidate>_<tier>_<start> and pay_<source>_<candidate>_<year> pattern")
  func names() throws {
    let portfolio = Portfolio(
      candidates: [TinyWorld.candidate("DCB-D1", kind: .dcbDefence, tiers: [("full", [100, 50], 1)])], sources: [TinyWorld.dcbFund])
    let planning = PlanningFormulation.build(portfolio: portfolio, scenario: TinyWorld.scenario(horizon: 2024...2025))
    #expect(planning.model.variables.map(\.name) == ["x_DCB-D1_full_2024", "pay_DCB_DCB-D1_2024", "pay_DCB_DCB-D1_2025"])
    #expect(planning.model.rows.map(\.name) == ["assign_DCB-D1", "cover_DCB-D1_2024", "cover_DCB-D1_2025", "budget_DCB"])
    #expect(planning.model.name == "DCBPLAN_money_in_kUSD")
  }
}
