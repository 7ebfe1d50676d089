/// Draws a ``ReportChart`` as inline SVG from the chart's own geometry.
///
/// The SVG carries `role="img"`, an `aria-label` with the text alternative, and `<title>`/`<desc>` children; element
/// ids derive from the chart id (`svg-<id>`, `svg-<id>-title`, `svg-<id>-desc`), so they are stable across runs.
/// No `xmlns` is written: inline SVG in HTML needs none, and the file then holds no URL at all.
public struct SVGChartRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The SVG element for `chart`, one element per line, no trailing newline.
  ///
  /// - Parameter elementID: the `id` of the `svg` element (default `svg-<chart id>`); the title and description get
  ///   `-title` and `-desc` appended.
  public func render(_ chart: ReportChart, elementID: String? = nil) -> String {
    let base = elementID ?? "svg-" + chart.id
    var w = SVGWriter()
    let frame = SVGChartRenderer.frame(of: chart)
    w.open("svg", [
      ("id", base), ("class", "chart-svg"), ("viewBox", "0 0 \(w.c(frame.width)) \(w.c(frame.height))"),
      ("width", w.c(frame.width)), ("height", w.c(frame.height)), ("role", "img"), ("aria-label", chart.textAlternative),
      ("aria-labelledby", "\(base)-title \(base)-desc"),
    ])
    w.element("title", [("id", "\(base)-title")], text: chart.title)
    w.element("desc", [("id", "\(base)-desc")], text: chart.textAlternative)
    switch chart {
    case .gantt(let c): drawGantt(c, &w)
    case .stackedBars(let c): drawStacked(c, &w)
    case .groupedBars(let c): drawGrouped(c, &w)
    case .scatter(let c): drawScatter(c, &w)
    case .line(let c): drawLine(c, &w)
    case .stoplight(let c): drawStoplight(c, &w)
    }
    w.close("svg")
    return w.lines.joined(separator: "\n")
  }

  static func frame(of chart: ReportChart) -> ChartFrame {
    switch chart {
    case .gantt(let c): return c.frame
    case .stackedBars(let c): return c.frame
    case .groupedBars(let c): return c.frame
    case .scatter(let c): return c.frame
    case .line(let c): return c.frame
    case .stoplight(let c): return c.frame
    }
  }

  // MARK: - Shared pieces

  /// Horizontal grid lines with tick labels on the left, and the rotated axis title.
  func drawValueAxis(_ scale: NiceScale, axis: ChartAxis, plot: ChartRect, _ w: inout SVGWriter) {
    w.open("g", [("class", "axis axis-y")])
    for t in scale.ticks {
      let y = scale.position(t)
      w.line(plot.x, y, plot.maxX, y, cls: t == 0 ? "baseline" : "grid")
      w.text(axis.unit.tickLabel(t, step: scale.step), x: plot.x - 8, y: y + 4, anchor: "end")
    }
    let cx = 18.0
    let cy = plot.y + plot.height / 2
    w.text(axis.title, x: cx, y: cy, anchor: "middle", cls: "axis-title", extra: [("transform", "rotate(-90 \(w.c(cx)) \(w.c(cy)))")])
    w.close("g")
  }

  /// Vertical grid lines with tick labels below, and the axis title (for a horizontal value axis).
  func drawHorizontalValueAxis(_ scale: NiceScale, axis: ChartAxis, plot: ChartRect, _ w: inout SVGWriter) {
    w.open("g", [("class", "axis axis-x")])
    for t in scale.ticks {
      let x = scale.position(t)
      w.line(x, plot.y, x, plot.maxY, cls: "grid")
      w.text(axis.unit.tickLabel(t, step: scale.step), x: x, y: plot.maxY + 16, anchor: "middle")
    }
    w.line(plot.x, plot.maxY, plot.maxX, plot.maxY, cls: "baseline")
    w.text(axis.title, x: plot.x + plot.width / 2, y: plot.maxY + 50, anchor: "middle", cls: "axis-title")
    w.close("g")
  }

  /// Category labels centred under each slot, wrapped onto at most two lines.
  func drawCategoryLabels(_ labels: [String], plot: ChartRect, title: String, _ w: inout SVGWriter) {
    let slot = labels.isEmpty ? plot.width : plot.width / Double(labels.count)
    let maxChars = max(6, Int(slot / 6.6))
    w.open("g", [("class", "axis axis-x")])
    for (i, label) in labels.enumerated() {
      let x = plot.x + (Double(i) + 0.5) * slot
      for (n, line) in SVGChartRenderer.wrap(label, maxChars: maxChars).enumerated() {
        w.text(line, x: x, y: plot.maxY + 16 + Double(n) * 14, anchor: "middle")
      }
    }
    w.text(title, x: plot.x + plot.width / 2, y: plot.maxY + 50, anchor: "middle", cls: "axis-title")
    w.close("g")
  }

  /// A legend item: a swatch (box, line, dashed line or diamond) and its label.
  enum Swatch {
    case box(String)
    case line(String, dashed: Bool)
    case diamond(String)
  }

  /// Lays legend items left to right from the plot's left edge at `y`, wrapping within the frame width.
  func drawLegend(_ items: [(Swatch, String)], frame: ChartFrame, y: Double, _ w: inout SVGWriter) {
    guard !items.isEmpty else { return }
    w.open("g", [("class", "legend")])
    var x = frame.left
    var row = y
    for (swatch, label) in items {
      let width = ChartLegend.itemWidth(label)
      if x + width > frame.width - frame.right && x > frame.left {
        x = frame.left
        row += ChartLegend.rowHeight
      }
      switch swatch {
      case .box(let fill): w.rect(ChartRect(x: x, y: row - 10, width: 14, height: 12), fill: fill, cls: "swatch")
      case .line(let stroke, let dashed):
        w.element("line", [("class", dashed ? "series dashed" : "series"), ("x1", w.c(x)), ("y1", w.c(row - 4)), ("x2", w.c(x + 16)), ("y2", w.c(row - 4)), ("stroke", stroke)])
      case .diamond(let fill): w.element("polygon", [("class", "milestone"), ("points", diamond(x + 7, row - 4, 6, w)), ("fill", fill)])
      }
      w.text(label, x: x + 22, y: row, cls: "legend-label")
      x += width
    }
    w.close("g")
  }

  func diamond(_ cx: Double, _ cy: Double, _ r: Double, _ w: SVGWriter) -> String {
    "\(w.c(cx)),\(w.c(cy - r)) \(w.c(cx + r)),\(w.c(cy)) \(w.c(cx)),\(w.c(cy + r)) \(w.c(cx - r)),\(w.c(cy))"
  }

  /// Splits `text` into at most two lines of about `maxChars`; a longer rest is cut with an ellipsis.
  static func wrap(_ text: String, maxChars: Int) -> [String] {
    guard text.count > maxChars else { return [text] }
    var first = ""
    var rest: [Substring] = []
    let words = text.split(separator: " ")
    for (i, word) in words.enumerated() {
      if first.isEmpty || first.count + 1 + word.count <= maxChars, rest.isEmpty {
        first += (first.isEmpty ? "" : " ") + word
      } else {
        rest = Array(words[i...])
        break
      }
    }
    var second = rest.joined(separator: " ")
    if second.count > maxChars { second = String(second.prefix(max(1, maxChars - 1))) + "\u{2026}" }
    if first.count > maxChars { first = String(first.prefix(max(1, maxChars - 1))) + "\u{2026}" }
    return second.isEmpty ? [first] : [first, second]
  }
}
