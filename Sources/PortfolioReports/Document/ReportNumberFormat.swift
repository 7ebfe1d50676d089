import PortfolioDomain

/// The one number formatter of every report: fixed rules, no locale, no Foundation.
///
/// Money is whole US dollars with comma thousands separators (`$1,234,567`, negatives `-$1,200`);
/// percents and ratios use a fixed number of decimals chosen by the caller and rounded half away from zero.
public enum ReportNumberFormat {
  /// Groups the digits of `value` in threes with commas: `1234567` -> `1,234,567`, `-1200` -> `-1,200`.
  public static func grouped(_ value: Int64) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return value < 0 ? "-" + out : out
  }

  /// Whole dollars as `$1,234,567`; negative amounts as `-$1,234`.
  public static func money(_ dollars: Int64) -> String {
    dollars < 0 ? "-$" + grouped(Int64(dollars.magnitude)) : "$" + grouped(dollars)
  }

  /// An amount as an exact decimal number of dollars, no grouping: whole amounts as an integer (`100`), others with
  /// two decimals (`100.50`, `-0.75`). IATI `value` elements (xsd:decimal) carry it.
  public static func decimalDollars(_ amount: Money) -> String {
    let (dollars, cents) = amount.cents.magnitude.quotientAndRemainder(dividingBy: 100)
    let sign = amount.cents < 0 ? "-" : ""
    guard cents != 0 else { return sign + String(dollars) }
    return sign + String(dollars) + "." + (cents < 10 ? "0" : "") + String(cents)
  }

  /// Whole dollars in millions with `decimals` decimals, e.g. `money(millions: 48_500_000, decimals: 1)` is `$48.5M`.
  public static func money(millions dollars: Double, decimals: Int) -> String {
    let text = fixed(dollars / 1_000_000, decimals: decimals)
    return text.hasPrefix("-") ? "-$" + text.dropFirst() + "M" : "$" + text + "M"
  }

  /// `value` with exactly `decimals` digits after the point (0...9), rounded half away from zero; no grouping.
  ///
  /// Non-finite values print as `n/a`. Negative zero prints as `0`.
  public static func fixed(_ value: Double, decimals: Int) -> String {
    precondition((0...9).contains(decimals), "decimals \(decimals) out of 0...9")
    guard value.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled.magnitude < 9.0e18 else { return "n/a" }
    let n = Int64(scaled)
    let negative = n < 0
    var digits = String(n.magnitude)
    if decimals > 0 {
      if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
    }
    return negative ? "-" + digits : digits
  }

  /// `value` percent with `decimals` decimals and a `%` sign: `percent(12.345, decimals: 1)` is `12.3%`.
  ///
  /// `value` is in percentage points (50 means half).
  public static func percent(_ value: Double, decimals: Int) -> String { fixed(value, decimals: decimals) + "%" }

  /// A number with grouping and `decimals` decimals: `decimal(1234.5, decimals: 2)` is `1,234.50`.
  public static func decimal(_ value: Double, decimals: Int) -> String {
    let plain = fixed(value, decimals: decimals)
    guard plain != "n/a" else { return plain }
    let negative = plain.hasPrefix("-")
    let body = negative ? String(plain.dropFirst()) : plain
    let parts = body.split(separator: ".", maxSplits: 1)
    let intPart = Int64(parts[0]) ?? 0
    var out = grouped(intPart)
    if parts.count == 2 { out += "." + parts[1] }
    return negative ? "-" + out : out
  }
}
