/// Decoding a resolved JSON tree into a `Scenario`, key by key, with paths for every finding.
extension ScenarioLoader {
  /// The years a horizon or a lock may name: far enough from `Int` limits that year arithmetic cannot overflow.
  static let plausibleYears: ClosedRange<Int64> = 1900...2200

  static func decode(_ tree: JSONValue, name: String, file: String, sink: FindingSink) -> Scenario {
    var scenario = Scenario(name: name)
    guard var root = JSONObjectReader.object(tree, path: "$", file: file, sink: sink) else { return scenario }
    _ = root.raw("version")
    _ = root.string("description")
    if var horizon = root.object("horizon") {
      let first = horizon.integer("first"), last = horizon.integer("last")
      if let first { scenario.horizon.first = Year(Int(first)) }
      if let last { scenario.horizon.last = Year(Int(last)) }
      for (key, year) in [("first", first), ("last", last)] {
        if let year, !Self.plausibleYears.contains(year) {
          horizon.error(key, value: String(year), "\(horizon.child(key)) \(year) is not a plausible year", fix: "write a four-digit year")
        }
      }
      if scenario.horizon.first > scenario.horizon.last {
        horizon.error("last", value: scenario.horizon.last.description, "horizon ends (\(scenario.horizon.last)) before it starts (\(scenario.horizon.first))", fix: "make last >= first")
      }
      horizon.finish()
    }
    if var band = root.object("dcbBudget") {
      if let min = band.money("min") { scenario.dcbBudget.min = min }
      if let max = band.money("max") { scenario.dcbBudget.max = max }
      if scenario.dcbBudget.min > scenario.dcbBudget.max {
        band.error("min", value: String(scenario.dcbBudget.min.wholeDollars), "dcbBudget min \(scenario.dcbBudget.min.formatted) is above max \(scenario.dcbBudget.max.formatted)", fix: "make min <= max")
      }
      band.finish()
    }
    scenario.criteria = decodeCriteria(&root)
    if let objective = root.string("objective") {
      if let mode = ObjectiveMode(rawValue: objective) {
        scenario.objective = mode
      } else {
        root.error("objective", value: objective, "unknown objective '\(objective)'", fix: "write \"weighted\" or \"goals\"")
      }
    }
    if var policies = root.object("policies") { scenario.policies = decodePolicies(&policies) }
    if var constraints = root.object("constraints") {
      scenario.constraints.relations = constraints.bool("relations") ?? true
      scenario.constraints.absorptiveCapacity = constraints.bool("absorptiveCapacity") ?? true
      scenario.constraints.goalFloors = constraints.bool("goalFloors") ?? false
      constraints.finish()
    }
    if let timing = root.bool("benefitTiming") { scenario.benefitTiming = timing }
    scenario.locked = root.objects("locked").compactMap { element in
      var element = element
      let candidate = element.string("candidate"), tier = element.string("tier"), start = element.integer("startYear")
      let reason = element.string("reason") ?? ""
      for (key, value) in [("candidate", candidate as Any?), ("tier", tier), ("startYear", start)] where value == nil && element.members[key] == nil {
        element.error(key, rule: "config-missing", "\(element.child(key)) is required", fix: "add \"\(key)\"")
      }
      if let start, !Self.plausibleYears.contains(start) {
        element.error("startYear", value: String(start), "\(element.child("startYear")) \(start) is not a plausible year", fix: "write a four-digit year inside the horizon")
      }
      element.finish()
      guard let candidate, let tier, let start, Self.plausibleYears.contains(start) else { return nil }
      return LockedChoice(candidate: CandidateID(candidate), tier: TierID(tier), startYear: Year(Int(start)), reason: reason)
    }
    scenario.forcedIn = decodeForced(&root, "forcedIn")
    scenario.forcedOut = decodeForced(&root, "forcedOut")
    scenario.sources = root.objects("sources").compactMap { element in
      var element = element
      let id = element.string("id")
      if id == nil, element.members["id"] == nil { element.error("id", rule: "config-missing", "\(element.child("id")) is required", fix: "add \"id\"") }
      let override = SourceOverride(
        id: SourceID(id ?? ""), enabled: element.bool("enabled"), maxTotal: element.money("maxTotal"), minTotal: element.money("minTotal"))
      if let lo = override.minTotal, let hi = override.maxTotal, lo > hi {
        element.error("minTotal", value: String(lo.wholeDollars), "\(element.child("minTotal")) \(lo.formatted) is above maxTotal \(hi.formatted)", fix: "make minTotal <= maxTotal")
      }
      element.finish()
      return id == nil ? nil : override
    }.sorted { $0.id < $1.id }
    if var uncertainty = root.object("uncertainty") { scenario.uncertainty = decodeUncertainty(&uncertainty) }
    if var solver = root.object("solver") {
      if let gap = solver.double("gap") {
        if gap >= 0, gap < 1 { scenario.solver.gap = gap } else {
          solver.error("gap", value: JSONValue.canonicalNumber(gap), "solver gap \(JSONValue.canonicalNumber(gap)) must lie in [0, 1)", fix: "write a relative gap such as 0.0001")
        }
      }
      if let limit = solver.integer("nodeLimit") {
        if limit > 0 { scenario.solver.nodeLimit = Int(limit) } else {
          solver.error("nodeLimit", value: String(limit), "nodeLimit \(limit) must be at least 1", fix: "write a positive node limit")
        }
      }
      solver.finish()
    }
    root.finish()
    return scenario
  }

