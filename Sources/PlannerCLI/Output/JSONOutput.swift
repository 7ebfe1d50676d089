import PortfolioDomain

/// A JSON value written by our own printer, so output is the same bytes on every platform (STYLE C5).
///
/// Foundation's `JSONEncoder` formats differently on Linux and macOS (spacing, empty containers,
/// number forms); this printer fixes one form: keys sorted by their UTF-8 bytes, two-space
/// indentation, `"key": value`, empty containers as `[]` and `{}`, strings escaped as RFC 8785 does
/// (only `"`, `\` and control characters; `/` and non-ASCII are written as they are), integers as
/// digits, doubles in Swift's shortest round-trip form, and non-finite doubles as `null`.
public indirect enum JSONOutput: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` / `false`.
  case bool(Bool)
  /// An integer.
  case integer(Int64)
  /// A double (non-finite values print as `null`).
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONOutput])
  /// An object; keys are sorted when printed.
  case object([String: JSONOutput])

  /// The pretty-printed text with a final newline.
  public var text: String {
    var output = ""
    write(to: &output, indent: 0)
    return output + "\n"
  }

  /// An optional value, `null` when absent.
  public static func optional<T>(_ value: T?, _ transform: (T) -> JSONOutput) -> JSONOutput {
    value.map(transform) ?? .null
  }

  private func write(to output: inout String, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .integer(let number): output += String(number)
    case .number(let number): output += Self.format(number)
    case .string(let text): Self.writeString(text, to: &output)
    case .array(let items):
      guard !items.isEmpty else {
        output += "[]"
        return
      }
      output += "[\n"
      for (index, item) in items.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        item.write(to: &output, indent: indent + 1)
        output += index == items.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (index, key) in keys.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        Self.writeString(key, to: &output)
        output += ": "
        members[key, default: .null].write(to: &output, indent: indent + 1)
        output += index == keys.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }

  /// A finite double in Swift's shortest round-trip form (`0.5`, `1e-06`, `120.0`); `null` otherwise.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number == 0 { return "0.0" }
    return "\(number)"
  }

  private static func writeString(_ text: String, to output: inout String) {
    JSONString.append(text, to: &output)
  }
}
