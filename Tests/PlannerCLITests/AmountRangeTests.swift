import Testing

@testable import PlannerCLI

@Suite("Amount arguments", .tags(.small))
struct AmountRangeTests {
  @Test(
    "Reads whole dollars with and without a suffix, exactly",
    arguments: [
      ("50000000", Int64(50_000_000)), ("50M", 50_000_000), ("48.5M", 48_500_000), ("48.5m", 48_500_000),
      ("750k", 750_000), ("1.25K", 1_250), ("2B", 2_000_000_000), ("0", 0), ("0.000001M", 1),
      (" 53M ", 53_000_000), ("92233720368547758", AmountRange.maximumDollars),
    ])
  func readsAmounts(text: String, dollars: Int64) throws {
    #expect(try AmountRange(parsing: text) == AmountRange(amount: dollars))
  }

  @Test("Reads a band A..B")
  func readsBand() throws {
    #expect(try AmountRange(parsing: "48M..53M") == AmountRange(lower: 48_000_000, upper: 53_000_000))
    #expect(try AmountRange(parsing: "1.5M..2000000") == AmountRange(lower: 1_500_000, upper: 2_000_000))
    #expect(try AmountRange(parsing: "5M..5M").lower == 5_000_000)
  }

  @Test(
    "Rejects malformed, negative, fractional and oversized amounts with a reason",
    arguments: [
      ("", "expected an amount such as 50000000, 50M or 48.5M"),
      ("-3", "amounts cannot be negative"),
      ("12,000", "expected digits with an optional K, M or B suffix, such as 50000000, 50M or 48.5M"),
      ("1.5", "amounts are whole dollars"),
      ("1.0000005M", "amounts are whole dollars"),
      ("M", "expected digits with an optional K, M or B suffix, such as 50000000, 50M or 48.5M"),
      ("5X", "expected digits with an optional K, M or B suffix, such as 50000000, 50M or 48.5M"),
      ("1.M", "expected digits with an optional K, M or B suffix, such as 50000000, 50M or 48.5M"),
      ("9223372036854775808", "amount is too large"),
      ("92233720368547759", "amount is too large"),
      ("1000000000B", "amount is too large"),
      ("99999999999B", "amount is too large"),
      ("53M..48M", "the band's lower end exceeds its upper end"),
      ("..5M", "expected an amount such as 50000000, 50M or 48.5M"),
    ])
  func rejects(text: String, reason: String) {
    #expect(throws: AmountError(reason)) { try AmountRange(parsing: text) }
  }

  @Test("Describes itself with thousands separators")
  func describes() {
    #expect(AmountRange(amount: 48_500_000).description == "48,500,000")
    #expect(AmountRange(lower: 0, upper: 1_000).description == "0..1,000")
  }
}
