/// An amount of US dollars held as whole cents, so sums never drift (STYLE C8).
///
/// The dataset and the plan JSON speak whole dollars; `Money` keeps cents so that
/// splitting and reconciling amounts stays exact. Arithmetic traps on `Int64` overflow
/// (about 92 quadrillion dollars), which is a programmer error for this domain.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The amount in US cents (1/100 dollar); negative for debits.
  public var cents: Int64

  /// Creates an amount from cents.
  public init(cents: Int64) { self.cents = cents }

  /// Creates an amount from whole dollars.
  public init(dollars: Int64) { self.cents = dollars * 100 }

  /// Zero dollars.
  public static let zero = Money(cents: 0)

  /// The amount in whole dollars, rounded toward zero (cents dropped).
  public var wholeDollars: Int64 { cents / 100 }

  /// The amount in whole dollars, rounded half away from zero (`$1,234.50` is 1,235, `-$0.50` is -1): the one rule
  /// by which `audit status`, its tables and the reports print money in whole dollars.
  public var roundedDollars: Int64 {
    let (quotient, remainder) = cents.quotientAndRemainder(dividingBy: 100)
    return remainder.magnitude >= 50 ? quotient + (cents < 0 ? -1 : 1) : quotient
  }

  /// The amount in dollars as a `Double` (for building the LP; exact up to 2^53 cents).
  public var dollars: Double { Double(cents) / 100 }

  /// Whether the amount is a whole number of dollars.
  public var isWholeDollars: Bool { cents % 100 == 0 }

  /// Parses a whole-dollar amount written as plain ASCII digits (`"1200000"`).
  ///
  /// Signs, separators, decimals, suffixes and surrounding spaces are all rejected:
  /// `"1.5M"`, `"-3"`, `"12,000"`, `" 5"` give `nil`. Values beyond about 92 trillion dollars
  /// (that would overflow `Int64` cents) give `nil` too.
  /// - Returns: the amount, or `nil` when `text` is not plain digits.
  public static func parseWholeDollars(_ text: String) -> Money? {
    guard !text.isEmpty, text.utf8.count <= 15 else { return nil }
    var value: Int64 = 0
    for byte in text.utf8 {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int64(byte - 0x30)
    }
    return Money(dollars: value)
  }

  /// The amount formatted as `$1,234,567` (whole dollars, rounded toward zero), with `-$` when negative.
  public var formatted: String {
    let negative = cents < 0
    let digits = String(cents.magnitude / 100)
    var grouped = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(character)
    }
    return (negative ? "-$" : "$") + grouped
  }

  /// The amount formatted with cents when they are not zero (`$1,234.05`), else as `formatted`.
  public var formattedWithCents: String {
    let rest = cents.magnitude % 100
    guard rest != 0 else { return formatted }
    let base = cents < 0 && cents / 100 == 0 ? "-" + formatted : formatted
    return base + "." + (rest < 10 ? "0" : "") + String(rest)
  }

  /// The same as `formatted`.
  public var description: String { formatted }

  /// Encodes as a single integer of cents.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(cents)
  }

  /// Decodes a single integer of cents.
  public init(from decoder: any Decoder) throws {
    cents = try decoder.singleValueContainer().decode(Int64.self)
  }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
  public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
  public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
  public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
  public static func -= (lhs: inout Money, rhs: Money) { lhs.cents -= rhs.cents }
  public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }
  /// Scales an amount by a whole factor.
  public static func * (lhs: Money, rhs: Int64) -> Money { Money(cents: lhs.cents * rhs) }

  /// The percentage `percent` (0-100) of this amount, rounded down to the cent.
  public func percent(_ percent: Int) -> Money { Money(cents: cents * Int64(percent) / 100) }
}

extension Sequence where Element == Money {
  /// The sum of the amounts (zero when empty).
  public func sum() -> Money { reduce(Money.zero, +) }
}
