import Testing

@testable import PortfolioReports

@Suite("Stacked bar chart")
struct StackedBarChartTests {
  let chart = StackedBarChart(
    id: "m", title: "Money", categories: ["2024", "2025", "2026"],
    series: [MoneySeries(name: "DCB", values: [7_000_000, 12_998_000, 0]), MoneySeries(name: "US", values: [0, 3_000_000, 3_000_000])],
    caps: [10_000_000, nil, 2_000_000], axis: ChartAxis("Committed", unit: .usd))

  @Test("Stacks segments so each bar sums to its total")
  func sums() {
    let layout = chart.layout()
    #expect(chart.totals == [7_000_000, 15_998_000, 3_000_000])
    for (bar, total) in zip(layout.bars, chart.totals) {
      #expect(bar.total == total)
      #expect(bar.segments.reduce(Int64(0)) { $0 + $1.value } == total)
      let height = bar.segments.reduce(0.0) { $0 + $1.rect.height }
      #expect(abs(height - (layout.scale.position(0) - layout.scale.position(Double(total)))) < 1e-9)
      // Segments touch: each starts where the previous one ends.
      for (lower, upper) in zip(bar.segments, bar.segments.dropFirst()) { #expect(abs(lower.rect.y - upper.rect.maxY) < 1e-9) }
    }
    #expect(layout.bars[0].segments.count == 1)
  }

  @Test("Scales to cover totals and caps and draws caps where set")
  func caps() {
    let layout = chart.layout()
    #expect(layout.scale.upper >= 15_998_000)
    #expect(layout.bars[1].capY == nil)
    #expect(abs((layout.bars[0].capY ?? 0) - layout.scale.position(10_000_000)) < 1e-9)
    #expect(layout.bars[2].capY ?? 0 > layout.bars[2].topY)
  }

  @Test("Data table carries totals, caps and a grand total")
  func table() {
    let t = chart.dataTable
    #expect(t.rows[1] == [.text("2025"), .money(12_998_000), .money(3_000_000), .money(15_998_000), .empty])
    #expect(t.totals?[3] == .money(25_998_000))
    #expect(chart.textAlternative.contains("2024 $7,000,000 of $10,000,000 cap"))
  }
}
