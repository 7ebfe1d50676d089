/// Escaping for HTML, SVG and XML text and attribute values.
public enum MarkupEscaping {
  /// Escapes `&`, `<`, `>`, `"` and `'` as entities and drops characters XML 1.0 forbids (C0 controls
  /// except tab, LF and CR, and U+FFFE/U+FFFF), so the result is safe in text and in quoted attribute values.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        let v = scalar.value
        if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A fixed one-decimal coordinate for SVG attributes (`12.5`, `-3.0`), locale-free.
  public static func coordinate(_ value: Double) -> String { ReportNumberFormat.fixed(value, decimals: 1) }
}
