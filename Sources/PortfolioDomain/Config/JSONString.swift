/// The one JSON string-literal writer of the project, shared by the config's canonical JSON, the report
/// JSON and the CLI's JSON output, so every JSON we emit escapes text the same way.
///
/// It escapes exactly `"`, `\` and the control characters U+0000-U+001F (as `\b`, `\f`, `\n`, `\r`, `\t`
/// or `\u00xx` with lowercase hex); `/` and every non-ASCII character are written as they are, in UTF-8,
/// which is what RFC 8785 (JCS) prescribes for strings.
public enum JSONString {
  /// Appends `value` as a quoted JSON string literal to `out`.
  public static func append(_ value: String, to out: inout String) {
    out += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }

  /// `value` as a quoted JSON string literal.
  public static func quoted(_ value: String) -> String {
    var out = ""
    append(value, to: &out)
    return out
  }
}
