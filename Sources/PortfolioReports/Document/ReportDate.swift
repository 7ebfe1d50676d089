/// A calendar date (proleptic Gregorian, no time zone) used everywhere a report shows a date.
///
/// Reports never read the clock: every date comes in from the caller (`--as-of`, the plan, the ledger).
/// `month` and `day` are 1-based. Comparison is chronological.
public struct ReportDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The four-digit year, e.g. 2026.
  public var year: Int
  /// The month, 1 (January) to 12.
  public var month: Int
  /// The day of the month, 1-based.
  public var day: Int

  /// Creates a date; traps when the month or day is out of range (a programmer error).
  public init(year: Int, month: Int, day: Int) {
    precondition((1...12).contains(month), "month \(month) out of 1...12")
    precondition(day >= 1 && day <= ReportDate.daysIn(year: year, month: month), "day \(day) out of range for \(year)-\(month)")
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (also the date part of an ISO 8601 timestamp such as `2026-03-31T12:00:00Z`).
  ///
  /// - Returns: `nil` when the text is not a valid calendar date.
  public init?(iso text: String) {
    let datePart = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), d >= 1, d <= ReportDate.daysIn(year: y, month: m)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The last day of a month: `lastDay(year: 2024, month: 2)` is 2024-02-29.
  public static func lastDay(year: Int, month: Int) -> ReportDate {
    ReportDate(year: year, month: month, day: daysIn(year: year, month: month))
  }

  /// The date on which milestone `monthOffset` of a tier starting in `startYear` is due (DESIGN §3).
  ///
  /// `monthOffset` is 1-based from January of `startYear`: 1 is 31 January, 13 is 31 January of the next year.
  public static func milestoneDue(startYear: Int, monthOffset: Int) -> ReportDate {
    precondition(monthOffset >= 1, "month offset \(monthOffset) must be >= 1")
    let zeroBased = monthOffset - 1
    return lastDay(year: startYear + zeroBased / 12, month: zeroBased % 12 + 1)
  }

  /// The number of days in a month of a year (Gregorian leap rule).
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `YYYY-MM-DD`.
  public var iso: String {
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `YYYY-MM-DD`.
  public var description: String { iso }

  /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil` algorithm.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `dayNumber` days after 1970-01-01 (Hinnant's `civil_from_days`).
  public init(dayNumber z0: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// A short label such as `Mar 2026`.
  public var monthLabel: String { "\(ReportDate.monthAbbreviations[month - 1]) \(year)" }

  /// English three-letter month names, fixed (no locale).
  public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  public static func < (lhs: ReportDate, rhs: ReportDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
