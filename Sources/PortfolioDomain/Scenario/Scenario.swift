/// A planning scenario: the resolved `Config/scenario.json`, possibly merged with a named variant.
///
/// Shares and probabilities are fractions in [0, 1]; money is US dollars (whole dollars in JSON);
/// years are calendar years. `ScenarioLoader` builds it from JSON and `canonicalJSON()` writes it
/// back in the canonical form the input manifest hash uses (DESIGN §3).
public struct Scenario: Sendable, Hashable {
  /// The scenario's name: `default`, or the variant's name (`budget-48m`).
  public var name: String
  /// The first and last planning year.
  public var horizon: Horizon
  /// The band the DCB fund's total payments must lie in.
  public var dcbBudget: MoneyBand
  /// The criteria the objective weighs, in file order.
  public var criteria: [Criterion]
  /// Which objective `plan` uses unless told otherwise.
  public var objective: ObjectiveMode
  /// The portfolio-wide rules.
  public var policies: Policies
  /// Switches for constraint families (DESIGN §4: each switchable in the scenario).
  public var constraints: ConstraintSwitches
  /// Whether later finishes earn less (DESIGN §4 benefit factor).
  public var benefitTiming: Bool
  /// Candidates whose tier and start are already decided.
  public var locked: [LockedChoice]
  /// Candidates that must be funded.
  public var forcedIn: [ForcedChoice]
  /// Candidates that must not be funded.
  public var forcedOut: [ForcedChoice]
  /// Per-source overrides, sorted by ID.
  public var sources: [SourceOverride]
  /// The distributions robustness analysis samples.
  public var uncertainty: Uncertainty
  /// Solver limits.
  public var solver: SolverSettings

  /// Creates a scenario.
  public init(
    name: String = "default", horizon: Horizon = Horizon(first: 2024, last: 2028),
    dcbBudget: MoneyBand = MoneyBand(min: Money(dollars: 48_000_000), max: Money(dollars: 53_000_000)),
    criteria: [Criterion] = [], objective: ObjectiveMode = .weighted, policies: Policies = Policies(),
    constraints: ConstraintSwitches = ConstraintSwitches(), benefitTiming: Bool = true, locked: [LockedChoice] = [],
    forcedIn: [ForcedChoice] = [], forcedOut: [ForcedChoice] = [], sources: [SourceOverride] = [],
    uncertainty: Uncertainty = Uncertainty(), solver: SolverSettings = SolverSettings()
  ) {
    self.name = name
    self.horizon = horizon
    self.dcbBudget = dcbBudget
    self.criteria = criteria
    self.objective = objective
    self.policies = policies
    self.constraints = constraints
    self.benefitTiming = benefitTiming
    self.locked = locked
    self.forcedIn = forcedIn
    self.forcedOut = forcedOut
    self.sources = sources
    self.uncertainty = uncertainty
    self.solver = solver
  }

  /// The override for `source`, if any.
  public func override(for source: SourceID) -> SourceOverride? { sources.first { $0.id == source } }
  /// Whether `source` may be used (an override can disable it).
  public func isEnabled(_ source: SourceID) -> Bool { override(for: source)?.enabled ?? true }
  /// The lock on `candidate`, if any.
  public func lock(for candidate: CandidateID) -> LockedChoice? { locked.first { $0.candidate == candidate } }
  /// The criterion with this ID.
  public func criterion(_ id: CriterionID) -> Criterion? { criteria.first { $0.id == id } }
}

/// The planning years `first...last`.
public struct Horizon: Sendable, Hashable, Codable {
  /// The first year.
  public var first: Year
  /// The last year (inclusive).
  public var last: Year
  /// Creates a horizon.
  public init(first: Year, last: Year) {
    self.first = first
    self.last = last
  }
  /// The years, in order (empty when reversed).
  public var years: [Year] { first <= last ? Array(first...last) : [] }
  /// Whether `year` lies inside.
  public func contains(_ year: Year) -> Bool { first <= year && year <= last }
  /// The number of years (0 when reversed).
  public var count: Int { max(0, first.distance(to: last) + 1) }
}

