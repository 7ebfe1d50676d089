import Testing
@testable import PortfolioAudit

@Suite("Decimal percent")
struct DecimalPercentTests {
  @Test(
    "Reads canonical decimals exactly as basis points",
    arguments: [("0", 0), ("40", 4000), ("37.5", 3750), ("2.25", 225), ("0.05", 5), ("100", 10_000), ("-2.5", -250),
      ("120", 12_000)])
  func reads(_ text: String, _ basisPoints: Int) throws {
    let percent = try #require(DecimalPercent(text))
    #expect(percent.basisPoints == basisPoints)
    #expect(percent.text == text)
  }

  @Test(
    "Rejects non-canonical text",
    arguments: ["", "-0", "040", "37.50", "1.", ".5", "1.234", "+5", "5%", " 5", "1e2", "--1", "1.0"])
  func rejects(_ text: String) {
    #expect(DecimalPercent(text) == nil)
  }
}
