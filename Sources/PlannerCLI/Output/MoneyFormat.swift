import PortfolioDomain

/// Formats money for tables: whole US dollars with comma thousands separators, no locale.
public enum MoneyFormat {
  /// `1234567` as `1,234,567`; negative amounts get a leading `-`.
  public static func dollars(_ amount: Int64) -> String {
    let magnitude = String(amount.magnitude)
    var grouped = ""
    for (offset, digit) in magnitude.enumerated() {
      if offset > 0, (magnitude.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return amount < 0 ? "-" + grouped : grouped
  }

  /// An amount in cents shown in whole dollars, rounded half away from zero (`123456789` as `1,234,568`).
  public static func dollars(cents: Int64) -> String {
    dollars(Money(cents: cents).roundedDollars)
  }
}
