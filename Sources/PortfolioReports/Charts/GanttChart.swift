/// A month of a year, for Gantt bars (`month` 1-based).
public struct YearMonth: Sendable, Hashable, Comparable {
  /// The year.
  public var year: Int
  /// The month, 1 to 12.
  public var month: Int
  /// Creates a year-month; traps on a month outside 1...12.
  public init(_ year: Int, _ month: Int) {
    precondition((1...12).contains(month), "month \(month) out of 1...12")
    self.year = year
    self.month = month
  }
  /// Months since January of year 0 (0-based), for arithmetic.
  public var ordinal: Int { year * 12 + month - 1 }
  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// The state of a milestone marker.
public enum MilestoneState: String, Sendable, Hashable, CaseIterable {
  /// Not due yet, not done.
  case planned
  /// Done (accepted).
  case done
  /// Past due and not done.
  case overdue
  /// Re-forecast to a later date.
  case slipped

  /// The word shown in legends and tables.
  public var label: String {
    switch self {
    case .planned: return "Planned"
    case .done: return "Done"
    case .overdue: return "Overdue"
    case .slipped: return "Slipped"
    }
  }
}

/// One bar of a Gantt row: from the first day of `start` to the last day of `end` (inclusive).
public struct GanttBar: Sendable, Hashable {
  /// The first month.
  public var start: YearMonth
  /// The last month (inclusive, >= start).
  public var end: YearMonth
  /// The legend category (colour), e.g. the candidate kind.
  public var category: String
  /// Creates a bar; traps when `end` precedes `start`.
  public init(start: YearMonth, end: YearMonth, category: String) {
    precondition(end >= start, "gantt bar ends before it starts")
    self.start = start
    self.end = end
    self.category = category
  }
}

/// A milestone marker on a Gantt row, placed at the end of its due date's day.
public struct GanttMilestone: Sendable, Hashable {
  /// The milestone id, e.g. `M2`.
  public var id: String
  /// The milestone title.
  public var title: String
  /// The due (or forecast) date.
  public var due: ReportDate
  /// The marker's state.
  public var state: MilestoneState
  /// Creates a marker.
  public init(id: String, title: String, due: ReportDate, state: MilestoneState = .planned) {
    self.id = id
    self.title = title
    self.due = due
    self.state = state
  }
}

/// One row of a Gantt chart (one funded candidate).
public struct GanttRow: Sendable, Hashable {
  /// The row label, e.g. `DCB-D1`.
  public var label: String
  /// A detail shown after the label in text forms, e.g. the tier and title.
  public var detail: String
  /// The bars (usually one).
  public var bars: [GanttBar]
  /// The milestone markers.
  public var milestones: [GanttMilestone]
  /// Creates a row.
  public init(label: String, detail: String, bars: [GanttBar], milestones: [GanttMilestone]) {
    self.label = label
    self.detail = detail
    self.bars = bars
    self.milestones = milestones
  }
}

/// A Gantt chart over whole years `firstYear...lastYear`, one row per item, bars by month, milestone markers.
public struct GanttChart: Sendable, Hashable {
  /// A stable id (lowercase, digits, `-`) used for SVG element ids and the CSV name.
  public var id: String
  /// The chart title.
  public var title: String
  /// The first year on the time axis (from 1 January).
  public var firstYear: Int
  /// The last year on the time axis (to 31 December).
  public var lastYear: Int
  /// The rows, top to bottom.
  public var rows: [GanttRow]
  /// An optional "today" line (the report's as-of date).
  public var marker: ReportDate?

  /// Creates a chart; traps when `lastYear < firstYear`.
  public init(id: String, title: String, firstYear: Int, lastYear: Int, rows: [GanttRow], marker: ReportDate? = nil) {
    precondition(lastYear >= firstYear, "gantt years \(firstYear)...\(lastYear) are reversed")
    self.id = id
    self.title = title
    self.firstYear = firstYear
    self.lastYear = lastYear
    self.rows = rows
    self.marker = marker
  }

  /// Height of one row in SVG units.
  public static let rowHeight = 26.0

  /// The frame: 760 wide, tall enough for every row, with room on the left for row labels.
  public var frame: ChartFrame {
    ChartFrame(width: 760, height: 24 + Double(max(rows.count, 1)) * GanttChart.rowHeight + 96, left: 96, right: 16, top: 24, bottom: 96)
  }

  /// The legend categories in first-seen order.
  public var categories: [String] {
    var out: [String] = []
    for row in rows { for bar in row.bars where !out.contains(bar.category) { out.append(bar.category) } }
    return out
  }

  /// The x coordinate of the start of day `date` (0:00) within `plot`.
  public func x(ofDayStart date: ReportDate, in plot: ChartRect) -> Double {
    let first = ReportDate(year: firstYear, month: 1, day: 1).dayNumber
    let last = ReportDate(year: lastYear + 1, month: 1, day: 1).dayNumber
    return plot.x + Double(date.dayNumber - first) / Double(last - first) * plot.width
  }

