/// A BiH entity (or the Brčko District), the political unit a firm sits in.
public enum Entity: String, Sendable, Hashable, Comparable, Codable, CaseIterable, CodingKeyRepresentable {
  /// The Federation of Bosnia and Herzegovina.
  case fbih = "FBiH"
  /// Republika Srpska.
  case rs = "RS"
  /// Brčko District.
  case bd = "BD"

  public static func < (lhs: Entity, rhs: Entity) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What kind of item a candidate is.
public enum CandidateKind: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
  /// A NATO DCB project for the defence system (MoD/AFBiH).
  case dcbDefence = "dcb-defence"
  /// A NATO DCB project for the security system (Ministry of Security).
  case dcbSecurity = "dcb-security"
  /// A technology transfer from a pact partner to a BiH firm.
  case technologyTransfer = "technology-transfer"
  /// An investment in a BiH firm's production or overhaul capacity.
  case industryCapacity = "industry-capacity"

  /// Whether this is one of the 12 DCB projects.
  public var isDCB: Bool { self == .dcbDefence || self == .dcbSecurity }
  /// Whether payments to this kind count as "industry money" for the entity bounds.
  public var isIndustry: Bool { self == .technologyTransfer || self == .industryCapacity }

  public static func < (lhs: CandidateKind, rhs: CandidateKind) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// A "New Security" pact partner (FACTS §4.6: a think-tank proposal, not a treaty).
public enum Partner: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
  /// The United States.
  case us = "US"
  /// The United Kingdom.
  case uk = "UK"
  /// Turkey.
  case tr = "TR"
  /// Norway.
  case no = "NO"

  public static func < (lhs: Partner, rhs: Partner) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The kind of a funding source.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The NATO DCB fund (pays DCB projects only; its total is the scenario's budget band).
  case dcbFund = "dcb-fund"
  /// A pact partner's pledge.
  case pactPledge = "pact-pledge"
  /// BiH firm and entity co-financing.
  case coFinancing = "co-financing"
}

/// How sure a stated fact is (FACTS.md's legend).
public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
  /// Official or primary source, or two independent sources that agree.
  case high = "H"
  /// One reputable outlet, or a secondary source quoting an official.
  case medium = "M"
  /// An aggregator, a mirror, or a figure inferred from context.
  case low = "L"
}

/// Where a row's fact or estimate comes from.
public struct Provenance: Sendable, Hashable, Codable {
  /// A URL or document name; empty when none.
  public var source: String
  /// Whether the figure is invented for the dataset.
  public var illustrative: Bool
  /// The confidence of a sourced figure; `nil` for illustrative rows.
  public var confidence: Confidence?

  /// Creates a provenance note.
  public init(source: String = "", illustrative: Bool = true, confidence: Confidence? = nil) {
    self.source = source
    self.illustrative = illustrative
    self.confidence = confidence
  }

  /// An invented figure with no source.
  public static let illustrative = Provenance()
}