  static func decodeCriteria(_ root: inout JSONObjectReader) -> [Criterion] {
    var seen = Set<String>()
    return root.objects("criteria").compactMap { element in
      var element = element
      let id = element.string("id")
      let weight = element.double("weight")
      let goal = element.double("goal")
      let criterion = Criterion(
        id: CriterionID(id ?? ""), name: element.string("name") ?? id ?? "", unit: element.string("unit") ?? "",
        weight: weight ?? 1, goal: goal)
      if id == nil { element.error("id", rule: "config-missing", "\(element.child("id")) is required", fix: "add \"id\"") }
      if let id, !seen.insert(id).inserted {
        element.error("id", value: id, rule: "duplicate-id", "duplicate criterion '\(id)'", fix: "give each criterion its own id")
      }
      let maxWeight = JSONValue.canonicalNumber(Criterion.weights.upperBound)
      if let weight, weight < 0 || !weight.isFinite {
        element.error("weight", value: JSONValue.canonicalNumber(weight), "weight \(JSONValue.canonicalNumber(weight)) of criterion '\(id ?? "?")' is negative", fix: "write a weight of 0 to \(maxWeight)")
      } else if let weight, !Criterion.weights.contains(weight) {
        element.error("weight", value: JSONValue.canonicalNumber(weight), "weight \(JSONValue.canonicalNumber(weight)) of criterion '\(id ?? "?")' is above \(maxWeight)", fix: "write a weight of 0 to \(maxWeight); only the weights' ratios matter")
      }
      let goals = (JSONValue.canonicalNumber(Criterion.goals.lowerBound), JSONValue.canonicalNumber(Criterion.goals.upperBound))
      if let goal, goal <= 0 {
        element.error("goal", value: JSONValue.canonicalNumber(goal), "goal \(JSONValue.canonicalNumber(goal)) of criterion '\(id ?? "?")' must be above 0", fix: "write a positive goal, or remove the key")
      } else if let goal, !Criterion.goals.contains(goal) {
        element.error("goal", value: JSONValue.canonicalNumber(goal), "goal \(JSONValue.canonicalNumber(goal)) of criterion '\(id ?? "?")' must lie in [\(goals.0), \(goals.1)]", fix: "write the goal in the criterion's unit, between \(goals.0) and \(goals.1), or remove the key")
      }
      element.finish()
      return id == nil ? nil : criterion
    }
  }

  static func decodePolicies(_ policies: inout JSONObjectReader) -> Policies {
    var result = Policies()
    if let share = policies.double("minSecurityShare") {
      if (0...1).contains(share) { result.minSecurityShare = share } else {
        policies.error("minSecurityShare", value: JSONValue.canonicalNumber(share), "minSecurityShare \(JSONValue.canonicalNumber(share)) must lie in [0, 1]", fix: "write a fraction such as 0.2")
      }
    }
    if let capacity = policies.money("defaultAbsorptiveCapacity") { result.defaultAbsorptiveCapacity = capacity }
    if var bounds = policies.object("entityBounds") {
      for key in bounds.members.keys.sorted() {
        guard let entity = Entity(rawValue: key) else {
          _ = bounds.raw(key)
          bounds.error(key, value: key, rule: "unknown-key", "unknown entity '\(key)' at \(bounds.child(key))", fix: "use FBiH, RS or BD")
          continue
        }
        guard var band = bounds.object(key) else { continue }
        let lo = band.double("lo") ?? 0, hi = band.double("hi") ?? 1
        for (name, value) in [("lo", lo), ("hi", hi)] where !(0...1).contains(value) {
          band.error(name, value: JSONValue.canonicalNumber(value), "\(band.child(name)) \(JSONValue.canonicalNumber(value)) must lie in [0, 1]", fix: "write a fraction between 0 and 1")
        }
        if lo > hi {
          band.error("lo", value: JSONValue.canonicalNumber(lo), "\(band.child("lo")) \(JSONValue.canonicalNumber(lo)) is above hi \(JSONValue.canonicalNumber(hi))", fix: "make lo <= hi")
        }
        band.finish()
        result.entityBounds[entity] = ShareBounds(lo: lo, hi: hi)
      }
      let los = result.entityBounds.values.map(\.lo).reduce(0, +)
      if los > 1 {
        bounds.error("lo", value: JSONValue.canonicalNumber(los), "entity lower bounds add up to \(JSONValue.canonicalNumber(los)), above 1", fix: "lower some entities' lo")
      }
      bounds.finish()
    }
    policies.finish()
    return result
  }

