/// One observation of a time series.
public struct DatedValue: Sendable, Hashable {
  /// The date.
  public var date: ReportDate
  /// The value in the chart's axis unit (whole dollars for money).
  public var value: Double
  /// Creates an observation.
  public init(_ date: ReportDate, _ value: Double) {
    self.date = date
    self.value = value
  }
}

/// A named time series (e.g. PV).
public struct LineSeries: Sendable, Hashable {
  /// The series name (legend), e.g. `PV (planned value)`.
  public var name: String
  /// The observations, in date order.
  public var points: [DatedValue]
  /// True to draw the line dashed (e.g. a forecast or the plan).
  public var dashed: Bool
  /// Creates a series.
  public init(name: String, points: [DatedValue], dashed: Bool = false) {
    self.name = name
    self.points = points.sorted { $0.date < $1.date }
    self.dashed = dashed
  }
}

/// A line chart over time (EVM S-curves: cumulative PV, EV, AC), with an optional as-of marker.
public struct LineChart: Sendable, Hashable {
  /// A stable id for SVG element ids and the CSV name.
  public var id: String
  /// The chart title.
  public var title: String
  /// The first day of the time axis.
  public var start: ReportDate
  /// The last day of the time axis (inclusive).
  public var end: ReportDate
  /// The series.
  public var series: [LineSeries]
  /// The value axis.
  public var axis: ChartAxis
  /// A vertical marker line (e.g. the as-of date), if any.
  public var marker: ReportDate?
  /// The chart height in SVG units (width is always 760).
  public var height: Double

  /// Creates a chart; traps when `end` precedes `start` or the height leaves no plot area.
  public init(
    id: String, title: String, start: ReportDate, end: ReportDate, series: [LineSeries], axis: ChartAxis, marker: ReportDate? = nil, height: Double = 380
  ) {
    precondition(start <= end, "line chart time axis is reversed")
    precondition(height >= 200, "line chart height \(height) below 200")
    self.height = height
    self.id = id
    self.title = title
    self.start = start
    self.end = end
    self.series = series
    self.axis = axis
    self.marker = marker
  }

  /// The frame: 760 wide, ``height`` tall.
  public var frame: ChartFrame { ChartFrame(width: 760, height: height) }

  /// The x of the end of `date` within the plot.
  public func x(_ date: ReportDate, in plot: ChartRect) -> Double {
    let d0 = start.dayNumber
    let d1 = end.dayNumber + 1
    return plot.x + Double(date.dayNumber + 1 - d0) / Double(max(1, d1 - d0)) * plot.width
  }

  /// Places the polylines, year ticks and marker.
  public func layout() -> LineLayout {
    let plot = frame.plot
    let values = series.flatMap { $0.points.map(\.value) }
    let scale = NiceScale(min: 0, max: values.max() ?? 1, targetTicks: 5, rangeStart: plot.maxY, rangeEnd: plot.y)
    let lines = series.map { s in s.points.map { ChartPoint(x: x($0.date, in: plot), y: scale.position($0.value)) } }
    var ticks: [LineLayout.Tick] = []
    for year in start.year...(end.year + 1) {
      let d = ReportDate(year: year, month: 1, day: 1)
      if d >= start && d.dayNumber <= end.dayNumber + 1 {
        ticks.append(.init(label: String(year), x: x(ReportDate(dayNumber: d.dayNumber - 1), in: plot)))
      }
    }
    let markerX = marker.flatMap { $0 >= start && $0 <= end ? x($0, in: plot) : nil }
    return LineLayout(plot: plot, scale: scale, lines: lines, timeTicks: ticks, markerX: markerX)
  }

  /// A text alternative naming each series' last value (and at the marker when there is one).
  public var textAlternative: String {
    let parts = series.map { s -> String in
      guard let last = s.points.last else { return "\(s.name): no data" }
      var t = "\(s.name) reaches \(format(last.value)) on \(last.date.iso)"
      if let m = marker, let atMarker = s.points.last(where: { $0.date <= m }) { t += ", \(format(atMarker.value)) at \(m.iso)" }
      return t
    }
    return "Line chart, \(title), \(axis.title) from \(start.iso) to \(end.iso): " + parts.joined(separator: "; ") + "."
  }

  /// The data as a table: one row per date that any series has, one column per series (empty where a series has no point).
  public var dataTable: ReportTable {
    let dates = Array(Set(series.flatMap { $0.points.map(\.date) })).sorted()
    let columns = [ReportColumn("Date", alignment: .right)] + series.map { ReportColumn($0.name, unit: axis.unit == .usd ? "USD" : nil, alignment: .right) }
    let rows = dates.map { d -> [ReportCell] in
      [.date(d)] + series.map { s in s.points.last(where: { $0.date == d }).map { cell($0.value) } ?? .empty }
    }
    return ReportTable(id: id, title: title, columns: columns, rows: rows)
  }

  private func cell(_ v: Double) -> ReportCell {
    switch axis.unit {
    case .usd: return .money(Int64(v.rounded()))
    case .percent: return .percent(v, decimals: 1)
    case .number: return .ratio(v, decimals: 2)
    }
  }
  private func format(_ v: Double) -> String { cell(v).display }
}

/// The computed geometry of a ``LineChart``.
public struct LineLayout: Sendable, Hashable {
  /// A labelled tick on the time axis.
  public struct Tick: Sendable, Hashable {
    /// The label (a year).
    public var label: String
    /// The x coordinate.
    public var x: Double
  }
  /// The plot area.
  public var plot: ChartRect
  /// The value scale (vertical).
  public var scale: NiceScale
  /// One polyline per series.
  public var lines: [[ChartPoint]]
  /// Year starts inside the time axis.
  public var timeTicks: [Tick]
  /// The marker's x, if inside the axis.
  public var markerX: Double?
}
