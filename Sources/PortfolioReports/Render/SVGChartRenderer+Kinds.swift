extension SVGChartRenderer {
  func drawStacked(_ chart: StackedBarChart, _ w: inout SVGWriter) {
    let layout = chart.layout()
    drawValueAxis(layout.scale, axis: chart.axis, plot: layout.plot, &w)
    w.open("g", [("class", "bars")])
    for bar in layout.bars {
      for seg in bar.segments {
        let name = chart.series[seg.series].name
        w.rect(seg.rect, fill: ChartPalette.color(seg.series), cls: "bar", tooltip: "\(bar.category) \(name): \(ReportNumberFormat.money(seg.value))")
      }
      // Keep the total clear of a cap line drawn just above the bar.
      var labelY = bar.topY - 5
      if let capY = bar.capY, capY <= bar.topY + 2, bar.topY - capY < 16 { labelY = capY - 5 }
      w.text(ReportNumberFormat.money(millions: Double(bar.total), decimals: 1), x: bar.x + bar.width / 2, y: labelY, anchor: "middle", cls: "value-label")
      if let capY = bar.capY {
        w.line(bar.x - 8, capY, bar.x + bar.width + 8, capY, cls: "cap")
      }
    }
    w.close("g")
    drawCategoryLabels(chart.categories, plot: layout.plot, title: "Year", &w)
    var items: [(Swatch, String)] = chart.series.enumerated().map { (.box(ChartPalette.color($0.offset)), $0.element.name) }
    if chart.caps.contains(where: { $0 != nil }) { items.append((.line("#1F2328", dashed: true), chart.capLabel)) }
    drawLegend(items, frame: chart.frame, y: layout.plot.maxY + 74, &w)
  }

  func drawGrouped(_ chart: GroupedBarChart, _ w: inout SVGWriter) {
    let layout = chart.layout()
    drawValueAxis(layout.scale, axis: chart.axis, plot: layout.plot, &w)
    w.open("g", [("class", "bars")])
    for bar in layout.bars {
      let name = chart.series[bar.series].name
      let value = chart.axis.unit == .percent ? ReportNumberFormat.percent(bar.value, decimals: chart.decimals) : ReportNumberFormat.decimal(bar.value, decimals: chart.decimals)
      w.rect(bar.rect, fill: ChartPalette.color(bar.series), cls: "bar", tooltip: "\(chart.categories[bar.category]) \(name): \(value)")
      if chart.series.count <= 2 {
        w.text(value, x: bar.rect.x + bar.rect.width / 2, y: bar.rect.y - 5, anchor: "middle", cls: "value-label")
      }
    }
    w.close("g")
    if let y = layout.referenceY {
      w.line(layout.plot.x, y, layout.plot.maxX, y, cls: "cap")
    }
    drawCategoryLabels(chart.categories, plot: layout.plot, title: "Criterion", &w)
    var items: [(Swatch, String)] = chart.series.enumerated().map { (.box(ChartPalette.color($0.offset)), $0.element.name) }
    if chart.reference != nil { items.append((.line("#1F2328", dashed: true), chart.referenceLabel)) }
    drawLegend(items, frame: chart.frame, y: layout.plot.maxY + 74, &w)
  }

  func drawGantt(_ chart: GanttChart, _ w: inout SVGWriter) {
    let layout = chart.layout()
    let plot = layout.plot
    w.open("g", [("class", "rows")])
    for (i, row) in chart.rows.enumerated() {
      let top = plot.y + Double(i) * GanttChart.rowHeight
      if i % 2 == 0 { w.rect(ChartRect(x: plot.x, y: top, width: plot.width, height: GanttChart.rowHeight), fill: "#F6F8FA", cls: "band") }
      w.element("text", [("class", "row-label"), ("x", w.c(plot.x - 8)), ("y", w.c(top + GanttChart.rowHeight / 2 + 4)), ("text-anchor", "end")], text: row.label, tooltip: row.detail)
    }
    w.close("g")
    w.open("g", [("class", "axis axis-x")])
    for (i, tick) in layout.yearTicks.enumerated() {
      w.line(tick.x, plot.y, tick.x, plot.maxY, cls: "grid")
      if i + 1 < layout.yearTicks.count {
        let mid = (tick.x + layout.yearTicks[i + 1].x) / 2
        w.text(String(tick.year), x: mid, y: plot.maxY + 16, anchor: "middle")
      }
    }
    w.line(plot.x, plot.maxY, plot.maxX, plot.maxY, cls: "baseline")
    w.text("Calendar year (bars: funded period; diamonds: milestones due)", x: plot.x + plot.width / 2, y: plot.maxY + 36, anchor: "middle", cls: "axis-title")
    w.close("g")
    let categories = chart.categories
    w.open("g", [("class", "bars")])
    for bar in layout.bars {
      let row = chart.rows[bar.row]
      let index = categories.firstIndex(of: bar.category) ?? 0
      w.rect(bar.rect, fill: ChartPalette.color(index), cls: "bar", tooltip: "\(row.label): \(row.detail)", extra: [("rx", "3")])
    }
    for mark in layout.marks {
      let m = mark.milestone
      w.element(
        "polygon", [("class", "milestone"), ("points", diamond(mark.center.x, mark.center.y, 6, w)), ("fill", ChartPalette.fill(m.state))],
        tooltip: "\(chart.rows[mark.row].label) \(m.id) \(m.title): \(m.state.label), due \(m.due.iso)")
    }
    w.close("g")
    if let x = layout.markerX {
      w.line(x, plot.y - 6, x, plot.maxY, cls: "marker")
      if let marker = chart.marker { w.text("as of \(marker.iso)", x: x, y: plot.y - 10, anchor: x > plot.x + plot.width * 0.8 ? "end" : "middle", cls: "marker-label") }
    }
    var items: [(Swatch, String)] = categories.enumerated().map { (.box(ChartPalette.color($0.offset)), $0.element) }
    let states = MilestoneState.allCases.filter { s in chart.rows.contains { $0.milestones.contains { $0.state == s } } }
    items += states.map { (.diamond(ChartPalette.fill($0)), "Milestone: \($0.label.lowercased())") }
    drawLegend(items, frame: chart.frame, y: plot.maxY + 58, &w)
  }

  func drawScatter(_ chart: ScatterChart, _ w: inout SVGWriter) {
    let layout = chart.layout()
    let plot = layout.plot
    drawValueAxis(layout.yScale, axis: chart.yAxis, plot: plot, &w)
    drawHorizontalValueAxis(layout.xScale, axis: chart.xAxis, plot: plot, &w)
    if layout.stepPath.count > 1 {
      let points = layout.stepPath.map { "\(w.c($0.x)),\(w.c($0.y))" }.joined(separator: " ")
      w.element("polyline", [("class", "series"), ("points", points), ("stroke", ChartPalette.color(0))])
    }
    w.open("g", [("class", "points")])
    for p in layout.points {
      let tip = "\(p.point.label): \(chart.xAxis.unit.tickLabel(p.point.x, step: layout.xScale.step / 10)), \(ReportNumberFormat.fixed(p.point.y, decimals: chart.decimals))"
      w.element(
        "circle", [("class", p.point.highlighted ? "point chosen" : "point"), ("cx", w.c(p.center.x)), ("cy", w.c(p.center.y)), ("r", p.point.highlighted ? "7.0" : "4.5"), ("fill", p.point.highlighted ? ChartPalette.color(5) : ChartPalette.color(0))],
        tooltip: tip)
      let nearRight = p.center.x > plot.x + plot.width * 0.85
      w.text(p.point.label, x: p.center.x + (nearRight ? -6 : 6), y: p.center.y - 9, anchor: nearRight ? "end" : "start", cls: "point-label")
    }
    w.close("g")
    var items: [(Swatch, String)] = [(.line(ChartPalette.color(0), dashed: false), "Frontier (step line)")]
    if chart.points.contains(where: \.highlighted) { items.append((.box(ChartPalette.color(5)), "Chosen plan")) }
    drawLegend(items, frame: chart.frame, y: plot.maxY + 74, &w)
  }

  func drawLine(_ chart: LineChart, _ w: inout SVGWriter) {
    let layout = chart.layout()
    let plot = layout.plot
    drawValueAxis(layout.scale, axis: chart.axis, plot: plot, &w)
    w.open("g", [("class", "axis axis-x")])
    for tick in layout.timeTicks {
      w.line(tick.x, plot.y, tick.x, plot.maxY, cls: "grid")
      w.text(tick.label, x: tick.x, y: plot.maxY + 16, anchor: "middle")
    }
    w.text("Date (cumulative to each month end)", x: plot.x + plot.width / 2, y: plot.maxY + 40, anchor: "middle", cls: "axis-title")
    w.close("g")
    for (i, line) in layout.lines.enumerated() where !line.isEmpty {
      let points = line.map { "\(w.c($0.x)),\(w.c($0.y))" }.joined(separator: " ")
      w.element("polyline", [("class", chart.series[i].dashed ? "series dashed" : "series"), ("points", points), ("stroke", ChartPalette.color(i))], tooltip: chart.series[i].name)
    }
    if let x = layout.markerX, let marker = chart.marker {
      w.line(x, plot.y - 6, x, plot.maxY, cls: "marker")
      w.text("as of \(marker.iso)", x: x, y: plot.y - 10, anchor: x > plot.x + plot.width * 0.8 ? "end" : "middle", cls: "marker-label")
    }
    let items: [(Swatch, String)] = chart.series.enumerated().map { (.line(ChartPalette.color($0.offset), dashed: $0.element.dashed), $0.element.name) }
    drawLegend(items, frame: chart.frame, y: plot.maxY + 64, &w)
  }

  func drawStoplight(_ chart: StoplightGrid, _ w: inout SVGWriter) {
    let frame = chart.frame
    let plot = frame.plot
    let cells = chart.layout()
    let colWidth = chart.columns.isEmpty ? plot.width : plot.width / Double(chart.columns.count)
    w.open("g", [("class", "grid-head")])
    for (c, name) in chart.columns.enumerated() {
      w.text(name, x: plot.x + (Double(c) + 0.5) * colWidth, y: plot.y + 18, anchor: "middle", cls: "col-label")
    }
    w.close("g")
    w.open("g", [("class", "cells")])
    for (r, row) in chart.rows.enumerated() {
      let y = plot.y + Double(r + 1) * StoplightGrid.rowHeight
      w.text(row.label, x: plot.x - 8, y: y + 18, anchor: "end", cls: "row-label")
      for (c, cell) in row.cells.enumerated() {
        let rect = cells[r][c]
        w.rect(rect, fill: ChartPalette.fill(cell.status), cls: "light", tooltip: "\(row.label) \(chart.columns[c]): \(cell.status.label) (\(cell.text))", extra: [("rx", "3")])
        let label = cell.status == .none || cell.text == cell.status.label ? cell.text : "\(cell.text) \u{00B7} \(cell.status.label)"
        w.element("text", [("class", "light-label ink-\(cell.status.rawValue)"), ("x", w.c(rect.x + rect.width / 2)), ("y", w.c(rect.y + rect.height / 2 + 4)), ("text-anchor", "middle")], text: label)
      }
    }
    w.close("g")
    let items: [(Swatch, String)] = Stoplight.allCases.map { (.box(ChartPalette.fill($0)), $0.label) }
    drawLegend(items, frame: frame, y: plot.maxY + 30, &w)
  }
}
