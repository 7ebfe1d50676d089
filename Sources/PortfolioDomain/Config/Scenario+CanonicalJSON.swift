/// The canonical JSON form of a resolved scenario (DESIGN §3 "The input manifest hash").
///
/// Every setting is written, defaults included, in the config file's own schema (`"version": 1`,
/// camelCase keys, money in whole dollars), so the text is itself a valid scenario file that loads
/// back to an equal scenario. The name is not part of it: two names for the same settings hash alike.
/// Unset optional values are left out. Keys are sorted and there is no whitespace (`JSONValue.canonicalText`).
extension Scenario {
  /// The scenario as a JSON tree in the config schema.
  public var jsonValue: JSONValue {
    func money(_ value: Money) -> JSONValue { .integer(value.wholeDollars) }
    func number(_ value: Double) -> JSONValue { .double(value) }
    func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
      var members: [String: JSONValue] = [:]
      for (key, value) in pairs { if let value { members[key] = value } }
      return .object(members)
    }
    var bounds: [String: JSONValue] = [:]
    for entity in policies.boundedEntities {
      if let band = policies.entityBounds[entity] { bounds[entity.rawValue] = object([("lo", number(band.lo)), ("hi", number(band.hi))]) }
    }
    return object([
      ("version", .integer(1)),
      ("horizon", object([("first", .integer(Int64(horizon.first.rawValue))), ("last", .integer(Int64(horizon.last.rawValue)))])),
      ("dcbBudget", object([("min", money(dcbBudget.min)), ("max", money(dcbBudget.max))])),
      (
        "criteria",
        .array(
          criteria.map {
            object([
              ("id", .string($0.id.rawValue)), ("name", .string($0.name)), ("unit", .string($0.unit)),
              ("weight", number($0.weight)), ("goal", $0.goal.map(number)),
            ])
          })
      ),
      ("objective", .string(objective.rawValue)),
      (
        "policies",
        object([
          ("minSecurityShare", policies.minSecurityShare.map(number)), ("entityBounds", .object(bounds)),
          ("defaultAbsorptiveCapacity", policies.defaultAbsorptiveCapacity.map(money)),
        ])
      ),
      (
        "constraints",
        object([
          ("relations", .bool(constraints.relations)), ("absorptiveCapacity", .bool(constraints.absorptiveCapacity)),
          ("goalFloors", .bool(constraints.goalFloors)),
        ])
      ),
      ("benefitTiming", .bool(benefitTiming)),
      (
        "locked",
        .array(
          locked.map {
            object([
              ("candidate", .string($0.candidate.rawValue)), ("tier", .string($0.tier.rawValue)),
              ("startYear", .integer(Int64($0.startYear.rawValue))), ("reason", .string($0.reason)),
            ])
          })
      ),
      ("forcedIn", .array(forcedIn.map { object([("candidate", .string($0.candidate.rawValue)), ("reason", .string($0.reason))]) })),
      ("forcedOut", .array(forcedOut.map { object([("candidate", .string($0.candidate.rawValue)), ("reason", .string($0.reason))]) })),
      (
        "sources",
        .array(
          sources.map {
            object([
              ("id", .string($0.id.rawValue)), ("enabled", $0.enabled.map(JSONValue.bool)), ("maxTotal", $0.maxTotal.map(money)),
              ("minTotal", $0.minTotal.map(money)),
            ])
          })
      ),
      (
        "uncertainty",
        object([
          (
            "costOverrunPercent",
            object([
              ("min", number(uncertainty.costOverrun.min)), ("mode", number(uncertainty.costOverrun.mode)),
              ("max", number(uncertainty.costOverrun.max)),
            ])
          ),
          (
            "pledgeShortfall",
            .array(
              uncertainty.pledgeShortfall.map {
                object([("id", .string($0.id.rawValue)), ("probability", number($0.probability)), ("sizePercent", number($0.sizePercent))])
              })
          ),
          ("samples", .integer(Int64(uncertainty.samples))),
          ("seed", .integer(Int64(clamping: uncertainty.seed))),
        ])
      ),
      ("solver", object([("gap", number(solver.gap)), ("nodeLimit", .integer(Int64(solver.nodeLimit)))])),
    ])
  }

  /// The canonical JSON text (sorted keys, no whitespace, no final newline).
  public func canonicalJSON() -> String { jsonValue.canonicalText }

  /// The canonical JSON as UTF-8 bytes: what the input manifest hashes under the name `scenario.json`.
  public var canonicalJSONBytes: [UInt8] { Array(canonicalJSON().utf8) }
}
