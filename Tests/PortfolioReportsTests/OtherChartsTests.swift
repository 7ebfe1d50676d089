import Testing

@testable import PortfolioReports

@Suite("Grouped bar, scatter, line and stoplight charts")
struct OtherChartsTests {
  @Test("Grouped bars sit on the zero line side by side, reference line at its value")
  func grouped() {
    let chart = GroupedBarChart(
      id: "c", title: "Criteria", categories: ["A", "B"], series: [ValueSeries(name: "x", values: [50, 150]), ValueSeries(name: "y", values: [100, 0])],
      reference: 100, axis: ChartAxis("Share", unit: .percent))
    let layout = chart.layout()
    let zero = layout.scale.position(0)
    #expect(layout.bars.count == 4)
    for bar in layout.bars { #expect(abs(bar.rect.maxY - zero) < 1e-9) }
    #expect(abs(layout.bars[0].rect.maxX - layout.bars[1].rect.x) < 1e-9)
    #expect(abs((layout.referenceY ?? 0) - layout.scale.position(100)) < 1e-9)
    #expect(abs(layout.bars[2].rect.height - 3 * layout.bars[0].rect.height) < 1e-9)
    #expect(chart.dataTable.rows[1] == [.text("B"), .percent(150, decimals: 1), .percent(0, decimals: 1)])
  }

  @Test("Scatter sorts points by x and draws a horizontal-then-vertical step line")
  func scatter() {
    let chart = ScatterChart(
      id: "f", title: "Frontier",
      points: [ScatterPoint(x: 53e6, y: 0.74, label: "c", highlighted: true), ScatterPoint(x: 48e6, y: 0.70, label: "a"), ScatterPoint(x: 50e6, y: 0.72, label: "b")],
      xAxis: ChartAxis("Budget", unit: .usd), yAxis: ChartAxis("Objective", unit: .number))
    let layout = chart.layout()
    #expect(layout.points.map(\.point.label) == ["a", "b", "c"])
    #expect(layout.stepPath.count == 5)
    #expect(layout.stepPath[1].y == layout.stepPath[0].y)
    #expect(layout.stepPath[1].x == layout.stepPath[2].x)
    #expect(layout.points[0].center.x >= layout.plot.x && layout.points[2].center.x <= layout.plot.maxX)
    #expect(chart.dataTable.rows[2][3] == .text("yes"))
  }

  @Test("A joined scatter draws straight segments through the points in x order, no steps")
  func joinedScatter() {
    let chart = ScatterChart(
      id: "s", title: "Sweep",
      points: [ScatterPoint(x: 6e6, y: 0.9, label: "c"), ScatterPoint(x: 4e6, y: 0.5, label: "a"), ScatterPoint(x: 5e6, y: 0.6, label: "b")],
      xAxis: ChartAxis("Budget", unit: .usd), yAxis: ChartAxis("Objective", unit: .number), stepLine: false, joined: true)
    let layout = chart.layout()
    #expect(layout.stepPath == layout.points.map(\.center))
    #expect(layout.stepPath.map(\.x) == layout.stepPath.map(\.x).sorted())
    let stepped = ScatterChart(
      id: "s", title: "Sweep", points: chart.points, xAxis: chart.xAxis, yAxis: chart.yAxis, stepLine: true, joined: true)
    #expect(stepped.layout().stepPath.count == 5, "the step line wins over joined")
  }

  @Test("Line chart places dates in time and stops a series at its last point")
  func line() {
    let d = { (m: Int) in ReportDate.lastDay(year: 2025, month: m) }
    let chart = LineChart(
      id: "s", title: "S", start: ReportDate(year: 2025, month: 1, day: 1), end: ReportDate(year: 2025, month: 12, day: 31),
      series: [LineSeries(name: "PV", points: [DatedValue(d(12), 100), DatedValue(d(1), 10)]), LineSeries(name: "EV", points: [DatedValue(d(6), 40)])],
      axis: ChartAxis("Value", unit: .usd), marker: d(6))
    let layout = chart.layout()
    #expect(chart.series[0].points.first?.date == d(1))
    #expect(abs((layout.lines[0].last?.x ?? 0) - layout.plot.maxX) < 1e-9)
    #expect(layout.lines[1].count == 1)
    #expect(layout.markerX == layout.lines[1].first?.x)
    #expect(chart.dataTable.rows.count == 3)
    #expect(chart.dataTable.rows[0][2] == .empty)
  }

  @Test("Stoplight grid lays one cell per row and column and lists what is flagged")
  func stoplight() {
    let grid = StoplightGrid(
      id: "l", title: "Lights", columns: ["CPI", "SPI"],
      rows: [StoplightRow(label: "A", cells: [StoplightCell(.green, "1.00"), StoplightCell(.red, "0.50")])])
    let cells = grid.layout()
    #expect(cells.count == 1 && cells[0].count == 2)
    #expect(cells[0][0].maxX < cells[0][1].x)
    #expect(grid.textAlternative.contains("A SPI Red (0.50)"))
    #expect(grid.dataTable.rows[0] == [.text("A"), .text("1.00"), .status(.green), .text("0.50"), .status(.red)])
  }
}
