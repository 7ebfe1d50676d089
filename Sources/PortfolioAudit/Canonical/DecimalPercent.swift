/// A percentage written in the ledger as a decimal string (`"40"`, `"37.5"`, `"-2.25"`), held exactly as
/// basis points (hundredths of a percent).
///
/// The canonical text has at most two decimals, no trailing zeros after the point, no leading zeros and no
/// `+`; `-` only for a negative value. Values outside 0-100 are representable on purpose: the
/// `PercentCompleteOutOfRange` rule reports them instead of the parser hiding them.
public struct DecimalPercent: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The value in basis points: 1 % = 100 basis points.
  public let basisPoints: Int

  /// Creates a percentage from basis points (3750 = 37.5 %).
  public init(basisPoints: Int) { self.basisPoints = basisPoints }

  /// Parses canonical decimal text; `nil` when the text is not in canonical form.
  public init?(_ text: String) {
    var utf8 = Substring(text).utf8[...]
    var negative = false
    if utf8.first == UInt8(ascii: "-") {
      negative = true
      utf8 = utf8.dropFirst()
    }
    let parts = String(Substring(utf8)).split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 9,
      whole.utf8.allSatisfy({ (0x30...0x39).contains($0) }), whole == "0" || !whole.hasPrefix("0"),
      let wholeValue = Int(whole)
    else { return nil }
    var fraction = 0
    if parts.count == 2 {
      let digits = parts[1]
      guard (1...2).contains(digits.count), digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
        !digits.hasSuffix("0"), let value = Int(digits)
      else { return nil }
      fraction = digits.count == 1 ? value * 10 : value
    }
    let magnitude = wholeValue * 100 + fraction
    guard !(negative && magnitude == 0) else { return nil }
    basisPoints = negative ? -magnitude : magnitude
  }

  /// The canonical decimal text.
  public var text: String {
    let magnitude = basisPoints.magnitude
    var result = (basisPoints < 0 ? "-" : "") + String(magnitude / 100)
    let fraction = magnitude % 100
    if fraction != 0 {
      result += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
    }
    return result
  }

  /// The text followed by `%`.
  public var description: String { text + "%" }

  /// 100 %.
  public static let complete = DecimalPercent(basisPoints: 10_000)

  /// Numeric order.
  public static func < (lhs: DecimalPercent, rhs: DecimalPercent) -> Bool { lhs.basisPoints < rhs.basisPoints }
}
