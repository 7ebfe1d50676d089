/// A plain-text table with aligned columns, for `--format table`.
///
/// Columns are separated by two spaces; a dashed rule sits under the header. Right-aligned columns
/// suit money and counts. Widths count `Character`s (grapheme clusters), which is right for the
/// Latin scripts of the dataset (`Goražde`); no trailing spaces are written.
public struct TextTable: Sendable {
  /// How a column's cells line up.
  public enum Alignment: Sendable {
    /// Text: padded on the right.
    case left
    /// Numbers and money: padded on the left.
    case right
  }

  /// One column: its header and alignment.
  public struct Column: Sendable {
    /// The header text.
    public var header: String
    /// How its cells line up.
    public var alignment: Alignment

    /// Creates a column.
    public init(_ header: String, _ alignment: Alignment = .left) {
      self.header = header
      self.alignment = alignment
    }
  }

  /// The columns, left to right.
  public var columns: [Column]
  /// The rows; each has one cell per column.
  public private(set) var rows: [[String]] = []

  /// Creates an empty table with `columns`.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Appends a row; it must have exactly one cell per column.
  public mutating func append(_ cells: [String]) {
    precondition(cells.count == columns.count, "row has \(cells.count) cells for \(columns.count) columns")
    rows.append(cells)
  }

  /// The table as lines ending in `\n`: header, rule, rows.
  public func render() -> String {
    var widths = columns.map(\.header.count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    var text = line(columns.map(\.header), widths: widths)
    text += line(widths.map { String(repeating: "-", count: $0) }, widths: widths)
    for row in rows { text += line(row, widths: widths) }
    return text
  }

  private func line(_ cells: [String], widths: [Int]) -> String {
    var parts: [String] = []
    for (index, cell) in cells.enumerated() {
      let padding = String(repeating: " ", count: widths[index] - cell.count)
      let isLast = index == cells.count - 1
      switch columns[index].alignment {
      case .left: parts.append(isLast ? cell : cell + padding)
      case .right: parts.append(padding + cell)
      }
    }
    var joined = parts.joined(separator: "  ")
    while joined.last == " " { joined.removeLast() }
    return joined + "\n"
  }
}
