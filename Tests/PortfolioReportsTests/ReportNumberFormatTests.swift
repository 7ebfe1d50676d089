import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("Report number format")
struct ReportNumberFormatTests {
  @Test("Writes exact decimal dollars: integers when whole, else two decimals", arguments: [
    (Int64(10_000), "100"), (10_050, "100.50"), (-75, "-0.75"), (5, "0.05"), (-10_005, "-100.05"), (0, "0"), (-100, "-1"),
  ])
  func decimalDollars(_ cents: Int64, _ expected: String) {
    #expect(ReportNumberFormat.decimalDollars(Money(cents: cents)) == expected)
  }

  @Test("Rounds cents to whole dollars half away from zero", arguments: [
    (Int64(149), Int64(1)), (150, 2), (-150, -2), (-149, -1), (20_120_567_497, 201_205_675), (0, 0),
  ])
  func wholeDollars(_ cents: Int64, _ expected: Int64) {
    #expect(Money(cents: cents).roundedDollars == expected)
  }

  @Test("Groups money in threes with a dollar sign", arguments: [
    (Int64(0), "$0"), (999, "$999"), (1_000, "$1,000"), (1_234_567, "$1,234,567"), (-1_200, "-$1,200"), (-999, "-$999"),
    (53_000_000, "$53,000,000"),
  ])
  func money(_ value: Int64, _ expected: String) {
    #expect(ReportNumberFormat.money(value) == expected)
  }

  @Test("Prints fixed decimals rounded half away from zero", arguments: [
    (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (12.345, 1, "12.3"), (0.5, 0, "1"), (-0.0, 2, "0.00"), (-0.001, 2, "0.00"), (7.0, 3, "7.000"),
    (0.05, 2, "0.05"), (1234.5, 0, "1235"),
  ])
  func fixed(_ value: Double, _ decimals: Int, _ expected: String) {
    #expect(ReportNumberFormat.fixed(value, decimals: decimals) == expected)
  }

  @Test("Prints non-finite numbers as n/a")
  func nonFinite() {
    #expect(ReportNumberFormat.fixed(.nan, decimals: 2) == "n/a")
    #expect(ReportNumberFormat.fixed(.infinity, decimals: 0) == "n/a")
  }

  @Test("Formats percents, grouped decimals and millions")
  func others() {
    #expect(ReportNumberFormat.percent(96.226, decimals: 1) == "96.2%")
    #expect(ReportNumberFormat.decimal(-1234.5, decimals: 2) == "-1,234.50")
    #expect(ReportNumberFormat.money(millions: 48_500_000, decimals: 1) == "$48.5M")
    #expect(ReportNumberFormat.money(millions: -2_000_000, decimals: 0) == "-$2M")
  }

  @Test("Cells show the same digits in display and plain forms")
  func cells() {
    #expect(ReportCell.money(-1_200).display == "-$1,200")
    #expect(ReportCell.money(-1_200).plain == "-1200")
    #expect(ReportCell.percent(12.345, decimals: 1).plain == "12.3")
    #expect(ReportCell.percent(12.345, decimals: 1).display == "12.3%")
    #expect(ReportCell.year(2026).display == "2026")
    #expect(ReportCell.ratio(.nan, decimals: 2).plain == "")
    #expect(ReportCell.status(.amber).plain == "amber")
  }
}
