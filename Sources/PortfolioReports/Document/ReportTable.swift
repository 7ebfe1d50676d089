/// The horizontal alignment of a table column.
public enum ColumnAlignment: String, Sendable, Hashable {
  /// Text columns.
  case left
  /// Status columns.
  case center
  /// Number columns.
  case right
}

/// One column of a ``ReportTable``: header, unit and alignment.
public struct ReportColumn: Sendable, Hashable {
  /// The header text, e.g. `Amount`.
  public var header: String
  /// The unit shown after the header, e.g. `USD` or `%` (`nil`: none).
  public var unit: String?
  /// How cells of this column line up.
  public var alignment: ColumnAlignment

  /// Creates a column.
  public init(_ header: String, unit: String? = nil, alignment: ColumnAlignment = .left) {
    self.header = header
    self.unit = unit
    self.alignment = alignment
  }

  /// The header with its unit: `Amount (USD)`.
  public var title: String { unit.map { "\(header) (\($0))" } ?? header }
}

/// A table with typed cells; every row has one cell per column (checked on creation).
public struct ReportTable: Sendable, Hashable {
  /// A stable identifier (lowercase, digits and `-`), used for the CSV file name and HTML anchors.
  public var id: String
  /// The caption shown above the table.
  public var title: String
  /// The columns, left to right.
  public var columns: [ReportColumn]
  /// The body rows.
  public var rows: [[ReportCell]]
  /// An optional totals row shown last and set apart (`nil`: none).
  public var totals: [ReportCell]?

  /// Creates a table; traps when a row's width differs from the column count (a programmer error).
  public init(id: String, title: String, columns: [ReportColumn], rows: [[ReportCell]], totals: [ReportCell]? = nil) {
    precondition(ReportTable.isValidID(id), "table id '\(id)' must be lowercase letters, digits and '-'")
    for (i, row) in rows.enumerated() {
      precondition(row.count == columns.count, "table '\(id)' row \(i) has \(row.count) cells, expected \(columns.count)")
    }
    if let totals { precondition(totals.count == columns.count, "table '\(id)' totals row has \(totals.count) cells") }
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = rows
    self.totals = totals
  }

  /// The body rows followed by the totals row, if any.
  public var allRows: [[ReportCell]] { rows + (totals.map { [$0] } ?? []) }

  /// True when `id` is non-empty and uses only `a-z`, `0-9` and `-`.
  public static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }

  /// Makes a stable identifier from any text: lowercase ASCII letters and digits, other runs become `-`.
  public static func slug(_ text: String) -> String {
    var out = ""
    var dash = false
    for s in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(s) || ("0"..."9").contains(s) {
        out.unicodeScalars.append(s)
        dash = false
      } else if !dash && !out.isEmpty {
        out.append("-")
        dash = true
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "x" : out
  }
}
