import Testing

@testable import PortfolioReports

@Suite("Gantt chart")
struct GanttChartTests {
  let chart = GanttChart(
    id: "g", title: "Schedule", firstYear: 2024, lastYear: 2027,
    rows: [
      GanttRow(
        label: "A", detail: "first", bars: [GanttBar(start: YearMonth(2024, 1), end: YearMonth(2025, 12), category: "DCB defence")],
        milestones: [GanttMilestone(id: "M1", title: "contract", due: ReportDate(year: 2024, month: 12, day: 31))]),
      GanttRow(
        label: "B", detail: "second", bars: [GanttBar(start: YearMonth(2026, 1), end: YearMonth(2027, 12), category: "Technology transfer")],
        milestones: [GanttMilestone(id: "M1", title: "x", due: ReportDate(year: 2027, month: 12, day: 31), state: .overdue)]),
    ], marker: ReportDate(year: 2025, month: 12, day: 31))

  @Test("Places bars and year ticks proportionally to days")
  func positions() {
    let layout = chart.layout()
    let plot = layout.plot
    #expect(layout.yearTicks.count == 5)
    #expect(layout.yearTicks.first?.x == plot.x)
    #expect(abs((layout.yearTicks.last?.x ?? 0) - plot.maxX) < 1e-9)
    let a = layout.bars[0].rect
    let b = layout.bars[1].rect
    #expect(a.x == plot.x)
    #expect(abs(a.maxX - layout.yearTicks[2].x) < 1e-9)
    #expect(abs(b.x - layout.yearTicks[2].x) < 1e-9)
    #expect(abs(b.maxX - plot.maxX) < 1e-9)
    // 2024 is a leap year: 731 of 1461 days fall in 2024-2025.
    #expect(abs(a.width - plot.width * 731 / 1461) < 1e-9)
    #expect(b.y > a.y)
  }

  @Test("Puts milestones at the end of their due day and the marker at the as-of date")
  func milestones() {
    let layout = chart.layout()
    #expect(abs(layout.marks[0].center.x - layout.yearTicks[1].x) < 1e-9)
    #expect(abs((layout.markerX ?? 0) - layout.yearTicks[2].x) < 1e-9)
    #expect(layout.marks[1].milestone.state == .overdue)
    #expect(chart.categories == ["DCB defence", "Technology transfer"])
  }

  @Test("Describes every row in its text alternative and data table")
  func text() {
    #expect(chart.textAlternative.contains("A Jan 2024 to Dec 2025 with 1 milestones"))
    #expect(chart.textAlternative.contains("1 overdue"))
    #expect(chart.dataTable.rows.count == 2)
    #expect(chart.dataTable.rows[1][6] == .text("Overdue"))
  }
}
