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

  public static func < (lhs: LedgerTime, rhs: LedgerTime) -> Bool {
    (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
  }
}
