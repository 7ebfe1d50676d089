import PortfolioDomain

/// Two plans side by side: candidates added, removed or changed (tier, start, sources), money moved per
/// source and year, and criteria and objective deltas (B minus A).
public struct PlanComparison: Sendable, Equatable {
  /// A candidate funded in both plans differently.
  public struct Changed: Sendable, Equatable {
    /// The candidate.
    public var candidate: CandidateID
    /// Its allocation in A.
    public var before: Allocation
    /// Its allocation in B.
    public var after: Allocation
    /// Whether the tier changed.
    public var tierChanged: Bool { before.tier != after.tier }
    /// Whether the start year changed.
    public var startChanged: Bool { before.startYear != after.startYear }
    /// The sources paying in A, sorted.
    public var sourcesBefore: [SourceID] { Array(Set(before.funding.map(\.source))).sorted() }
    /// The sources paying in B, sorted.
    public var sourcesAfter: [SourceID] { Array(Set(after.funding.map(\.source))).sorted() }
    /// Whether the set of paying sources changed.
    public var sourcesChanged: Bool { sourcesBefore != sourcesAfter }
  }

  /// Money from one source in one year in both plans.
  public struct MoneyMove: Sendable, Equatable {
    /// The source.
    public var source: SourceID
    /// The year.
    public var year: Year
    /// The amount in A.
    public var before: Money
    /// The amount in B.
    public var after: Money
    /// `after − before`.
    public var delta: Money { after - before }
  }

  /// A criterion in both plans.
  public struct CriterionDelta: Sendable, Equatable {
    /// The criterion.
    public var criterion: CriterionID
    /// Achieved in A (0 when A does not report it).
    public var before: Double
    /// Achieved in B (0 when B does not report it).
    public var after: Double
    /// `after − before`.
    public var delta: Double { after - before }
  }

  /// Funded in B only, sorted by candidate.
  public var added: [Allocation]
  /// Funded in A only, sorted by candidate.
  public var removed: [Allocation]
  /// Funded in both with another tier, start or set of sources, sorted by candidate.
  public var changed: [Changed]
  /// Funded in both the same way (tier, start, sources), sorted.
  public var unchanged: [CandidateID]
  /// Every (source, year) in either plan, sorted by source then year; only cells that differ when `movesOnly`.
  public var money: [MoneyMove]
  /// The criteria, in A's order, then any only B reports.
  public var criteria: [CriterionDelta]
  /// The objectives of A and B.
  public var objective: (before: Double, after: Double)
  /// The total cost of A and B (sum of funded allocations).
  public var totalCost: (before: Money, after: Money)

  /// Compares plan `a` with plan `b`.
  public init(_ a: PortfolioPlan, _ b: PortfolioPlan) {
    let before = Dictionary(a.allocations.map { ($0.candidate, $0) }, uniquingKeysWith: { first, _ in first })
    let after = Dictionary(b.allocations.map { ($0.candidate, $0) }, uniquingKeysWith: { first, _ in first })
    added = b.allocations.filter { before[$0.candidate] == nil }.sorted { $0.candidate < $1.candidate }
    removed = a.allocations.filter { after[$0.candidate] == nil }.sorted { $0.candidate < $1.candidate }
    var changed: [Changed] = []
    var unchanged: [CandidateID] = []
    for allocation in b.allocations.sorted(by: { $0.candidate < $1.candidate }) {
      guard let old = before[allocation.candidate] else { continue }
      let entry = Changed(candidate: allocation.candidate, before: old, after: allocation)
      if entry.tierChanged || entry.startChanged || entry.sourcesChanged {
        changed.append(entry)
      } else {
        unchanged.append(allocation.candidate)
      }
    }
    self.changed = changed
    self.unchanged = unchanged

    func cells(_ plan: PortfolioPlan) -> [String: (SourceID, Year, Money)] {
      var result: [String: (SourceID, Year, Money)] = [:]
      for allocation in plan.allocations {
        for payment in allocation.funding {
          let key = "\(payment.source)|\(payment.year)"
          let previous = result[key]?.2 ?? .zero
          result[key] = (payment.source, payment.year, previous + payment.amount)
        }
      }
      return result
    }
    let left = cells(a)
    let right = cells(b)
    var keys: [(SourceID, Year)] = []
    for key in Set(left.keys).union(right.keys) {
      if let cell = left[key] ?? right[key] { keys.append((cell.0, cell.1)) }
    }
    keys.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    money = keys.map { source, year in
      let key = "\(source)|\(year)"
      return MoneyMove(source: source, year: year, before: left[key]?.2 ?? .zero, after: right[key]?.2 ?? .zero)
    }

    var criteria = a.criteria.map { criterion in
      CriterionDelta(
        criterion: criterion.id, before: criterion.achieved,
        after: b.criteria.first { $0.id == criterion.id }?.achieved ?? 0)
    }
    for criterion in b.criteria where !a.criteria.contains(where: { $0.id == criterion.id }) {
      criteria.append(CriterionDelta(criterion: criterion.id, before: 0, after: criterion.achieved))
    }
    self.criteria = criteria
    objective = (a.objective, b.objective)
    totalCost = (a.allocations.map(\.totalFunding).sum(), b.allocations.map(\.totalFunding).sum())
  }

  /// The cells whose amount differs.
  public var moves: [MoneyMove] { money.filter { $0.delta != .zero } }

  /// The net change per source over all years, sorted by source (only sources that changed).
  public var netBySource: [(source: SourceID, delta: Money)] {
    var totals: [SourceID: Money] = [:]
    for move in money { totals[move.source, default: .zero] += move.delta }
    return totals.keys.sorted().compactMap { source in
      guard let delta = totals[source], delta != .zero else { return nil }
      return (source, delta)
    }
  }

  public static func == (lhs: PlanComparison, rhs: PlanComparison) -> Bool {
    lhs.added == rhs.added && lhs.removed == rhs.removed && lhs.changed == rhs.changed && lhs.unchanged == rhs.unchanged
      && lhs.money == rhs.money && lhs.criteria == rhs.criteria && lhs.objective == rhs.objective
      && lhs.totalCost == rhs.totalCost
  }
}
