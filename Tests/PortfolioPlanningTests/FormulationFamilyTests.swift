import OptimizationModel
import PortfolioDomain
import Testing
@testable import PortfolioPlanning

/// One hand-computed instance per constraint family; each shows the family binds: without it the
/// optimum changes to a second hand-computed value.
@Suite("Formulation: each constraint family binds")
struct FormulationFamilyTests {
  typealias W = TinyWorld

  @Test("assignment: a candidate is funded at most once")
  func assignment() throws {
    let portfolio = Portfolio(candidates: [W.candidate("A", tiers: [("basic", [100], 1), ("full", [300], 3)])], sources: [W.source("P")])
    var planning = PlanningFormulation.build(portfolio: portfolio, scenario: W.scenario())
    #expect(try W.optimum(planning) == 1)  // full: 3 / N, N = 3
    let row = try #require(planning.assignmentRow["A"])
    planning.model.rows[row].upperBound = 2
    for payment in planning.payments { planning.model.variables[payment.column].upperBound = .infinity }
    #expect(try #require(try W.optimum(planning)) == 4.0 / 3)  // both tiers at once
  }

  @Test("mandatory: a mandatory item is funded even when it crowds out value")
  func mandatory() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [300], 3)]), W.candidate("M", mandatory: true, tiers: [("t", [100], 0)])],
      sources: [W.source("P", cap: 300)])
    let result = try W.plan(portfolio, W.scenario())
    #expect(W.funded(result) == ["M"])
    #expect(result.plan.objective == 0)
    var planning = result.planning
    planning.relax(.mandatory("M"))
    #expect(try W.optimum(planning) == 1)
  }

  @Test("budget band: the DCB fund's maximum picks the smaller tier")
  func budgetBand() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("D1", kind: .dcbDefence, tiers: [("basic", [100], 1), ("full", [300], 3)])], sources: [W.dcbFund])
    let result = try W.plan(portfolio, W.scenario(band: 0...200))
    #expect(result.plan.allocations.first?.tier == "basic")
    #expect(abs(result.plan.objective - 1.0 / 3) < 1e-9)
    let wide = try W.plan(portfolio, W.scenario(band: 0...400))
    #expect(wide.plan.allocations.first?.tier == "full")
    #expect(abs(wide.plan.objective - 1) < 1e-9)
  }

  @Test("budget band: the DCB fund's floor forces spending")
  func budgetFloor() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("D1", kind: .dcbDefence, tiers: [("basic", [100], 1), ("full", [300], 1)])], sources: [W.dcbFund])
    let floor = try W.plan(portfolio, W.scenario(band: 250...400))
    #expect(floor.plan.allocations.first?.tier == "full")
    let none = try W.plan(portfolio, W.scenario(band: 0...400))
    #expect(none.plan.allocations.first?.tier == "basic")  // same value, least cost (second solve)
  }

  @Test("source total: a pledge's cap selects the best subset")
  func sourceTotal() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [200], 2)]), W.candidate("B", tiers: [("t", [100], 1.5)]), W.candidate("C", tiers: [("t", [150], 1.8)])],
      sources: [W.source("P", cap: 250)])
    let result = try W.plan(portfolio, W.scenario())
    #expect(W.funded(result) == ["B", "C"])
    #expect(abs(result.plan.objective - 3.3 / 5.3) < 1e-9)
    var planning = result.planning
    planning.relax(.sourceTotal("P"))
    #expect(abs(try #require(try W.optimum(planning)) - 1) < 1e-9)
  }

  @Test("yearly cap: a cap in the first year delays the start (benefit timing)")
  func yearlyCap() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", window: 2024...2025, tiers: [("t", [100, 100], 1)])], sources: [W.source("P", yearly: [2024: 50])])
    let result = try W.plan(portfolio, W.scenario(horizon: 2024...2026, timing: true))
    #expect(result.plan.allocations.first?.startYear == 2025)
    #expect(abs(result.plan.objective - 1.0 / 3) < 1e-9)
    var planning = result.planning
    planning.relax(.yearlyCap("P", 2024))
    #expect(abs(try #require(try W.optimum(planning)) - 2.0 / 3) < 1e-9)
  }

  @Test("max share: a 50% share leaves a gap the other source cannot fill")
  func maxShare() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [100], 1)])], sources: [W.source("P", share: 50), W.source("Q", cap: 40)])
    let result = try W.plan(portfolio, W.scenario())
    #expect(W.funded(result).isEmpty)
    var planning = result.planning
    planning.relax(.maxShare("P"))
    #expect(try W.optimum(planning) == 1)
    let generous = Portfolio(
      candidates: portfolio.candidates, sources: [W.source("P", share: 50), W.source("Q", cap: 50)])
    let paid = try W.plan(generous, W.scenario())
    #expect(paid.plan.allocations.first?.funding.map(\.amount) == [Money(dollars: 50_000), Money(dollars: 50_000)])
  }

  @Test("requires with lag: the prerequisite starts a year earlier")
  func requiresWithLag() throws {
    let candidates = [
      W.candidate("A", window: 2024...2026, tiers: [("t", [100], 2)]), W.candidate("B", window: 2024...2026, tiers: [("t", [100], 1)]),
    ]
    let sources = [W.source("P", yearly: [2024: 100, 2025: 100, 2026: 100])]
    let scenario = W.scenario(horizon: 2024...2026, timing: true)
    let bound = try W.plan(Portfolio(candidates: candidates, sources: sources, relations: [.requires("A", "B", lag: 1)]), scenario)
    #expect(bound.plan.allocation(for: "B")?.startYear == 2024)
    #expect(bound.plan.allocation(for: "A")?.startYear == 2025)
    #expect(abs(bound.plan.objective - 7.0 / 9) < 1e-9)
    let free = try W.plan(Portfolio(candidates: candidates, sources: sources), scenario)
    #expect(abs(free.plan.objective - 8.0 / 9) < 1e-9)
  }

  @Test("requires: a candidate whose prerequisite is forced out is not funded")
  func requiresForcedOut() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [100], 2)]), W.candidate("B", tiers: [("t", [100], 1)])], sources: [W.source("P")],
      relations: [.requires("A", "B")])
    var scenario = W.scenario()
    scenario.forcedOut = [ForcedChoice(candidate: "B", reason: "test")]
    let result = try W.plan(portfolio, scenario)
    #expect(W.funded(result).isEmpty)
    scenario.constraints.relations = false
    #expect(W.funded(try W.plan(portfolio, scenario)) == ["A"])
  }

  @Test("excludes: only the better of two rivals")
  func excludes() throws {
    let candidates = [W.candidate("A", tiers: [("t", [100], 2)]), W.candidate("B", tiers: [("t", [100], 1)])]
    let bound = try W.plan(Portfolio(candidates: candidates, sources: [W.source("P")], relations: [.excludes("A", "B")]), W.scenario())
    #expect(W.funded(bound) == ["A"])
    #expect(abs(bound.plan.objective - 2.0 / 3) < 1e-9)
    let free = try W.plan(Portfolio(candidates: candidates, sources: [W.source("P")]), W.scenario())
    #expect(W.funded(free) == ["A", "B"])
  }

  @Test("security share: half of the DCB fund must go to security projects")
  func securityShare() throws {
    let portfolio = Portfolio(
      candidates: [
        W.candidate("D", kind: .dcbDefence, tiers: [("t", [100], 2)]), W.candidate("S", kind: .dcbSecurity, tiers: [("t", [100], 1)]),
      ], sources: [W.dcbFund])
    var scenario = W.scenario(band: 0...150)
    scenario.policies.minSecurityShare = 0.5
    let bound = try W.plan(portfolio, scenario)
    #expect(W.funded(bound) == ["S"])
    scenario.policies.minSecurityShare = nil
    #expect(W.funded(try W.plan(portfolio, scenario)) == ["D"])
  }

  @Test("entity bounds: RS must receive at least half of industry money")
  func entityBounds() throws {
    let portfolio = Portfolio(
      firms: [Firm(id: "F1", name: "F one", entity: .fbih), Firm(id: "F2", name: "F two", entity: .rs)],
      candidates: [W.candidate("I1", firm: "F1", tiers: [("t", [100], 2)]), W.candidate("I2", firm: "F2", tiers: [("t", [100], 1)])],
      sources: [W.source("P", cap: 100)])
    var scenario = W.scenario()
    scenario.policies.entityBounds = [.rs: ShareBounds(lo: 0.5, hi: 1)]
    #expect(W.funded(try W.plan(portfolio, scenario)) == ["I2"])
    scenario.policies.entityBounds = [:]
    #expect(W.funded(try W.plan(portfolio, scenario)) == ["I1"])
  }

  @Test("absorptive capacity: a firm takes one project a year")
  func absorptiveCapacity() throws {
    let portfolio = Portfolio(
      firms: [Firm(id: "F1", name: "F one", entity: .fbih, absorptiveCapacity: Money(dollars: 150_000))],
      candidates: [W.candidate("I1", firm: "F1", tiers: [("t", [100], 1)]), W.candidate("I2", firm: "F1", tiers: [("t", [100], 1)])],
      sources: [W.source("P")])
    let bound = try W.plan(portfolio, W.scenario())
    #expect(W.funded(bound).count == 1)
    #expect(abs(bound.plan.objective - 0.5) < 1e-9)
    var scenario = W.scenario()
    scenario.constraints.absorptiveCapacity = false
    #expect(W.funded(try W.plan(portfolio, scenario)) == ["I1", "I2"])
  }

  @Test("goal floors: an exports goal forces the exporter in")
  func goalFloors() throws {
    let a = Candidate(
      id: "A", title: "A", kind: .industryCapacity, earliestStart: 2024, latestStart: 2024,
      tiers: [FundingTier(id: "t", durationYears: 1, costProfile: [Money(dollars: 100_000)], scores: ["interop": CriterionScore(low: 2, likely: 2, high: 2)])])
    let b = Candidate(
      id: "B", title: "B", kind: .industryCapacity, earliestStart: 2024, latestStart: 2024,
      tiers: [FundingTier(id: "t", durationYears: 1, costProfile: [Money(dollars: 100_000)], scores: ["exports": CriterionScore(low: 1, likely: 1, high: 1)])])
    let portfolio = Portfolio(candidates: [a, b], sources: [W.source("P", cap: 100)])
    var scenario = W.scenario(criteria: [
      Criterion(id: "interop", name: "Interoperability", weight: 1), Criterion(id: "exports", name: "Exports", weight: 0, goal: 1),
    ])
    #expect(W.funded(try W.plan(portfolio, scenario)) == ["A"])
    scenario.constraints.goalFloors = true
    let floored = try W.plan(portfolio, scenario)
    #expect(W.funded(floored) == ["B"])
    #expect(floored.plan.objective == 0)
  }

  @Test("goals mode: the least weighted relative shortfall")
  func goalsMode() throws {
    let portfolio = Portfolio(
      candidates: [W.candidate("A", tiers: [("t", [100], 1)]), W.candidate("B", tiers: [("t", [100], 1.5)])],
      sources: [W.source("P", cap: 100)])
    var scenario = W.scenario(goal: 2)
    scenario.objective = .goals
    let result = try W.plan(portfolio, scenario)
    #expect(W.funded(result) == ["B"])
    #expect(abs(result.plan.objective - 0.25) < 1e-9)
    #expect(result.plan.criteria.first?.achieved == 1.5)
  }

  @Test("lock: the locked start is kept even when a later one is allowed and an earlier one is better")
  func lock() throws {
    let portfolio = Portfolio(candidates: [W.candidate("A", window: 2024...2025, tiers: [("t", [100], 1)])], sources: [W.source("P")])
    var scenario = W.scenario(horizon: 2024...2025, timing: true)
    #expect(try W.plan(portfolio, scenario).plan.allocations.first?.startYear == 2024)
    scenario.locked = [LockedChoice(candidate: "A", tier: "t", startYear: 2025)]
    let locked = try W.plan(portfolio, scenario)
    #expect(locked.plan.allocations.first?.startYear == 2025)
    #expect(abs(locked.plan.objective - 0.5) < 1e-9)
  }

  @Test("no choice starts outside the window or finishes after the horizon")
  func choicesInsideHorizon() {
    let portfolio = Portfolio(candidates: [W.candidate("A", window: 2023...2026, tiers: [("t", [100, 100], 1)])], sources: [W.source("P")])
    let planning = PlanningFormulation.build(portfolio: portfolio, scenario: W.scenario(horizon: 2024...2026))
    #expect(planning.choices.map(\.start) == [2024, 2025])
    #expect(planning.model.variables.map(\.name).contains("x_A_t_2024"))
    #expect(planning.model.variables.map(\.name).contains("pay_P_A_2026"))
  }
}
