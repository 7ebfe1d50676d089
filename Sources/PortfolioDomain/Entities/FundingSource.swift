/// A funding source: the DCB fund, a pact pledge or BiH co-financing (`sources.csv` and its satellites).
public struct FundingSource: Sendable, Hashable, Codable, Identifiable {
  /// The source's ID (`DCB`, `US`).
  public var id: SourceID
  /// Its name.
  public var name: String
  /// What kind of source it is.
  public var kind: SourceKind
  /// The paying country (ISO 3166 alpha-2, or `NATO`), when meaningful.
  public var country: String?
  /// The least it must pay in total over the horizon; `nil`: no floor (0).
  public var minTotal: Money?
  /// The most it may pay in total over the horizon; `nil`: no cap.
  public var maxTotal: Money?
  /// The most it may pay of one funded tier's total cost, in whole percent (0-100; 100 when the cell is empty).
  public var maxSharePercent: Int
  /// Its caps per year (`source-years.csv`), sorted by year; a year without a row has no cap.
  public var yearlyCaps: [YearlyCap]
  /// What it may pay for (`eligibility.csv`); empty: anything.
  public var eligibility: [EligibilityRule]
  /// Where its figures come from.
  public var provenance: Provenance

  /// Creates a source.
  public init(
    id: SourceID, name: String, kind: SourceKind, country: String? = nil, minTotal: Money? = nil,
    maxTotal: Money? = nil, maxSharePercent: Int = 100, yearlyCaps: [YearlyCap] = [],
    eligibility: [EligibilityRule] = [], provenance: Provenance = .illustrative
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.country = country
    self.minTotal = minTotal
    self.maxTotal = maxTotal
    self.maxSharePercent = maxSharePercent
    self.yearlyCaps = yearlyCaps.sorted { $0.year < $1.year }
    self.eligibility = eligibility
    self.provenance = provenance
  }

  /// The cap in `year`, or `nil` when that year has none.
  public func cap(in year: Year) -> Money? { yearlyCaps.first { $0.year == year }?.max }

  /// Whether it may pay for `candidate`, whose firm sits in `entity` (DESIGN §3: no rules means
  /// anything; otherwise any matching rule).
  public func mayPay(for candidate: Candidate, firmEntity entity: Entity?) -> Bool {
    eligibility.isEmpty || eligibility.contains { $0.matches(candidate, firmEntity: entity) }
  }
}

/// A source's cap in one year.
public struct YearlyCap: Sendable, Hashable, Codable {
  /// The year.
  public var year: Year
  /// The most the source may pay that year.
  public var max: Money

  /// Creates a yearly cap.
  public init(year: Year, max: Money) {
    self.year = year
    self.max = max
  }
}

/// One row of `eligibility.csv`: a condition under which a source may pay for a candidate.
public enum EligibilityRule: Sendable, Hashable, Codable {
  /// The candidate is of this kind.
  case kind(CandidateKind)
  /// The candidate has this pact partner.
  case partner(Partner)
  /// The candidate is this one.
  case candidate(CandidateID)
  /// The candidate carries this tag.
  case tag(String)
  /// The candidate's firm sits in this entity.
  case entity(Entity)

  /// The rule's name in `eligibility.csv`.
  public var ruleName: String {
    switch self {
    case .kind: "kind"
    case .partner: "partner"
    case .candidate: "candidate"
    case .tag: "tag"
    case .entity: "entity"
    }
  }

  /// The rule's value as written in `eligibility.csv`.
  public var value: String {
    switch self {
    case .kind(let kind): kind.rawValue
    case .partner(let partner): partner.rawValue
    case .candidate(let id): id.rawValue
    case .tag(let tag): tag
    case .entity(let entity): entity.rawValue
    }
  }

  /// The rule names `eligibility.csv` accepts.
  public static let ruleNames = ["candidate", "entity", "kind", "partner", "tag"]

  /// Whether `candidate` (whose firm sits in `entity`) satisfies the rule.
  public func matches(_ candidate: Candidate, firmEntity entity: Entity?) -> Bool {
    switch self {
    case .kind(let kind): candidate.kind == kind
    case .partner(let partner): candidate.partner == partner
    case .candidate(let id): candidate.id == id
    case .tag(let tag): candidate.tags.contains(tag)
    case .entity(let wanted): entity == wanted
    }
  }
}

/// A link between two candidates (`relations.csv`).
public struct Relation: Sendable, Hashable, Codable {
  /// What the link means.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// If `a` is funded, `b` is funded and `a` starts at least `lagYears` after `b` starts.
    case requires
    /// `a` and `b` are not both funded.
    case excludes
  }

  /// What the link means.
  public var kind: Kind
  /// The first candidate.
  public var a: CandidateID
  /// The second candidate.
  public var b: CandidateID
  /// Start-to-start lag in whole years (`requires` only; 0 for `excludes`).
  public var lagYears: Int

  /// Creates a relation.
  public init(kind: Kind, a: CandidateID, b: CandidateID, lagYears: Int = 0) {
    self.kind = kind
    self.a = a
    self.b = b
    self.lagYears = lagYears
  }

  /// `a requires b` with a start-to-start lag.
  public static func requires(_ a: CandidateID, _ b: CandidateID, lag: Int = 0) -> Relation {
    Relation(kind: .requires, a: a, b: b, lagYears: lag)
  }

  /// `a excludes b`.
  public static func excludes(_ a: CandidateID, _ b: CandidateID) -> Relation {
    Relation(kind: .excludes, a: a, b: b, lagYears: 0)
  }
}
