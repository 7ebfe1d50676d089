/// A named series of whole-dollar amounts, one per category.
public struct MoneySeries: Sendable, Hashable {
  /// The series name (legend), e.g. a funding source id.
  public var name: String
  /// One amount per category, whole US dollars, >= 0.
  public var values: [Int64]
  /// Creates a series.
  public init(name: String, values: [Int64]) {
    self.name = name
    self.values = values
  }
}

/// Stacked bars of money by category (years) and series (sources), with an optional cap per category.
public struct StackedBarChart: Sendable, Hashable {
  /// A stable id for SVG element ids and the CSV name.
  public var id: String
  /// The chart title.
  public var title: String
  /// The category labels, left to right (e.g. `2024`...`2028`).
  public var categories: [String]
  /// The series, stacked bottom to top in this order.
  public var series: [MoneySeries]
  /// A cap per category drawn as a line across the bar (`nil`: no cap that year).
  public var caps: [Int64?]
  /// What the cap line is, e.g. `Yearly cap, all sources`.
  public var capLabel: String
  /// The value axis.
  public var axis: ChartAxis

  /// Creates a chart; traps when a series or the caps do not have one entry per category, or an amount is negative.
  public init(id: String, title: String, categories: [String], series: [MoneySeries], caps: [Int64?] = [], capLabel: String = "Cap", axis: ChartAxis) {
    for s in series {
      precondition(s.values.count == categories.count, "series '\(s.name)' has \(s.values.count) values for \(categories.count) categories")
      precondition(s.values.allSatisfy { $0 >= 0 }, "series '\(s.name)' has a negative amount")
    }
    precondition(caps.isEmpty || caps.count == categories.count, "caps must be empty or one per category")
    self.id = id
    self.title = title
    self.categories = categories
    self.series = series
    self.caps = caps.isEmpty ? Array(repeating: nil, count: categories.count) : caps
    self.capLabel = capLabel
    self.axis = axis
  }

  /// The frame: 760 x 400, taller by a row for each extra legend row (so no series drops out of the legend).
  public var frame: ChartFrame {
    var labels = series.map(\.name)
    if caps.contains(where: { $0 != nil }) { labels.append(capLabel) }
    return ChartLegend.frame(ChartFrame(width: 760, height: 400), fitting: labels)
  }

  /// The total of each category (the bar height), whole dollars.
  public var totals: [Int64] { categories.indices.map { c in series.reduce(0) { $0 + $1.values[c] } } }

  /// The value scale: covers the totals and the caps, from 0.
  public var scale: NiceScale {
    let top = max(totals.max() ?? 0, caps.compactMap { $0 }.max() ?? 0)
    let plot = frame.plot
    return NiceScale(min: 0, max: Double(top), targetTicks: 5, rangeStart: plot.maxY, rangeEnd: plot.y)
  }

  /// Places the stacked segments and cap lines in the plot area.
  ///
  /// Bars take 60% of each category slot, centred; segments stack in series order from the axis upwards.
  public func layout() -> StackedBarLayout {
    let plot = frame.plot
    let scale = self.scale
    let slot = categories.isEmpty ? plot.width : plot.width / Double(categories.count)
    var bars: [StackedBarLayout.Bar] = []
    for (c, label) in categories.enumerated() {
      let x = plot.x + Double(c) * slot + slot * 0.2
      let width = slot * 0.6
      var running: Int64 = 0
      var segments: [StackedBarLayout.Segment] = []
      for (s, series) in series.enumerated() {
        let value = series.values[c]
        let y0 = scale.position(Double(running))
        running += value
        let y1 = scale.position(Double(running))
        if value > 0 { segments.append(.init(series: s, value: value, rect: ChartRect(x: x, y: y1, width: width, height: y0 - y1))) }
      }
      let capY = caps[c].map { scale.position(Double($0)) }
      bars.append(.init(category: label, x: x, width: width, total: running, topY: scale.position(Double(running)), segments: segments, capY: capY))
    }
    return StackedBarLayout(plot: plot, scale: scale, bars: bars)
  }

  /// A text alternative naming each category's total, its largest series and its cap.
  public var textAlternative: String {
    let parts = categories.indices.map { c -> String in
      var text = "\(categories[c]) \(ReportNumberFormat.money(totals[c]))"
      if let cap = caps[c] { text += " of \(ReportNumberFormat.money(cap)) cap" }
      let named = series.filter { $0.values[c] > 0 }.map { "\($0.name) \(ReportNumberFormat.money($0.values[c]))" }
      if !named.isEmpty { text += " (" + named.joined(separator: ", ") + ")" }
      return text
    }
    return "Stacked bar chart, \(title), \(axis.title): " + parts.joined(separator: "; ") + "."
  }

  /// The data as a table: one row per category, one column per series, a total and the cap.
  public var dataTable: ReportTable {
    let columns = [ReportColumn("Category")] + series.map { ReportColumn($0.name, unit: "USD", alignment: .right) }
      + [ReportColumn("Total", unit: "USD", alignment: .right), ReportColumn(capLabel, unit: "USD", alignment: .right)]
    let rows = categories.indices.map { c -> [ReportCell] in
      [.text(categories[c])] + series.map { .money($0.values[c]) } + [.money(totals[c]), caps[c].map(ReportCell.money) ?? .empty]
    }
    let grand: [ReportCell] = [.text("Total")] + series.map { .money($0.values.reduce(0, +)) } + [.money(totals.reduce(0, +)), .empty]
    return ReportTable(id: id, title: title, columns: columns, rows: rows, totals: grand)
  }
}

/// The computed geometry of a ``StackedBarChart``.
public struct StackedBarLayout: Sendable, Hashable {
  /// One stacked segment.
  public struct Segment: Sendable, Hashable {
    /// The 0-based series index.
    public var series: Int
    /// The amount, whole dollars.
    public var value: Int64
    /// The rectangle.
    public var rect: ChartRect
  }
  /// One bar (category).
  public struct Bar: Sendable, Hashable {
    /// The category label.
    public var category: String
    /// The bar's left edge.
    public var x: Double
    /// The bar's width.
    public var width: Double
    /// The bar's total, whole dollars (sum of its segments).
    public var total: Int64
    /// The y of the top of the stack.
    public var topY: Double
    /// The segments, bottom to top.
    public var segments: [Segment]
    /// The y of the cap line, if any.
    public var capY: Double?
  }
  /// The plot area.
  public var plot: ChartRect
  /// The value scale (vertical).
  public var scale: NiceScale
  /// The bars, left to right.
  public var bars: [Bar]
}