/// A closed band of money `[min, max]`.
public struct MoneyBand: Sendable, Hashable, Codable {
  /// The lower end.
  public var min: Money
  /// The upper end.
  public var max: Money
  /// Creates a band.
  public init(min: Money, max: Money) {
    self.min = min
    self.max = max
  }
  /// Whether `amount` lies inside.
  public func contains(_ amount: Money) -> Bool { min <= amount && amount <= max }
}

/// A criterion the objective weighs.
public struct Criterion: Sendable, Hashable, Codable, Identifiable {
  /// The criterion's ID; more is better for every criterion.
  public var id: CriterionID
  /// A readable name.
  public var name: String
  /// The unit of its scores (`index points`, `USD M per year`).
  public var unit: String
  /// Its weight in the objective (>= 0).
  public var weight: Double
  /// The target achievement (untimed sum of funded `likely` scores); `nil`: none.
  public var goal: Double?
  /// The weights the config accepts. Only their ratios matter; 1000 leaves room for percentages and
  /// permilles, and keeps the objective's coefficients small enough for the solver's tolerances (a weight of
  /// 1e200 made `plan` run for minutes without an answer).
  public static let weights: ClosedRange<Double> = 0...1000
  /// The goals the config accepts, in the criterion's unit: goals mode weighs a shortfall by weight / goal,
  /// so a goal near 0 or beyond 10^12 would give coefficients or bounds the solver cannot work with.
  public static let goals: ClosedRange<Double> = 0.001...1_000_000_000_000
  /// Creates a criterion.
  public init(id: CriterionID, name: String, unit: String = "", weight: Double, goal: Double? = nil) {
    self.id = id
    self.name = name
    self.unit = unit
    self.weight = weight
    self.goal = goal
  }
}

/// Which primary objective the planner uses (DESIGN §4).
public enum ObjectiveMode: String, Sendable, Hashable, Codable, CaseIterable {
  /// Maximize the weighted normalized criteria.
  case weighted
  /// Minimize the weighted relative shortfall from the goals.
  case goals
}

/// Portfolio-wide rules.
public struct Policies: Sendable, Hashable {
  /// The least share (0-1) of the DCB fund's payments that goes to `dcb-security` projects; `nil`: no rule.
  public var minSecurityShare: Double?
  /// Each entity's share (0-1) of industry money (payments to technology-transfer and industry-capacity
  /// candidates), keyed by entity; an entity without bounds is unconstrained.
  public var entityBounds: [Entity: ShareBounds]
  /// The yearly absorptive capacity of firms whose row leaves it empty; `nil`: no limit.
  public var defaultAbsorptiveCapacity: Money?
  /// Creates policies.
  public init(minSecurityShare: Double? = nil, entityBounds: [Entity: ShareBounds] = [:], defaultAbsorptiveCapacity: Money? = nil) {
    self.minSecurityShare = minSecurityShare
    self.entityBounds = entityBounds
    self.defaultAbsorptiveCapacity = defaultAbsorptiveCapacity
  }
  /// The bounded entities, sorted.
  public var boundedEntities: [Entity] { entityBounds.keys.sorted() }
}

/// A share band `[lo, hi]`, fractions in [0, 1].
public struct ShareBounds: Sendable, Hashable, Codable {
  /// The least share.
  public var lo: Double
  /// The greatest share.
  public var hi: Double
  /// Creates a band.
  public init(lo: Double, hi: Double) {
    self.lo = lo
    self.hi = hi
  }
}

/// Switches for the constraint families that are not policies (all default to the documented model).
public struct ConstraintSwitches: Sendable, Hashable, Codable {
  /// Enforce `requires`/`excludes` relations (default on).
  public var relations: Bool
  /// Enforce firms' yearly absorptive capacity (default on).
  public var absorptiveCapacity: Bool
  /// Treat criterion goals as hard floors (default off).
  public var goalFloors: Bool
  /// Creates switches.
  public init(relations: Bool = true, absorptiveCapacity: Bool = true, goalFloors: Bool = false) {
    self.relations = relations
    self.absorptiveCapacity = absorptiveCapacity
    self.goalFloors = goalFloors
  }
}

