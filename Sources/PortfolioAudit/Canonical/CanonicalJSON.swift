/// A JSON value restricted to what the ledger writes (DESIGN §5): strings, integers, booleans, null,
/// arrays and objects. There are no floating-point numbers: money is integer cents, ratios and decimals
/// are strings.
///
/// ``encoded()`` writes the one canonical form (RFC 8785 JCS for this subset): object keys sorted by Unicode
/// code point, no whitespace, integers in plain decimal, strings escaping only `"`, `\` and the control
/// characters U+0000-U+001F (`\b \t \n \f \r` in short form, others as `\u00xx` with lowercase hex);
/// `/` and non-ASCII characters are written as they are, in UTF-8.
public indirect enum CanonicalJSON: Sendable, Equatable {
  /// A string (any Unicode text).
  case string(String)
  /// A signed 64-bit integer.
  case integer(Int64)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null
  /// An array, in order.
  case array([CanonicalJSON])
  /// An object; key order is irrelevant here and fixed by the encoder.
  case object([String: CanonicalJSON])

  /// The canonical UTF-8 bytes of this value (no trailing newline).
  public func encoded() -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(into: &output)
    return output
  }

  /// The canonical text of this value.
  public var canonicalText: String { String(decoding: encoded(), as: UTF8.self) }

  /// Appends the canonical bytes of this value to `output`.
  public func write(into output: inout [UInt8]) {
    switch self {
    case .string(let text): CanonicalJSON.writeString(text, into: &output)
    case .integer(let value): output.append(contentsOf: String(value).utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .null: output.append(contentsOf: "null".utf8)
    case .array(let items):
      output.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        item.write(into: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (index, key) in CanonicalJSON.sortedKeys(members).enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        CanonicalJSON.writeString(key, into: &output)
        output.append(UInt8(ascii: ":"))
        members[key]?.write(into: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// The keys of an object in code-point order (the order JCS prescribes for the keys the ledger uses,
  /// which are ASCII; for non-ASCII keys code-point order is used, as DESIGN §5 says).
  static func sortedKeys(_ members: [String: CanonicalJSON]) -> [String] {
    members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Writes a quoted, JCS-escaped string.
  static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x00..<0x20:
        output.append(contentsOf: Array("\\u00".utf8))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0f)])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}

extension CanonicalJSON {
  /// The string, when this is a string.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The integer, when this is an integer.
  public var integerValue: Int64? {
    if case .integer(let value) = self { return value }
    return nil
  }

  /// The members, when this is an object.
  public var objectValue: [String: CanonicalJSON]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The items, when this is an array.
  public var arrayValue: [CanonicalJSON]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// A short name of the value's JSON type, for error messages.
  public var typeName: String {
    switch self {
    case .string: return "string"
    case .integer: return "integer"
    case .bool: return "boolean"
    case .null: return "null"
    case .array: return "array"
    case .object: return "object"
    }
  }
}
