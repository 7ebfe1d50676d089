/// A calendar year such as 2024 (four digits in the dataset).
///
/// `Year` is `Strideable`, so `first...last` is a range of years and `start + 2` is two years later.
public struct Year: RawRepresentable, Sendable, Hashable, Comparable, Strideable, Codable,
  ExpressibleByIntegerLiteral, CustomStringConvertible
{
  /// The year number (for example 2024).
  public var rawValue: Int

  /// Creates a year from its number.
  public init(rawValue: Int) { self.rawValue = rawValue }
  /// Creates a year from its number.
  public init(_ value: Int) { self.rawValue = value }
  /// Creates a year from an integer literal.
  public init(integerLiteral value: Int) { self.rawValue = value }

  /// Parses exactly four ASCII digits (`"2024"`); anything else gives `nil`.
  public static func parse(_ text: String) -> Year? {
    guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text)
    else { return nil }
    return Year(value)
  }

  /// The year number as text.
  public var description: String { String(rawValue) }

  public func distance(to other: Year) -> Int { other.rawValue - rawValue }
  public func advanced(by n: Int) -> Year { Year(rawValue + n) }
  public static func < (lhs: Year, rhs: Year) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Encodes as a plain integer.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
  /// Decodes a plain integer.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(Int.self)
  }

  /// Whether the year is a Gregorian leap year.
  public var isLeap: Bool { (rawValue % 4 == 0 && rawValue % 100 != 0) || rawValue % 400 == 0 }
}

/// A date on the proleptic Gregorian calendar, without time or zone (milestone due dates).
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1-12.
  public var month: Int
  /// The day of the month, 1-31.
  public var day: Int

  /// Creates a date; `precondition`s that the month and day exist.
  public init(year: Int, month: Int, day: Int) {
    precondition((1...12).contains(month), "month \(month) outside 1-12")
    precondition(day >= 1 && day <= CalendarDate.daysIn(month: month, year: year), "day \(day) not in \(year)-\(month)")
    self.year = year
    self.month = month
    self.day = day
  }

  /// The number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return Year(year).isLeap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The last day of the month `monthOffset` months counted from January of `year` (1 = 31 January of `year`).
  ///
  /// `precondition`s `monthOffset >= 1`.
  public static func endOfMonth(offset monthOffset: Int, from year: Year) -> CalendarDate {
    precondition(monthOffset >= 1, "month offset \(monthOffset) must be at least 1")
    let zeroBased = monthOffset - 1
    let y = year.rawValue + zeroBased / 12
    let m = zeroBased % 12 + 1
    return CalendarDate(year: y, month: m, day: daysIn(month: m, year: y))
  }

  /// Parses `YYYY-MM-DD`; `nil` when malformed or not a real date.
  public static func parse(_ text: String) -> CalendarDate? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    // ASCII digits only: `Int` alone would take `+1` as a two-character day and store it as `01`.
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y)
    else { return nil }
    return CalendarDate(year: y, month: m, day: d)
  }

  /// ISO 8601 `YYYY-MM-DD`.
  public var description: String {
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Encodes as the ISO string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
  /// Decodes the ISO string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate.parse(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid date '\(text)'")
    }
    self = date
  }
}