  static func decodeForced(_ root: inout JSONObjectReader, _ key: String) -> [ForcedChoice] {
    root.objects(key).compactMap { element in
      var element = element
      let candidate = element.string("candidate")
      if candidate == nil, element.members["candidate"] == nil {
        element.error("candidate", rule: "config-missing", "\(element.child("candidate")) is required", fix: "add \"candidate\"")
      }
      let reason = element.string("reason") ?? ""
      element.finish()
      return candidate.map { ForcedChoice(candidate: CandidateID($0), reason: reason) }
    }
  }

  static func decodeUncertainty(_ reader: inout JSONObjectReader) -> Uncertainty {
    var result = Uncertainty()
    if var overrun = reader.object("costOverrunPercent") {
      let min = overrun.double("min") ?? 0, mode = overrun.double("mode") ?? 0, max = overrun.double("max") ?? 0
      if !(min <= mode && mode <= max) {
        overrun.error("mode", value: JSONValue.canonicalNumber(mode), "cost overrun must satisfy min <= mode <= max (\(JSONValue.canonicalNumber(min)), \(JSONValue.canonicalNumber(mode)), \(JSONValue.canonicalNumber(max)))", fix: "order the three percentages")
      }
      if min <= -100 {
        overrun.error("min", value: JSONValue.canonicalNumber(min), "cost overrun min \(JSONValue.canonicalNumber(min))% would make costs zero or negative", fix: "write a min above -100")
      }
      for (key, value) in [("min", min), ("mode", mode), ("max", max)] where value > Uncertainty.maxCostOverrunPercent {
        overrun.error(
          key, value: JSONValue.canonicalNumber(value),
          "cost overrun \(key) \(JSONValue.canonicalNumber(value))% is above \(JSONValue.canonicalNumber(Uncertainty.maxCostOverrunPercent))% (costs at most eleven times the estimate)",
          fix: "write a percentage of at most \(JSONValue.canonicalNumber(Uncertainty.maxCostOverrunPercent))")
      }
      overrun.finish()
      result.costOverrun = TriangularPercent(min: min, mode: mode, max: max)
    }
    result.pledgeShortfall = reader.objects("pledgeShortfall").compactMap { element in
      var element = element
      let id = element.string("id")
      let probability = element.double("probability") ?? 0, size = element.double("sizePercent") ?? 0
      if !(0...1).contains(probability) {
        element.error("probability", value: JSONValue.canonicalNumber(probability), "probability \(JSONValue.canonicalNumber(probability)) must lie in [0, 1]", fix: "write a probability between 0 and 1")
      }
      if !(0...100).contains(size) {
        element.error("sizePercent", value: JSONValue.canonicalNumber(size), "sizePercent \(JSONValue.canonicalNumber(size)) must lie in [0, 100]", fix: "write a percentage between 0 and 100")
      }
      if id == nil, element.members["id"] == nil { element.error("id", rule: "config-missing", "\(element.child("id")) is required", fix: "add \"id\"") }
      element.finish()
      return id.map { PledgeShortfall(id: SourceID($0), probability: probability, sizePercent: size) }
    }.sorted { $0.id < $1.id }
    if let samples = reader.integer("samples") {
      if samples > 0 { result.samples = Int(samples) } else {
        reader.error("samples", value: String(samples), "samples \(samples) must be at least 1", fix: "write a positive sample count")
      }
    }
    if let seed = reader.integer("seed") {
      if seed >= 0 { result.seed = UInt64(seed) } else {
        reader.error("seed", value: String(seed), "seed \(seed) must be 0 or more", fix: "write a non-negative seed")
      }
    }
    reader.finish()
    return result
  }
}
