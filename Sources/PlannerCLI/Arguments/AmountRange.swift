import Foundation

/// An amount of whole US dollars given on the command line, or a band `A..B` of two amounts.
///
/// Accepted forms (DESIGN §6): plain digits (`50000000`), a decimal with a suffix `K` (thousand),
/// `M` (million) or `B` (billion), either case (`50M`, `48.5M`, `750k`), and a band `A..B` of two such
/// amounts with `A <= B`. The arithmetic is exact (integers only), so `48.5M` is exactly 48,500,000;
/// a value that is not a whole number of dollars (`1.0000005M`, `12.5`), a negative or malformed
/// one, or one beyond `Int64` is an error.
public struct AmountRange: Sendable, Equatable, CustomStringConvertible {
  /// The lower end in whole dollars; `nil` for a single amount.
  public var lower: Int64?
  /// The single amount, or the upper end of a band, in whole dollars.
  public var upper: Int64

  /// A single amount (the band's maximum, when used as a budget).
  public init(amount: Int64) {
    lower = nil
    upper = amount
  }

  /// A band `lower...upper` in whole dollars.
  public init(lower: Int64, upper: Int64) {
    self.lower = lower
    self.upper = upper
  }

  /// Parses a single amount or an `A..B` band.
  ///
  /// - Throws: `AmountError` describing what is wrong with the text.
  public init(parsing text: String) throws(AmountError) {
    let trimmed = text.trimmingSpaces()
    if let dots = trimmed.range(of: "..") {
      let low = try Self.parseAmount(String(trimmed[..<dots.lowerBound]))
      let high = try Self.parseAmount(String(trimmed[dots.upperBound...]))
      guard low <= high else { throw AmountError("the band's lower end exceeds its upper end") }
      self.init(lower: low, upper: high)
    } else {
      self.init(amount: try Self.parseAmount(trimmed))
    }
  }

  /// `48,500,000` or `48,000,000..53,000,000`.
  public var description: String {
    let high = MoneyFormat.dollars(upper)
    guard let lower else { return high }
    return "\(MoneyFormat.dollars(lower))..\(high)"
  }

  /// Parses one amount in whole dollars.
  ///
  /// - Throws: `AmountError` when the text is empty, malformed, negative, fractional or too large.
  public static func parseAmount(_ text: String) throws(AmountError) -> Int64 {
    var digits = Substring(text)
    guard !digits.isEmpty else { throw AmountError("expected an amount such as 50000000, 50M or 48.5M") }
    if digits.hasPrefix("-") { throw AmountError("amounts cannot be negative") }
    var scale: Int64 = 1
    if let last = digits.last, let multiplier = suffixes[Character(last.lowercased())] {
      scale = multiplier
      digits = digits.dropLast()
    }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty,
      whole.allSatisfy(\.isASCIIDigit), parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
    else {
      throw AmountError("expected digits with an optional K, M or B suffix, such as 50000000, 50M or 48.5M")
    }
    guard let wholeValue = Int64(whole) else { throw AmountError("amount is too large") }
    let (scaled, overflow) = wholeValue.multipliedReportingOverflow(by: scale)
    guard !overflow else { throw AmountError("amount is too large") }
    guard scaled <= maximumDollars else { throw AmountError("amount is too large") }
    guard parts.count == 2 else { return scaled }
    // The fraction: fraction digits times scale must be a whole number of dollars.
    var fraction: Int64 = 0
    var denominator: Int64 = 1
    for digit in parts[1] {
      guard denominator <= 1_000_000_000_000 else { throw AmountError("too many decimal places") }
      fraction = fraction * 10 + Int64(digit.wholeNumberValue ?? 0)
      denominator *= 10
    }
    let (fractionScaled, overflow2) = fraction.multipliedReportingOverflow(by: scale)
    guard !overflow2 else { throw AmountError("amount is too large") }
    guard fractionScaled % denominator == 0 else { throw AmountError("amounts are whole dollars") }
    let (total, overflow3) = scaled.addingReportingOverflow(fractionScaled / denominator)
    guard !overflow3, total <= maximumDollars else { throw AmountError("amount is too large") }
    return total
  }

  /// The largest amount accepted, in whole dollars: money is held in integer cents (`Int64`), so
  /// anything above `Int64.max / 100` dollars could not be represented.
  public static let maximumDollars: Int64 = Int64.max / 100

  private static let suffixes: [Character: Int64] = ["k": 1_000, "m": 1_000_000, "b": 1_000_000_000]
}

/// Why an amount argument could not be read; the message is lowercase and says what is expected.
public struct AmountError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The explanation.
  public var description: String
  /// Creates an error with `description`.
  public init(_ description: String) { self.description = description }
}

extension Character {
  /// True for the ten ASCII digits only (not other scripts' digits).
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
