/// One cell of a stoplight grid: a colour and the figure behind it.
public struct StoplightCell: Sendable, Hashable {
  /// The status colour.
  public var status: Stoplight
  /// The figure shown in the cell, e.g. `0.93`.
  public var text: String
  /// Creates a cell.
  public init(_ status: Stoplight, _ text: String) {
    self.status = status
    self.text = text
  }
}

/// One row of a stoplight grid (one project).
public struct StoplightRow: Sendable, Hashable {
  /// The row label, e.g. `DCB-D1`.
  public var label: String
  /// One cell per column.
  public var cells: [StoplightCell]
  /// Creates a row.
  public init(label: String, cells: [StoplightCell]) {
    self.label = label
    self.cells = cells
  }
}

/// A stoplight table drawn as a chart: rows of projects, columns of measures, each cell a colour plus its figure.
public struct StoplightGrid: Sendable, Hashable {
  /// A stable id for SVG element ids and the CSV name.
  public var id: String
  /// The chart title.
  public var title: String
  /// The column headers (measures), e.g. `CPI`, `SPI`.
  public var columns: [String]
  /// The rows.
  public var rows: [StoplightRow]

  /// Creates a grid; traps when a row does not have one cell per column.
  public init(id: String, title: String, columns: [String], rows: [StoplightRow]) {
    for r in rows { precondition(r.cells.count == columns.count, "stoplight row '\(r.label)' has \(r.cells.count) cells for \(columns.count) columns") }
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = rows
  }

  /// Row height in SVG units.
  public static let rowHeight = 28.0

  /// The frame: 760 wide, one row per project plus a header row and a legend.
  public var frame: ChartFrame {
    ChartFrame(width: 760, height: 8 + Double(rows.count + 1) * StoplightGrid.rowHeight + 48, left: 120, right: 16, top: 8, bottom: 48)
  }

  /// The cell rectangles, row by row (the header row is the plot's first row).
  public func layout() -> [[ChartRect]] {
    let plot = frame.plot
    let w = columns.isEmpty ? plot.width : plot.width / Double(columns.count)
    return rows.indices.map { r in
      columns.indices.map { c in
        ChartRect(x: plot.x + Double(c) * w + 2, y: plot.y + Double(r + 1) * StoplightGrid.rowHeight + 2, width: w - 4, height: StoplightGrid.rowHeight - 4)
      }
    }
  }

  /// A text alternative naming every non-green cell (and how many are green).
  public var textAlternative: String {
    var flagged: [String] = []
    var green = 0
    for r in rows {
      for (c, cell) in r.cells.enumerated() {
        if cell.status == .green { green += 1 } else if cell.status != .none { flagged.append("\(r.label) \(columns[c]) \(cell.status.label) (\(cell.text))") }
      }
    }
    let list = flagged.isEmpty ? "none flagged" : "flagged: " + flagged.joined(separator: "; ")
    return "Stoplight table, \(title): \(rows.count) rows, \(green) green cells, \(list)."
  }

  /// The data as a table: per column, the figure and its status.
  public var dataTable: ReportTable {
    var cols = [ReportColumn("Item")]
    for c in columns { cols += [ReportColumn(c, alignment: .right), ReportColumn("\(c) status", alignment: .center)] }
    let rows = self.rows.map { r -> [ReportCell] in [.text(r.label)] + r.cells.flatMap { [ReportCell.text($0.text), .status($0.status)] } }
    return ReportTable(id: id, title: title, columns: cols, rows: rows)
  }
}
