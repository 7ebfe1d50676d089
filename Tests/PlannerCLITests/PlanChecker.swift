import Foundation
import PortfolioDomain

/// An independent check of a plan JSON against its dataset and scenario (the "Done when"):
/// written from DESIGN §3-4 directly, sharing nothing with `PortfolioPlanning` but the domain types.
/// Returns every violation found, as text; an empty list means the plan holds.
struct PlanChecker {
  let portfolio: Portfolio
  let scenario: Scenario
  let plan: PortfolioPlan

  /// Loads the dataset folder and scenario files under `root` (a repository-shaped folder).
  static func inputs(root: URL, variant: String? = nil) throws -> PlanningInputs {
    let data = root.appendingPathComponent("Datasets/bih")
    let files = try DatasetFiles.tableNames.map { name in
      DatasetFiles.File(name: name, contents: Array(try Data(contentsOf: data.appendingPathComponent(name))))
    }
    let defaultFile = ConfigFile(
      name: "scenario.json", contents: Array(try Data(contentsOf: root.appendingPathComponent("Config/scenario.json"))))
    let variantFile = try variant.map {
      ConfigFile(name: "\($0).json", contents: Array(try Data(contentsOf: root.appendingPathComponent("Config/scenarios/\($0).json"))))
    }
    return PlanningInputs.load(dataset: DatasetFiles(files), defaultScenario: defaultFile, variant: variantFile, name: variant)
  }

