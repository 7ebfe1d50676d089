import PortfolioDomain

/// A ledger entry or payload that does not follow its schema (see README.md, "Payload schemas").
public struct LedgerFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Where in the entry: a dotted path such as `payload.milestones[2].pvCents`.
  public var path: String
  /// What is wrong, lowercase, quoting the bad value.
  public var message: String

  /// Creates an error at `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}

/// Typed, strict reading of one JSON object of a ledger entry: every required key present with its type, no
/// unknown keys, and errors that name the field path.
struct PayloadReader {
  let members: [String: CanonicalJSON]
  let path: String

  /// Wraps `value`, which must be an object whose keys are all in `allowed`.
  init(_ value: CanonicalJSON, path: String, allowed: Set<String>) throws(LedgerFormatError) {
    guard let members = value.objectValue else {
      throw LedgerFormatError(path: path, message: "expected an object, found \(value.typeName)")
    }
    for key in CanonicalJSON.sortedKeys(members) where !allowed.contains(key) {
      throw LedgerFormatError(path: path, message: "unknown key '\(key)'")
    }
    self.members = members
    self.path = path
  }

  func child(_ key: String) -> String { "\(path).\(key)" }

  func value(_ key: String) throws(LedgerFormatError) -> CanonicalJSON {
    guard let value = members[key] else { throw LedgerFormatError(path: path, message: "missing key '\(key)'") }
    return value
  }

  func string(_ key: String) throws(LedgerFormatError) -> String {
    let found = try value(key)
    guard let text = found.stringValue else {
      throw LedgerFormatError(path: child(key), message: "expected a string, found \(found.typeName)")
    }
    return text
  }

  func nonEmptyString(_ key: String) throws(LedgerFormatError) -> String {
    let text = try string(key)
    guard !text.isEmpty else { throw LedgerFormatError(path: child(key), message: "must not be empty") }
    return text
  }

  func optionalString(_ key: String) throws(LedgerFormatError) -> String? {
    members[key] == nil ? nil : try string(key)
  }

  func integer(_ key: String) throws(LedgerFormatError) -> Int64 {
    let found = try value(key)
    guard let number = found.integerValue else {
      throw LedgerFormatError(path: child(key), message: "expected an integer, found \(found.typeName)")
    }
    return number
  }

  func int(_ key: String) throws(LedgerFormatError) -> Int {
    let number = try integer(key)
    guard let small = Int(exactly: number) else {
      throw LedgerFormatError(path: child(key), message: "integer \(number) out of range")
    }
    return small
  }

  /// The largest amount of money an entry may carry, in cents: $9,999,999,999,999.99 (13 digits of dollars, as
  /// `audit record --amount` accepts). Sums of many such amounts stay far inside `Int64`.
  static let maximumMoneyCents: Int64 = 999_999_999_999_999

  func money(_ key: String) throws(LedgerFormatError) -> Money {
    let cents = try integer(key)
    guard cents.magnitude <= UInt64(Self.maximumMoneyCents) else {
      throw LedgerFormatError(
        path: child(key), message: "\(cents) cents is beyond ±\(Self.maximumMoneyCents) (about $10 trillion)")
    }
    return Money(cents: cents)
  }

  func date(_ key: String) throws(LedgerFormatError) -> CalendarDate {
    let text = try string(key)
    guard let date = CalendarDate.parse(text) else {
      throw LedgerFormatError(path: child(key), message: "'\(text)' is not a date YYYY-MM-DD")
    }
    return date
  }

  func optionalDate(_ key: String) throws(LedgerFormatError) -> CalendarDate? {
    members[key] == nil ? nil : try date(key)
  }

  func hexDigest(_ key: String) throws(LedgerFormatError) -> String {
    let text = try string(key)
    guard text.utf8.count == 64, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { throw LedgerFormatError(path: child(key), message: "'\(text)' is not 64 lowercase hex digits") }
    return text
  }

  func array(_ key: String) throws(LedgerFormatError) -> [CanonicalJSON] {
    let found = try value(key)
    guard let items = found.arrayValue else {
      throw LedgerFormatError(path: child(key), message: "expected an array, found \(found.typeName)")
    }
    return items
  }

  func object(_ key: String) throws(LedgerFormatError) -> [String: CanonicalJSON] {
    let found = try value(key)
    guard let object = found.objectValue else {
      throw LedgerFormatError(path: child(key), message: "expected an object, found \(found.typeName)")
    }
    return object
  }

  func percent(_ key: String) throws(LedgerFormatError) -> DecimalPercent {
    let text = try string(key)
    guard let percent = DecimalPercent(text) else {
      throw LedgerFormatError(
        path: child(key), message: "'\(text)' is not a canonical decimal (at most 2 decimals, no trailing zeros)")
    }
    return percent
  }

  func optionalPercent(_ key: String) throws(LedgerFormatError) -> DecimalPercent? {
    members[key] == nil ? nil : try percent(key)
  }
}

/// Builds a JSON object, leaving out optional members that are `nil`.
struct PayloadWriter {
  private(set) var members: [String: CanonicalJSON] = [:]

  mutating func set(_ key: String, _ value: String) { members[key] = .string(value) }
  mutating func set(_ key: String, _ value: String?) { if let value { members[key] = .string(value) } }
  mutating func set(_ key: String, _ value: Int) { members[key] = .integer(Int64(value)) }
  mutating func set(_ key: String, _ value: Int64) { members[key] = .integer(value) }
  mutating func set(_ key: String, _ value: Money) { members[key] = .integer(value.cents) }
  mutating func set(_ key: String, _ value: CalendarDate) { members[key] = .string(value.description) }
  mutating func set(_ key: String, _ value: CalendarDate?) { if let value { set(key, value) } }
  mutating func set(_ key: String, _ value: DecimalPercent?) { if let value { members[key] = .string(value.text) } }
  mutating func set(_ key: String, _ value: CanonicalJSON) { members[key] = value }

  var json: CanonicalJSON { .object(members) }
}
