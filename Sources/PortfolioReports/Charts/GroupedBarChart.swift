/// A named series of numbers, one per category.
public struct ValueSeries: Sendable, Hashable {
  /// The series name (legend).
  public var name: String
  /// One value per category.
  public var values: [Double]
  /// Creates a series.
  public init(name: String, values: [Double]) {
    self.name = name
    self.values = values
  }
}

/// Grouped bars: per category, one bar per series side by side, with an optional horizontal reference line.
public struct GroupedBarChart: Sendable, Hashable {
  /// A stable id for SVG element ids and the CSV name.
  public var id: String
  /// The chart title.
  public var title: String
  /// The category labels (e.g. criteria names).
  public var categories: [String]
  /// The series, drawn left to right inside each group.
  public var series: [ValueSeries]
  /// A reference value drawn across the plot, e.g. the goal at 100% (`nil`: none).
  public var reference: Double?
  /// What the reference line is, e.g. `Goal`.
  public var referenceLabel: String
  /// The value axis.
  public var axis: ChartAxis
  /// Decimals used for values in the text alternative and data table.
  public var decimals: Int

  /// Creates a chart; traps when a series does not have one value per category.
  public init(
    id: String, title: String, categories: [String], series: [ValueSeries], reference: Double? = nil, referenceLabel: String = "Goal",
    axis: ChartAxis, decimals: Int = 1
  ) {
    for s in series { precondition(s.values.count == categories.count, "series '\(s.name)' has \(s.values.count) values for \(categories.count) categories") }
    self.id = id
    self.title = title
    self.categories = categories
    self.series = series
    self.reference = reference
    self.referenceLabel = referenceLabel
    self.axis = axis
    self.decimals = decimals
  }

  /// The frame: 760 x 400, taller by a row for each extra legend row (so no series drops out of the legend).
  public var frame: ChartFrame {
    var labels = series.map(\.name)
    if reference != nil { labels.append(referenceLabel) }
    return ChartLegend.frame(ChartFrame(width: 760, height: 400), fitting: labels)
  }

  /// The value scale: covers every value and the reference, from 0.
  public var scale: NiceScale {
    let values = series.flatMap(\.values).filter(\.isFinite) + (reference.map { [$0] } ?? [])
    let plot = frame.plot
    return NiceScale(min: values.min() ?? 0, max: values.max() ?? 1, targetTicks: 5, rangeStart: plot.maxY, rangeEnd: plot.y)
  }

  /// Places each bar: groups take 80% of a category slot, split evenly between series.
  public func layout() -> GroupedBarLayout {
    let plot = frame.plot
    let scale = self.scale
    let slot = categories.isEmpty ? plot.width : plot.width / Double(categories.count)
    let barWidth = series.isEmpty ? 0 : slot * 0.8 / Double(series.count)
    let zero = scale.position(0)
    var bars: [GroupedBarLayout.Bar] = []
    for c in categories.indices {
      for (s, serie) in series.enumerated() {
        let v = serie.values[c].isFinite ? serie.values[c] : 0
        let y = scale.position(v)
        let x = plot.x + Double(c) * slot + slot * 0.1 + Double(s) * barWidth
        bars.append(.init(category: c, series: s, value: v, rect: ChartRect(x: x, y: min(y, zero), width: barWidth, height: abs(zero - y))))
      }
    }
    return GroupedBarLayout(plot: plot, scale: scale, slotWidth: slot, bars: bars, referenceY: reference.map { scale.position($0) })
  }

  /// A text alternative naming every value.
  public var textAlternative: String {
    let parts = categories.indices.map { c in
      categories[c] + ": " + series.map { "\($0.name) \(format($0.values[c]))" }.joined(separator: ", ")
    }
    let ref = reference.map { "; \(referenceLabel) at \(format($0))" } ?? ""
    return "Grouped bar chart, \(title), \(axis.title)\(ref). " + parts.joined(separator: "; ") + "."
  }

  /// The data as a table: one row per category, one column per series.
  public var dataTable: ReportTable {
    let unit: String? = axis.unit == .percent ? "%" : nil
    let columns = [ReportColumn("Category")] + series.map { ReportColumn($0.name, unit: unit, alignment: .right) }
    let rows = categories.indices.map { c -> [ReportCell] in [.text(categories[c])] + series.map { cell($0.values[c]) } }
    return ReportTable(id: id, title: title, columns: columns, rows: rows)
  }

  private func cell(_ v: Double) -> ReportCell { axis.unit == .percent ? .percent(v, decimals: decimals) : .ratio(v, decimals: decimals) }
  private func format(_ v: Double) -> String { cell(v).display }
}

/// The computed geometry of a ``GroupedBarChart``.
public struct GroupedBarLayout: Sendable, Hashable {
  /// One bar.
  public struct Bar: Sendable, Hashable {
    /// The 0-based category index.
    public var category: Int
    /// The 0-based series index.
    public var series: Int
    /// The value.
    public var value: Double
    /// The rectangle (from the zero line to the value).
    public var rect: ChartRect
  }
  /// The plot area.
  public var plot: ChartRect
  /// The value scale (vertical).
  public var scale: NiceScale
  /// The width of one category slot.
  public var slotWidth: Double
  /// The bars, by category then series.
  public var bars: [Bar]
  /// The y of the reference line, if any.
  public var referenceY: Double?
}
