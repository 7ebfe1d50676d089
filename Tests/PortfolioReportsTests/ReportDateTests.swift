import Testing

@testable import PortfolioReports

@Suite("Report date")
struct ReportDateTests {
  @Test("Parses ISO dates and timestamps and rejects impossible dates")
  func parsing() {
    #expect(ReportDate(iso: "2026-03-31") == ReportDate(year: 2026, month: 3, day: 31))
    #expect(ReportDate(iso: "2026-03-31T12:00:00Z") == ReportDate(year: 2026, month: 3, day: 31))
    #expect(ReportDate(iso: "2025-02-29") == nil)
    #expect(ReportDate(iso: "2024-02-29") != nil)
    #expect(ReportDate(iso: "2026-3-31") == nil)
    #expect(ReportDate(iso: "2026-13-01") == nil)
  }

  @Test("Puts a milestone on the last day of its month (DESIGN §3)", arguments: [
    (1, "2024-01-31"), (2, "2024-02-29"), (12, "2024-12-31"), (13, "2025-01-31"), (26, "2026-02-28"),
  ])
  func milestoneDue(_ offset: Int, _ expected: String) {
    #expect(ReportDate.milestoneDue(startYear: 2024, monthOffset: offset).iso == expected)
  }

  @Test("Day numbers round-trip and count from 1970-01-01")
  func dayNumbers() {
    #expect(ReportDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    #expect(ReportDate(year: 2000, month: 3, day: 1).dayNumber == 11_017)
    for n in stride(from: -800, through: 40_000, by: 37) {
      #expect(ReportDate(dayNumber: n).dayNumber == n)
    }
    #expect(ReportDate(year: 2024, month: 12, day: 31) < ReportDate(year: 2025, month: 1, day: 1))
  }
}
