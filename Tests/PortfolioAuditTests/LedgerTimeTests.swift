import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Ledger time")
struct LedgerTimeTests {
  @Test("Reads and writes YYYY-MM-DDTHH:MM:SSZ")
  func roundTrip() throws {
    let time = try #require(LedgerTime("2025-12-31T23:59:59Z"))
    #expect(time.description == "2025-12-31T23:59:59Z")
    #expect(time.date.description == "2025-12-31")
  }

  @Test(
    "Rejects other forms",
    arguments: ["2025-12-31", "2025-12-31T23:59:59", "2025-12-31T24:00:00Z", "2025-02-30T00:00:00Z",
      "2025-12-31T23:59:59.5Z", "2025-12-31T23:59:59+01:00", "2025-12-31 23:59:59Z"])
  func rejects(_ text: String) {
    #expect(LedgerTime(text) == nil)
  }

  @Test("Orders by instant")
  func ordering() throws {
    let early = try #require(LedgerTime("2024-01-01T10:00:00Z"))
    let late = try #require(LedgerTime("2024-01-01T10:00:01Z"))
    #expect(early < late)
  }
}
