import Testing
import PortfolioDomain

@Suite("Money")
struct MoneyTests {
  @Test("Parses plain digits as whole dollars")
  func parsesPlainDigits() throws {
    let amount = try #require(Money.parseWholeDollars("1200000"))
    #expect(amount.cents == 120_000_000)
    #expect(amount.wholeDollars == 1_200_000)
    #expect(Money.parseWholeDollars("0") == .zero)
  }

  @Test("Whole dollars: truncated toward zero, or rounded half away from zero", arguments: [
    (Int64(149), Int64(1), Int64(1)), (150, 1, 2), (-150, -1, -2), (-149, -1, -1), (-49, 0, 0), (0, 0, 0),
  ])
  func wholeAndRoundedDollars(cents: Int64, whole: Int64, rounded: Int64) {
    #expect(Money(cents: cents).wholeDollars == whole)
    #expect(Money(cents: cents).roundedDollars == rounded)
  }

  @Test("Rejects anything that is not plain digits", arguments: ["1.5M", "-3", "12,000", " 5", "5 ", "", "1e6", "+4", "0x10", "１２"])
  func rejectsMalformed(text: String) {
    #expect(Money.parseWholeDollars(text) == nil)
  }

  @Test("Rejects amounts that would overflow cents")
  func rejectsOverflow() {
    #expect(Money.parseWholeDollars("9999999999999999") == nil)
    #expect(Money.parseWholeDollars("999999999999999") != nil)
  }

  @Test("Formats with thousands separators")
  func formats() {
    #expect(Money(dollars: 1_234_567).formatted == "$1,234,567")
    #expect(Money(dollars: 999).formatted == "$999")
    #expect(Money(dollars: 1000).formatted == "$1,000")
    #expect(Money.zero.formatted == "$0")
    #expect(Money(dollars: -48_000_000).formatted == "-$48,000,000")
    #expect(Money(cents: 123_405).formattedWithCents == "$1,234.05")
  }

  @Test("Adds, subtracts and sums exactly")
  func arithmetic() {
    let a = Money(cents: 10), b = Money(cents: 20)
    #expect((a + b).cents == 30)
    #expect((b - a).cents == 10)
    #expect([a, b, Money(dollars: 1)].sum() == Money(cents: 130))
    #expect(Money(dollars: 200).percent(50) == Money(dollars: 100))
    #expect(a < b)
  }
}