  func violations() -> [String] {
    var problems: [String] = []
    let horizon = scenario.horizon
    var paidBy: [SourceID: [Year: Int64]] = [:]
    var funded: [CandidateID: Allocation] = [:]
    for allocation in plan.allocations {
      funded[allocation.candidate] = allocation
      guard let candidate = portfolio.candidate(allocation.candidate), let tier = candidate.tier(allocation.tier) else {
        problems.append("\(allocation.candidate): unknown candidate or tier")
        continue
      }
      if scenario.forcedOut.contains(where: { $0.candidate == candidate.id }) { problems.append("\(candidate.id) is forced out but funded") }
      if let lock = scenario.lock(for: candidate.id), lock.tier != tier.id || lock.startYear != allocation.startYear {
        problems.append("\(candidate.id) breaks its lock")
      } else if scenario.lock(for: candidate.id) == nil && !candidate.startWindow.contains(allocation.startYear) {
        problems.append("\(candidate.id) starts outside its window")
      }
      if allocation.finishYear != tier.finishYear(startingIn: allocation.startYear) || allocation.finishYear > horizon.last
        || allocation.startYear < horizon.first
      {
        problems.append("\(candidate.id) does not run inside the horizon")
      }
      let entity = portfolio.entity(of: candidate)
      for payment in allocation.funding {
        guard let source = portfolio.source(payment.source), scenario.isEnabled(source.id), source.mayPay(for: candidate, firmEntity: entity) else {
          problems.append("\(candidate.id) paid by ineligible or disabled \(payment.source)")
          continue
        }
        paidBy[source.id, default: [:]][payment.year, default: 0] += payment.amount.wholeDollars
        if payment.amount.wholeDollars < 0 || !payment.amount.isWholeDollars { problems.append("\(candidate.id) has a bad amount") }
      }
      for offset in 0..<tier.durationYears {
        let year = allocation.startYear.advanced(by: offset)
        let paid = allocation.funding.filter { $0.year == year }.map(\.amount.wholeDollars).reduce(0, +)
        if paid != tier.cost(atOffset: offset).wholeDollars { problems.append("\(candidate.id) \(year): paid \(paid) of \(tier.cost(atOffset: offset).wholeDollars)") }
      }
      for source in portfolio.sources where source.maxSharePercent < 100 {
        let paid = allocation.funding.filter { $0.source == source.id }.map(\.amount.wholeDollars).reduce(0, +)
        if paid * 100 > tier.totalCost.wholeDollars * Int64(source.maxSharePercent) { problems.append("\(source.id) pays over its share of \(candidate.id)") }
      }
    }
    for candidate in portfolio.candidates where funded[candidate.id] == nil {
      if candidate.mandatory || scenario.forcedIn.contains(where: { $0.candidate == candidate.id }) || scenario.lock(for: candidate.id) != nil {
        problems.append("\(candidate.id) must be funded")
      }
    }
    for source in portfolio.sources where scenario.isEnabled(source.id) {
      let total = (paidBy[source.id] ?? [:]).values.reduce(0, +)
      let override = scenario.override(for: source.id)
      if let cap = override?.maxTotal ?? source.maxTotal, total > cap.wholeDollars { problems.append("\(source.id) over its total cap") }
      if let floor = override?.minTotal ?? source.minTotal, total < floor.wholeDollars { problems.append("\(source.id) under its floor") }
      if source.kind == .dcbFund && (total < scenario.dcbBudget.min.wholeDollars || total > scenario.dcbBudget.max.wholeDollars) {
        problems.append("DCB fund total \(total) outside the band")
      }
      for cap in source.yearlyCaps where (paidBy[source.id]?[cap.year] ?? 0) > cap.max.wholeDollars {
        problems.append("\(source.id) over its cap in \(cap.year)")
      }
    }
    if scenario.constraints.relations {
      for relation in portfolio.relations {
        let a = funded[relation.a]
        let b = funded[relation.b]
        switch relation.kind {
        case .requires:
          if let a, b == nil || (b?.startYear.advanced(by: relation.lagYears) ?? a.startYear.advanced(by: 1)) > a.startYear {
            problems.append("\(relation.a) requires \(relation.b) lag \(relation.lagYears)")
          }
        case .excludes:
          if a != nil && b != nil { problems.append("\(relation.a) excludes \(relation.b)") }
        }
      }
    }
    if let share = scenario.policies.minSecurityShare, let fund = portfolio.dcbFund {
      let all = plan.allocations.flatMap(\.funding).filter { $0.source == fund.id }.map(\.amount.wholeDollars).reduce(0, +)
      let security = plan.allocations.filter { portfolio.candidate($0.candidate)?.kind == .dcbSecurity }.flatMap(\.funding)
        .filter { $0.source == fund.id }.map(\.amount.wholeDollars).reduce(0, +)
      // Rounding to whole dollars may move a few dollars (PortfolioPlanning README).
      if Double(security) < share * Double(all) - 10 { problems.append("security share \(security) of \(all) below \(share)") }
    }
    let industry = plan.allocations.filter { portfolio.candidate($0.candidate)?.kind.isIndustry ?? false }
    let industryMoney = Double(industry.map(\.totalFunding.wholeDollars).reduce(0, +))
    for (entity, bounds) in scenario.policies.entityBounds {
      let mine = Double(industry.filter { allocation in portfolio.candidate(allocation.candidate).flatMap { portfolio.entity(of: $0) } == entity }.map(\.totalFunding.wholeDollars).reduce(0, +))
      if mine < bounds.lo * industryMoney - 1e-6 || mine > bounds.hi * industryMoney + 1e-6 { problems.append("\(entity.rawValue) share of industry money outside its bounds") }
    }
    if scenario.constraints.absorptiveCapacity {
      for firm in portfolio.firms {
        guard let capacity = firm.absorptiveCapacity ?? scenario.policies.defaultAbsorptiveCapacity else { continue }
        for year in horizon.years {
          let cost = plan.allocations.filter { portfolio.candidate($0.candidate)?.firm == firm.id }.flatMap(\.funding)
            .filter { $0.year == year }.map(\.amount.wholeDollars).reduce(0, +)
          if cost > capacity.wholeDollars { problems.append("\(firm.id) over its absorptive capacity in \(year)") }
        }
      }
    }
    if scenario.objective == .weighted {
      var objective = 0.0
      for criterion in scenario.criteria {
        let normalizer = portfolio.candidates.map { $0.tiers.map { $0.likelyScore(criterion.id) }.max() ?? 0 }.reduce(0, +)
        guard normalizer > 0 else { continue }
        for allocation in plan.allocations {
          let score = portfolio.tier(allocation.candidate, allocation.tier)?.likelyScore(criterion.id) ?? 0
          let factor = scenario.benefitTiming ? Double(allocation.finishYear.distance(to: horizon.last) + 1) / Double(horizon.count) : 1
          objective += criterion.weight * score * factor / normalizer
        }
      }
      if abs(objective - plan.objective) > 1e-9 * max(1, abs(objective)) { problems.append("objective \(plan.objective) but recomputed \(objective)") }
    }
    return problems
  }
}
