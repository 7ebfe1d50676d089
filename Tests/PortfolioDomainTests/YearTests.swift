import Testing
import PortfolioDomain

@Suite("Year and milestone due dates")
struct YearTests {
  @Test("Month offset 1 is 31 January of the start year")
  func firstMonth() {
    let m = Milestone(id: "M1", title: "contract", monthOffset: 1, evWeightPercent: 10)
    #expect(m.dueDate(startYear: 2024).description == "2024-01-31")
  }

  @Test("Due dates follow month lengths and leap years", arguments: [
    (2, 2024, "2024-02-29"), (2, 2025, "2025-02-28"), (12, 2024, "2024-12-31"), (13, 2024, "2025-01-31"),
    (18, 2024, "2025-06-30"), (26, 2027, "2029-02-28"), (14, 2099, "2100-02-28"), (14, 1999, "2000-02-29"),
  ])
  func dueDates(offset: Int, year: Int, expected: String) {
    #expect(CalendarDate.endOfMonth(offset: offset, from: Year(year)).description == expected)
  }

  @Test("Parses four-digit years only")
  func parsesYears() {
    #expect(Year.parse("2024") == Year(2024))
    #expect(Year.parse("24") == nil)
    #expect(Year.parse("2024.0") == nil)
    #expect(Year.parse("-202") == nil)
  }

  @Test("Parses dates YYYY-MM-DD of ASCII digits only, and real calendar days")
  func parsesDates() {
    #expect(CalendarDate.parse("2025-01-31")?.description == "2025-01-31")
    #expect(CalendarDate.parse("2024-02-29") != nil && CalendarDate.parse("2025-02-29") == nil)
    // `Int` would read each of these parts, and the ledger would have stored the date it made of them.
    for bad in ["+025-01-01", "2025-+1-01", "2025-01-+1", "2025-01--1", "2025-01-0١", "2025-1-01", "2025-01-1 ", "20250101"] {
      #expect(CalendarDate.parse(bad) == nil, "\(bad)")
    }
  }

  @Test("Years form ranges")
  func ranges() {
    let years = Array(Year(2024)...Year(2026))
    #expect(years == [2024, 2025, 2026])
    #expect(Year(2024).advanced(by: 2) == 2026)
  }
}
