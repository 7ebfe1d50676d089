/// One point of a scatter chart.
public struct ScatterPoint: Sendable, Hashable {
  /// The horizontal value, in the x axis unit.
  public var x: Double
  /// The vertical value, in the y axis unit.
  public var y: Double
  /// A short label drawn next to the point, e.g. `$50M`.
  public var label: String
  /// True for the point to emphasise (e.g. the chosen plan).
  public var highlighted: Bool
  /// Creates a point.
  public init(x: Double, y: Double, label: String, highlighted: Bool = false) {
    self.x = x
    self.y = y
    self.label = label
    self.highlighted = highlighted
  }
}

/// A scatter chart, optionally joined by a step line in x order (a frontier: the value holds until the next point).
public struct ScatterChart: Sendable, Hashable {
  /// A stable id for SVG element ids and the CSV name.
  public var id: String
  /// The chart title.
  public var title: String
  /// The points (any order; the step line sorts them by x).
  public var points: [ScatterPoint]
  /// The horizontal axis.
  public var xAxis: ChartAxis
  /// The vertical axis.
  public var yAxis: ChartAxis
  /// True to draw the connecting step line.
  public var stepLine: Bool
  /// Whether straight segments join the points in x order (a line over a numeric x axis, e.g. objective against
  /// budget); ignored when `stepLine` is set.
  public var joined: Bool
  /// Decimals for y values in text forms.
  public var decimals: Int

  /// Creates a chart.
  public init(id: String, title: String, points: [ScatterPoint], xAxis: ChartAxis, yAxis: ChartAxis, stepLine: Bool = true, decimals: Int = 3, joined: Bool = false) {
    self.id = id
    self.title = title
    self.points = points
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.stepLine = stepLine
    self.decimals = decimals
    self.joined = joined
  }

  /// The fixed frame (760 x 400).
  public var frame: ChartFrame { ChartFrame(width: 760, height: 400) }

  /// The points sorted by x, then y (the order of the step line and the data table).
  public var sortedPoints: [ScatterPoint] { points.sorted { ($0.x, $0.y) < ($1.x, $1.y) } }

  /// Places the points and the step line. Neither axis is forced to include zero.
  public func layout() -> ScatterLayout {
    let plot = frame.plot
    let xs = points.map(\.x)
    let ys = points.map(\.y)
    let xScale = NiceScale(min: xs.min() ?? 0, max: xs.max() ?? 1, targetTicks: 6, includeZero: false, rangeStart: plot.x, rangeEnd: plot.maxX)
    let yScale = NiceScale(min: ys.min() ?? 0, max: ys.max() ?? 1, targetTicks: 5, includeZero: false, rangeStart: plot.maxY, rangeEnd: plot.y)
    let placed = sortedPoints.map { ScatterLayout.Placed(point: $0, center: ChartPoint(x: xScale.position($0.x), y: yScale.position($0.y))) }
    var path: [ChartPoint] = []
    if joined && !stepLine {
      path = placed.map(\.center)
    } else if stepLine {
      for (i, p) in placed.enumerated() {
        if i > 0 { path.append(ChartPoint(x: p.center.x, y: placed[i - 1].center.y)) }
        path.append(p.center)
      }
    }
    return ScatterLayout(plot: plot, xScale: xScale, yScale: yScale, points: placed, stepPath: path)
  }

  /// A text alternative listing the points in x order.
  public var textAlternative: String {
    let parts = sortedPoints.map { "\($0.label): \(xText($0.x)), \(yText($0.y))\($0.highlighted ? " (chosen)" : "")" }
    return "Scatter chart, \(title), \(yAxis.title) against \(xAxis.title): " + parts.joined(separator: "; ") + "."
  }

  /// The data as a table, in x order.
  public var dataTable: ReportTable {
    ReportTable(
      id: id, title: title,
      columns: [
        ReportColumn("Point"), ReportColumn(xAxis.label, unit: unitName(xAxis), alignment: .right),
        ReportColumn(yAxis.label, unit: unitName(yAxis), alignment: .right), ReportColumn("Chosen", alignment: .center),
      ],
      rows: sortedPoints.map { [.text($0.label), cell($0.x, xAxis), cell($0.y, yAxis), .text($0.highlighted ? "yes" : "")] })
  }

  private func unitName(_ axis: ChartAxis) -> String? {
    switch axis.unit {
    case .usd: return "USD"
    case .percent: return "%"
    case .number: return nil
    }
  }
  private func cell(_ v: Double, _ axis: ChartAxis) -> ReportCell {
    switch axis.unit {
    case .usd: return .money(Int64(v.rounded()))
    case .percent: return .percent(v, decimals: 1)
    case .number: return .ratio(v, decimals: decimals)
    }
  }
  private func xText(_ v: Double) -> String { cell(v, xAxis).display }
  private func yText(_ v: Double) -> String { cell(v, yAxis).display }
}

/// The computed geometry of a ``ScatterChart``.
public struct ScatterLayout: Sendable, Hashable {
  /// A placed point.
  public struct Placed: Sendable, Hashable {
    /// The data point.
    public var point: ScatterPoint
    /// Its centre.
    public var center: ChartPoint
  }
  /// The plot area.
  public var plot: ChartRect
  /// The horizontal scale.
  public var xScale: NiceScale
  /// The vertical scale.
  public var yScale: NiceScale
  /// The points in x order.
  public var points: [Placed]
  /// The step line's vertices (empty without a step line).
  public var stepPath: [ChartPoint]
}
