import MIPSolver
import PortfolioDomain
import Testing

@testable import PortfolioPlanning

@Suite("Budget sweep")
struct AnalysisSweepTests {
  typealias World = AnalysisTestWorld

  /// Four DCB projects the fund may pay for; only the band limits them.
  static let portfolio = Portfolio(
    candidates: [
      World.candidate("P1", kind: .dcbDefence, cost: 10, a: 5), World.candidate("P2", kind: .dcbDefence, cost: 20, a: 8),
      World.candidate("P3", kind: .dcbDefence, cost: 15, a: 6), World.candidate("P4", kind: .dcbDefence, cost: 5, a: 1),
    ],
    sources: [World.dcbFund])

  static func levels() -> [Money] {
    BudgetSweep.levels(from: .zero, to: Money(dollars: 50_000), step: Money(dollars: 5_000))
  }

  @Test("levels run from the lower to the upper amount, the last one included")
  func levelList() {
    #expect(BudgetSweep.levels(from: Money(dollars: 10), to: Money(dollars: 25), step: Money(dollars: 10)).map(\.wholeDollars) == [10, 20, 25])
    #expect(Self.levels().count == 11)
  }

  @Test("the objective never falls as the budget rises, and the marginal value is the objective difference per $1M")
  func monotone() throws {
    let session = World.session(Self.portfolio, World.scenario(weights: (1, 0), band: 0...50))
    let result = try BudgetSweep(session: session).run(levels: Self.levels())
    #expect(result.levels.count == 11)
    var previous = -Double.infinity
    for (index, level) in result.levels.enumerated() {
      let objective = try #require(level.objective)
      #expect(objective >= previous - 1e-9, "level \(level.budgetMax)")
      if index > 0 {
        let marginal = try #require(level.marginalPerMillion)
        #expect(abs(marginal - (objective - previous) / 0.005) < 1e-6)
      }
      let spent = try #require(level.dcbSpent)
      #expect(spent <= level.budgetMax)
      previous = objective
    }
    // At $0 nothing is funded; at $50,000 everything (cost 50k) is.
    #expect(result.levels.first?.choices.isEmpty == true)
    #expect(result.levels.last?.choices.count == 4)
  }

  @Test("each level equals a plan solved from scratch at that maximum, with entering and leaving candidates")
  func levelsMatchFreshSolves() throws {
    let scenario = World.scenario(weights: (1, 0), band: 0...50)
    let session = World.session(Self.portfolio, scenario)
    let result = try BudgetSweep(session: session).run(levels: Self.levels())
    for (index, level) in result.levels.enumerated() where index % 3 == 1 {
      var fresh = scenario
      fresh.dcbBudget.max = level.budgetMax
      let plan = try World.session(Self.portfolio, fresh).solveBase()
      #expect(abs((plan.objective ?? -1) - (level.objective ?? -2)) < 1e-9, "level \(level.budgetMax)")
      let before = Set(result.levels[index - 1].choices.map(\.candidate))
      let now = Set(level.choices.map(\.candidate))
      #expect(Set(level.change.entering.map(\.candidate)) == now.subtracting(before))
      #expect(Set(level.change.leaving.map(\.candidate)) == before.subtracting(now))
    }
  }

  @Test("levels above what the top plan spends reuse it, and equal plans solved from scratch")
  func reuseAboveSpending() throws {
    let scenario = World.scenario(weights: (1, 0), band: 0...70)
    let session = World.session(Self.portfolio, scenario)
    let levels = [45, 50, 55, 60, 65, 70].map { Money(dollars: Int64($0) * 1000) }
    let result = try BudgetSweep(session: session).run(levels: levels)
    for level in result.levels {
      var fresh = scenario
      fresh.dcbBudget.max = level.budgetMax
      let plan = try World.session(Self.portfolio, fresh).solveBase()
      let values = try #require(plan.values)
      #expect(abs((plan.objective ?? -1) - (level.objective ?? -2)) < 1e-9, "level \(level.budgetMax)")
      #expect(level.choices == session.choices(at: values), "level \(level.budgetMax)")
      #expect(level.totalCost == session.totalCost(at: values))
    }
    // Everything (cost 50k) fits from $50,000 up: those levels fund all four.
    #expect(result.levels.filter { $0.choices.count == 4 }.map(\.budgetMax.wholeDollars) == [50_000, 55_000, 60_000, 65_000, 70_000])
  }

  @Test("a maximum below the floor has no plan")
  func belowFloor() throws {
    let session = World.session(Self.portfolio, World.scenario(weights: (1, 0), band: 20...50))
    let result = try BudgetSweep(session: session).run(levels: [Money(dollars: 10_000), Money(dollars: 30_000)])
    #expect(result.levels[0].objective == nil)
    #expect(result.levels[0].status == .infeasible)
    #expect(result.levels[1].objective != nil)
    #expect(result.floor == Money(dollars: 20_000))
  }
}