  /// The x coordinate of the end of day `date` (24:00).
  public func x(ofDayEnd date: ReportDate, in plot: ChartRect) -> Double {
    x(ofDayStart: ReportDate(dayNumber: date.dayNumber + 1), in: plot)
  }

  /// Bars, markers and year ticks placed in `frame`'s plot area.
  public func layout() -> GanttLayout {
    let plot = frame.plot
    var bars: [GanttLayout.Bar] = []
    var marks: [GanttLayout.Mark] = []
    for (i, row) in rows.enumerated() {
      let top = plot.y + Double(i) * GanttChart.rowHeight
      for bar in row.bars {
        let x0 = x(ofDayStart: ReportDate(year: bar.start.year, month: bar.start.month, day: 1), in: plot)
        let x1 = x(ofDayEnd: ReportDate.lastDay(year: bar.end.year, month: bar.end.month), in: plot)
        bars.append(.init(row: i, rect: ChartRect(x: x0, y: top + 6, width: x1 - x0, height: GanttChart.rowHeight - 12), category: bar.category))
      }
      for m in row.milestones {
        marks.append(.init(row: i, center: ChartPoint(x: x(ofDayEnd: m.due, in: plot), y: top + GanttChart.rowHeight / 2), milestone: m))
      }
    }
    let ticks = (firstYear...(lastYear + 1)).map { year in
      GanttLayout.Tick(year: year, x: x(ofDayStart: ReportDate(year: year, month: 1, day: 1), in: plot))
    }
    let markerX = marker.map { x(ofDayEnd: $0, in: plot) }
    return GanttLayout(plot: plot, bars: bars, marks: marks, yearTicks: ticks, markerX: markerX)
  }

  /// A text alternative naming every row's span and milestone count.
  public var textAlternative: String {
    let items = rows.map { row -> String in
      let spans = row.bars.map { "\(ReportDate.monthAbbreviations[$0.start.month - 1]) \($0.start.year) to \(ReportDate.monthAbbreviations[$0.end.month - 1]) \($0.end.year)" }
      let late = row.milestones.filter { $0.state == .overdue }.count
      let lateText = late > 0 ? ", \(late) overdue" : ""
      return "\(row.label) \(spans.joined(separator: " and ")) with \(row.milestones.count) milestones\(lateText)"
    }
    return "Gantt chart, \(title): \(rows.count) rows from \(firstYear) to \(lastYear). " + items.joined(separator: "; ") + "."
  }

  /// The chart's data as a table: one row per milestone (or per bar without milestones).
  public var dataTable: ReportTable {
    var rowsOut: [[ReportCell]] = []
    for row in rows {
      let start = row.bars.map(\.start).min()
      let end = row.bars.map(\.end).max()
      let startCell: ReportCell = start.map { .date(ReportDate(year: $0.year, month: $0.month, day: 1)) } ?? .empty
      let endCell: ReportCell = end.map { .date(ReportDate.lastDay(year: $0.year, month: $0.month)) } ?? .empty
      if row.milestones.isEmpty {
        rowsOut.append([.text(row.label), .text(row.detail), startCell, endCell, .empty, .empty, .empty])
      }
      for m in row.milestones {
        rowsOut.append([.text(row.label), .text(row.detail), startCell, endCell, .text("\(m.id) \(m.title)"), .date(m.due), .text(m.state.label)])
      }
    }
    return ReportTable(
      id: id, title: title,
      columns: [
        ReportColumn("Item"), ReportColumn("Detail"), ReportColumn("Start", alignment: .right), ReportColumn("End", alignment: .right),
        ReportColumn("Milestone"), ReportColumn("Due", alignment: .right), ReportColumn("State", alignment: .center),
      ],
      rows: rowsOut)
  }
}

/// The computed geometry of a ``GanttChart``.
public struct GanttLayout: Sendable, Hashable {
  /// A placed bar.
  public struct Bar: Sendable, Hashable {
    /// The 0-based row index.
    public var row: Int
    /// The rectangle.
    public var rect: ChartRect
    /// The legend category.
    public var category: String
  }
  /// A placed milestone marker.
  public struct Mark: Sendable, Hashable {
    /// The 0-based row index.
    public var row: Int
    /// The marker centre.
    public var center: ChartPoint
    /// The milestone.
    public var milestone: GanttMilestone
  }
  /// A year boundary on the time axis.
  public struct Tick: Sendable, Hashable {
    /// The year starting at this tick.
    public var year: Int
    /// Its x coordinate.
    public var x: Double
  }
  /// The plot area.
  public var plot: ChartRect
  /// The bars.
  public var bars: [Bar]
  /// The milestone markers.
  public var marks: [Mark]
  /// Year boundaries, `firstYear` to `lastYear + 1`.
  public var yearTicks: [Tick]
  /// The x of the as-of marker, if any.
  public var markerX: Double?
}
