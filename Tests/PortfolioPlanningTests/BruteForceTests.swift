import MIPSolver
import OptimizationModel
import PortfolioDomain
import Testing
@testable import PortfolioPlanning

/// The planner's optimum equals the best of all portfolios enumerated one by one, each checked by an
/// independent payment LP built here from the domain (not from the formulation).
@Suite("Brute force: seeded random portfolios")
struct BruteForceTests {
  struct Option {
    var candidate: Candidate
    var tier: FundingTier
    var start: Year
  }

  @Test("the planner's optimum equals enumeration", arguments: Array(UInt64(1)...UInt64(12)))
  func matchesEnumeration(seed: UInt64) throws {
    let world = RandomPortfolio(seed: seed)
    let planned = try TinyWorld.plan(world.portfolio, world.scenario)
    let best = try enumerate(world)
    #expect(planned.plan.status == .optimal)
    #expect(abs(planned.plan.objective - best) < 1e-7, "seed \(seed): planner \(planned.plan.objective), enumeration \(best)")
  }

  func enumerate(_ world: RandomPortfolio) throws -> Double {
    let horizon = world.scenario.horizon
    let options: [[Option?]] = world.portfolio.candidates.map { candidate in
      [nil]
        + candidate.tiers.flatMap { tier in
          candidate.startWindow.filter { tier.finishYear(startingIn: $0) <= horizon.last }.map { Option(candidate: candidate, tier: tier, start: $0) }
        }
    }
    let normalizer = world.portfolio.candidates.map { $0.tiers.map { $0.likelyScore("value") }.max() ?? 0 }.reduce(0, +)
    var best = 0.0
    var pick = [Int](repeating: 0, count: options.count)
    while true {
      let chosen = zip(options, pick).compactMap { $0[$1] }
      let value = chosen.map { option -> Double in
        let factor = world.scenario.benefitTiming
          ? Double(option.tier.finishYear(startingIn: option.start).distance(to: horizon.last) + 1) / Double(horizon.count) : 1
        return option.tier.likelyScore("value") * factor
      }.reduce(0, +) / max(normalizer, 1e-12)
      if value > best + 1e-12, relationsHold(chosen, world.portfolio.relations), try paymentsFeasible(chosen, world) { best = value }
      var k = 0
      while k < pick.count {
        pick[k] += 1
        if pick[k] < options[k].count { break }
        pick[k] = 0
        k += 1
      }
      if k == pick.count { break }
    }
    return best
  }

  func relationsHold(_ chosen: [Option], _ relations: [Relation]) -> Bool {
    let starts = Dictionary(uniqueKeysWithValues: chosen.map { ($0.candidate.id, $0.start) })
    for relation in relations {
      switch relation.kind {
      case .requires:
        if let a = starts[relation.a] {
          guard let b = starts[relation.b], b.advanced(by: relation.lagYears) <= a else { return false }
        }
      case .excludes:
        if starts[relation.a] != nil && starts[relation.b] != nil { return false }
      }
    }
    return true
  }

  /// An LP over payments in dollars: each (candidate, year) cost paid exactly by eligible sources,
  /// within total caps, yearly caps and shares.
  func paymentsFeasible(_ chosen: [Option], _ world: RandomPortfolio) throws -> Bool {
    var model = LinearModel(name: "check")
    var columns: [(source: FundingSource, candidate: CandidateID, year: Year, column: Int)] = []
    for option in chosen {
      for source in world.portfolio.sources where source.mayPay(for: option.candidate, firmEntity: nil) {
        for offset in 0..<option.tier.durationYears {
          let column = model.addVariable(.init(name: "p\(columns.count)"))
          columns.append((source, option.candidate.id, option.start.advanced(by: offset), column))
        }
      }
      for offset in 0..<option.tier.durationYears {
        let year = option.start.advanced(by: offset)
        let mine = columns.filter { $0.candidate == option.candidate.id && $0.year == year }.map(\.column)
        let cost = option.tier.cost(atOffset: offset).dollars
        model.addRow(.init(name: "c\(model.rows.count)", indices: mine, coefficients: mine.map { _ in 1 }, lowerBound: cost, upperBound: cost))
      }
      for source in world.portfolio.sources where source.maxSharePercent < 100 {
        let mine = columns.filter { $0.candidate == option.candidate.id && $0.source.id == source.id }.map(\.column)
        model.addRow(
          .init(
            name: "s\(model.rows.count)", indices: mine, coefficients: mine.map { _ in 1 },
            upperBound: option.tier.totalCost.dollars * Double(source.maxSharePercent) / 100))
      }
    }
    for source in world.portfolio.sources {
      let mine = columns.filter { $0.source.id == source.id }
      if let cap = source.maxTotal {
        model.addRow(.init(name: "t\(model.rows.count)", indices: mine.map(\.column), coefficients: mine.map { _ in 1 }, upperBound: cap.dollars))
      }
      for cap in source.yearlyCaps {
        let here = mine.filter { $0.year == cap.year }.map(\.column)
        model.addRow(.init(name: "y\(model.rows.count)", indices: here, coefficients: here.map { _ in 1 }, upperBound: cap.max.dollars))
      }
    }
    let result = try PlanningSolver().solve(model, options: SolverOptions(), incumbent: nil)
    return result.status == .optimal
  }
}
