/// The shared shape of the domain's ID types: a non-empty string wrapped in its own type (STYLE C1).
///
/// Distinct types stop a firm ID from being passed where a candidate ID is expected. IDs order by
/// their raw string (code-point order), which is the documented sort key of every output.
public protocol DomainIdentifier: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
  /// Creates an ID from its text.
  init(_ rawValue: String)
}

extension DomainIdentifier {
  public init(rawValue: String) { self.init(rawValue) }
  public init(stringLiteral value: String) { self.init(value) }
  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8) }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }
}

/// A firm's ID (`F01`).
public struct FirmID: DomainIdentifier, CodingKeyRepresentable {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A candidate's ID (`DCB-D1`, `T03`, `I02`).
public struct CandidateID: DomainIdentifier, CodingKeyRepresentable {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A funding source's ID (`DCB`, `US`, `BIH-COFIN`).
public struct SourceID: DomainIdentifier, CodingKeyRepresentable {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A tier's ID, unique within its candidate (`basic`, `standard`, `full`).
public struct TierID: DomainIdentifier, CodingKeyRepresentable {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A milestone's ID, unique within its tier (`M1` .. `M4`).
public struct MilestoneID: DomainIdentifier, CodingKeyRepresentable {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A criterion's ID (`interoperability`, `exports`).
public struct CriterionID: DomainIdentifier, CodingKeyRepresentable {
  public var rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

extension DomainIdentifier where Self: CodingKeyRepresentable {
  public var codingKey: any CodingKey { IdentifierCodingKey(stringValue: rawValue) }
  public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }
}

/// The coding key an ID becomes when it keys a dictionary.
struct IdentifierCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { return nil }
}
