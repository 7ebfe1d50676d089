import PortfolioDomain

/// A JSON value with a deterministic writer: object keys sorted by code point, numbers written as given.
///
/// Numbers are kept as their text (`number("12.50")`), so a report's JSON carries exactly the digits its CSV shows.
public indirect enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as its JSON text (must be a valid JSON number).
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; written with keys sorted (duplicate keys keep the last value).
  case object([String: JSONValue])

  /// An integer number.
  public static func int(_ v: Int64) -> JSONValue { .number(String(v)) }
  /// An integer number.
  public static func int(_ v: Int) -> JSONValue { .number(String(v)) }

  /// Pretty-printed text: two-space indent, `": "` after keys, keys sorted, a final newline.
  public func prettyPrinted() -> String {
    var out = ""
    write(into: &out, indent: 0)
    return out + "\n"
  }

  private func write(into out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let closePad = String(repeating: "  ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): out += JSONValue.quote(s)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(into: &out, indent: indent + 1)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      out += closePad + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      let keys = members.keys.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
      for (i, key) in keys.enumerated() {
        out += pad + JSONValue.quote(key) + ": "
        members[key, default: .null].write(into: &out, indent: indent + 1)
        out += i + 1 < keys.count ? ",\n" : "\n"
      }
      out += closePad + "}"
    }
  }

  /// A JSON string literal: escapes `"`, `\` and control characters (as `\n`, `\t`, ... or `\u00XX`); nothing else.
  public static func quote(_ s: String) -> String { JSONString.quoted(s) }
}
