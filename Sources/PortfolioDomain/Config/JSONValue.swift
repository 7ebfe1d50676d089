/// A JSON document as a value tree: the config loader's intermediate form.
///
/// Objects keep their keys in a dictionary (order is irrelevant: the canonical writer sorts them).
/// Integers that fit `Int64` stay exact; other numbers are `Double`.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The object's members, or `nil`.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The number as a `Double`, or `nil`.
  public var doubleValue: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .double(let value): value
    default: nil
    }
  }

  /// The JSON type's name for messages (`object`, `number`).
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .integer, .double: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// Canonical text: keys sorted by code point, no whitespace, strings escaped as RFC 8785 does
  /// (only `"`, `\` and control characters), integers as digits, other numbers in the shortest
  /// form that reads back to the same `Double` (integral values below 2^53 as integers).
  public var canonicalText: String {
    var out = ""
    write(to: &out)
    return out
  }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .integer(let value): out += String(value)
    case .double(let value): out += JSONValue.canonicalNumber(value)
    case .string(let value): JSONValue.writeString(value, to: &out)
    case .array(let values):
      out += "["
      for (index, value) in values.enumerated() {
        if index > 0 { out += "," }
        value.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      for (index, key) in keys.enumerated() {
        if index > 0 { out += "," }
        JSONValue.writeString(key, to: &out)
        out += ":"
        members[key]?.write(to: &out)
      }
      out += "}"
    }
  }

  /// The canonical text of a number (see `canonicalText`); non-finite values become `null`.
  public static func canonicalNumber(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
    return String(describing: value)
  }

  static func writeString(_ value: String, to out: inout String) {
    JSONString.append(value, to: &out)
  }
}
