/// Any chart a report can hold. Each kind computes its own geometry; renderers only draw it.
public enum ReportChart: Sendable, Hashable {
  /// Funded items over time with milestones.
  case gantt(GanttChart)
  /// Money by year and source against caps.
  case stackedBars(StackedBarChart)
  /// Criteria against goals.
  case groupedBars(GroupedBarChart)
  /// Frontier points joined by a step line.
  case scatter(ScatterChart)
  /// Time series such as EVM S-curves.
  case line(LineChart)
  /// A stoplight table.
  case stoplight(StoplightGrid)

  /// The chart's stable id.
  public var id: String {
    switch self {
    case .gantt(let c): return c.id
    case .stackedBars(let c): return c.id
    case .groupedBars(let c): return c.id
    case .scatter(let c): return c.id
    case .line(let c): return c.id
    case .stoplight(let c): return c.id
    }
  }

  /// The chart's title.
  public var title: String {
    switch self {
    case .gantt(let c): return c.title
    case .stackedBars(let c): return c.title
    case .groupedBars(let c): return c.title
    case .scatter(let c): return c.title
    case .line(let c): return c.title
    case .stoplight(let c): return c.title
    }
  }

  /// The text alternative (screen readers, `aria-label`, text formats).
  public var textAlternative: String {
    switch self {
    case .gantt(let c): return c.textAlternative
    case .stackedBars(let c): return c.textAlternative
    case .groupedBars(let c): return c.textAlternative
    case .scatter(let c): return c.textAlternative
    case .line(let c): return c.textAlternative
    case .stoplight(let c): return c.textAlternative
    }
  }

  /// The chart's data as a table (what Markdown, CSV and JSON show for it).
  public var dataTable: ReportTable {
    switch self {
    case .gantt(let c): return c.dataTable
    case .stackedBars(let c): return c.dataTable
    case .groupedBars(let c): return c.dataTable
    case .scatter(let c): return c.dataTable
    case .line(let c): return c.dataTable
    case .stoplight(let c): return c.dataTable
    }
  }

  /// The chart kind as a word: `gantt`, `stacked-bars`, `grouped-bars`, `scatter`, `line`, `stoplight`.
  public var kind: String {
    switch self {
    case .gantt: return "gantt"
    case .stackedBars: return "stacked-bars"
    case .groupedBars: return "grouped-bars"
    case .scatter: return "scatter"
    case .line: return "line"
    case .stoplight: return "stoplight"
    }
  }
}
