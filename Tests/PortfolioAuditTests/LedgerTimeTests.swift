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

@Suite("Ledger time from seconds")
struct LedgerTimeSecondsTests {
  @Test(
    "Converts Unix seconds to UTC calendar time",
    arguments: [
      (Int64(0), "1970-01-01T00:00:00Z"), (1_767_225_600, "2026-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"),
      (1_735_689_599, "2024-12-31T23:59:59Z"), (-1, "1969-12-31T23:59:59Z"), (4_107_542_400, "2100-03-01T00:00:00Z"),
    ])
  func converts(_ seconds: Int64, _ text: String) {
    #expect(LedgerTime(secondsSince1970: seconds).description == text)
  }
}
