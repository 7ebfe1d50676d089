@testable import PortfolioReports

/// A small report whose data tries every injection we defend against (markup, Markdown, CSV formulas, control bytes).
enum HostileDocument {
  static let script = "<script>alert(1)</script>"
  static let formulas = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rReturn"]

  static func make() -> ReportDocument {
    let firmRows: [[ReportCell]] = [
      [.text(script), .money(-1_200), .percent(-12.5, decimals: 1), .text("a|b *c* _d_ [e](f) `g` $h$ <i> & \"j\" 'k'")],
      [.text("line one\nline two"), .money(1_234_567), .ratio(0.935, decimals: 2), .text("-12.5")],
    ] + formulas.map { [.text($0), .integer(-7), .ratio(-0.5, decimals: 2), .text("x")] }
    let table = ReportTable(
      id: "firms", title: "Firms \(script)",
      columns: [ReportColumn("Firm \"name\""), ReportColumn("Amount", unit: "USD", alignment: .right), ReportColumn("Change", unit: "%", alignment: .right), ReportColumn("Note")],
      rows: firmRows)
    let chart = StackedBarChart(
      id: "hostile-chart", title: "Chart \(script)", categories: ["2024", "<b>2025</b>"],
      series: [MoneySeries(name: "Source \(script)", values: [1_000_000, 2_000_000]), MoneySeries(name: "O'Brien & \"Sons\"", values: [500_000, 0])],
      caps: [2_000_000, nil], capLabel: "Cap <cap>", axis: ChartAxis("Money \(script)", unit: .usd))
    return ReportDocument(
      title: "Report \(script)", subtitle: "Sub & <title>", asOf: ReportDate(year: 2026, month: 1, day: 31),
      provenance: ReportProvenance(inputsSHA256: "\"><img src=x onerror=alert(1)>", dataset: "data <d>", scenario: "s'1", illustrative: ["all \(script)"]),
      sections: [
        ReportSection(
          id: "only", title: "Section \(script)",
          blocks: [
            .heading("# not a heading \(script)"),
            .paragraph(ReportText("plain \(script) ") + .strong("**bold**") + .emphasis("_em_") + .code("`code` </code>")),
            .bullets(["- item", "+ item"]),
            .keyFigures([KeyFigure("Figure \(script)", .text(script), detail: script, status: .red, illustrative: true)]),
            .table(table), .note(.warning, ReportText(script)), .chart(.stackedBars(chart)),
          ])
      ])
  }
}
