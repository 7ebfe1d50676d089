import PortfolioDomain

/// An entry's `time`: an instant in UTC written `YYYY-MM-DDTHH:MM:SSZ` (ISO 8601, whole seconds).
///
/// The time is a claim made by whoever appends the entry (the library never reads the clock); the order of
/// the ledger comes from `seq`, not from times.
public struct LedgerTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The UTC calendar date.
  public let date: CalendarDate
  /// Hours 0-23.
  public let hour: Int
  /// Minutes 0-59.
  public let minute: Int
  /// Seconds 0-59 (no leap seconds).
  public let second: Int

  /// Creates a time; `nil` when a field is out of range.
  public init?(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
    self.date = date
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
  public init?(_ text: String) {
    let utf8 = Array(text.utf8)
    guard utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
      utf8[16] == UInt8(ascii: ":"), utf8[19] == UInt8(ascii: "Z"),
      let date = CalendarDate.parse(String(decoding: utf8[0..<10], as: UTF8.self)),
      let hour = LedgerTime.twoDigits(utf8[11], utf8[12]), let minute = LedgerTime.twoDigits(utf8[14], utf8[15]),
      let second = LedgerTime.twoDigits(utf8[17], utf8[18])
    else { return nil }
    self.init(date: date, hour: hour, minute: minute, second: second)
  }

  private static func twoDigits(_ a: UInt8, _ b: UInt8) -> Int? {
    guard (0x30...0x39).contains(a), (0x30...0x39).contains(b) else { return nil }
    return Int(a - 0x30) * 10 + Int(b - 0x30)
  }

  /// The canonical text `YYYY-MM-DDTHH:MM:SSZ`.
  public var description: String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(date)T\(pad(hour)):\(pad(minute)):\(pad(second))Z"
  }

  /// Chronological order.
  public static func < (lhs: LedgerTime, rhs: LedgerTime) -> Bool {
    (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
  }
}

extension LedgerTime {
  /// The UTC time `seconds` after 1970-01-01T00:00:00Z, truncated to whole seconds (the caller reads the clock;
  /// this is calendar arithmetic only: H. Hinnant's civil-from-days).
  public init(secondsSince1970 seconds: Int64) {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = Int(seconds - days * 86_400)
    let z = Int(days) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    self.date = CalendarDate(year: year, month: month, day: day)
    self.hour = secondOfDay / 3600
    self.minute = secondOfDay % 3600 / 60
    self.second = secondOfDay % 60
  }
}