/// A candidate whose tier and start year are fixed.
public struct LockedChoice: Sendable, Hashable, Codable {
  /// The candidate.
  public var candidate: CandidateID
  /// The tier.
  public var tier: TierID
  /// The start year.
  public var startYear: Year
  /// Why (shown in outputs).
  public var reason: String
  /// Creates a lock.
  public init(candidate: CandidateID, tier: TierID, startYear: Year, reason: String = "") {
    self.candidate = candidate
    self.tier = tier
    self.startYear = startYear
    self.reason = reason
  }
}

/// A candidate forced in or out.
public struct ForcedChoice: Sendable, Hashable, Codable {
  /// The candidate.
  public var candidate: CandidateID
  /// Why (shown in outputs).
  public var reason: String
  /// Creates a forced choice.
  public init(candidate: CandidateID, reason: String = "") {
    self.candidate = candidate
    self.reason = reason
  }
}

/// A scenario's override of one funding source.
public struct SourceOverride: Sendable, Hashable, Codable {
  /// The source.
  public var id: SourceID
  /// `false` removes the source from the plan; `nil`: unchanged.
  public var enabled: Bool?
  /// Replaces the source's total cap; `nil`: unchanged.
  public var maxTotal: Money?
  /// Replaces the source's total floor; `nil`: unchanged.
  public var minTotal: Money?
  /// Creates an override.
  public init(id: SourceID, enabled: Bool? = nil, maxTotal: Money? = nil, minTotal: Money? = nil) {
    self.id = id
    self.enabled = enabled
    self.maxTotal = maxTotal
    self.minTotal = minTotal
  }
}

/// The distributions robustness analysis samples.
public struct Uncertainty: Sendable, Hashable, Codable {
  /// Cost overrun of every tier, triangular, in percent of planned cost (may be negative).
  public var costOverrun: TriangularPercent
  /// Per-source pledge shortfall, sorted by source.
  public var pledgeShortfall: [PledgeShortfall]
  /// Monte Carlo sample count.
  public var samples: Int
  /// The seed of the sampler's generator.
  public var seed: UInt64
  /// The largest cost overrun the config accepts, percent: a cost at most eleven times its estimate, which keeps
  /// `robust`'s drawn costs within the dataset's limits (`DatasetLimits`).
  public static let maxCostOverrunPercent: Double = 1000
  /// Creates an uncertainty description.
  public init(
    costOverrun: TriangularPercent = TriangularPercent(min: 0, mode: 0, max: 0), pledgeShortfall: [PledgeShortfall] = [],
    samples: Int = 1000, seed: UInt64 = 1
  ) {
    self.costOverrun = costOverrun
    self.pledgeShortfall = pledgeShortfall
    self.samples = samples
    self.seed = seed
  }
}

/// A triangular distribution in percent.
public struct TriangularPercent: Sendable, Hashable, Codable {
  /// The least value, percent.
  public var min: Double
  /// The most likely value, percent.
  public var mode: Double
  /// The greatest value, percent.
  public var max: Double
  /// Creates a distribution (validation checks `min <= mode <= max`).
  public init(min: Double, mode: Double, max: Double) {
    self.min = min
    self.mode = mode
    self.max = max
  }
}

/// The chance that a source pays less than pledged, and by how much.
public struct PledgeShortfall: Sendable, Hashable, Codable {
  /// The source.
  public var id: SourceID
  /// The probability (0-1) of a shortfall.
  public var probability: Double
  /// The shortfall's size, percent of the source's caps.
  public var sizePercent: Double
  /// Creates a shortfall.
  public init(id: SourceID, probability: Double, sizePercent: Double) {
    self.id = id
    self.probability = probability
    self.sizePercent = sizePercent
  }
}

/// Solver limits.
public struct SolverSettings: Sendable, Hashable, Codable {
  /// The relative optimality gap accepted (HiGHS default 1e-4).
  public var gap: Double
  /// The most branch-and-bound nodes.
  public var nodeLimit: Int
  /// Creates settings.
  public init(gap: Double = 1e-4, nodeLimit: Int = 1_000_000) {
    self.gap = gap
    self.nodeLimit = nodeLimit
  }
}
