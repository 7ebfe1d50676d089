/// A table of typed cells rendered three ways: aligned text, RFC 4180 CSV or JSON (`--format`).
///
/// Each column has a header for the text table, a name for the CSV header and a key for JSON. Money is
/// whole US dollars: with thousands separators and right-aligned in the table, plain digits in CSV,
/// an integer in JSON. An absent value is empty in the table and CSV and `null` in JSON.
public struct Listing: Sendable {
  /// One typed value.
  public enum Cell: Sendable, Equatable {
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// Whole US dollars.
    case dollars(Int64)
    /// `yes` / `no` (JSON `true` / `false`).
    case bool(Bool)
    /// A list, joined with `;` in the table and CSV, an array in JSON.
    case list([String])
    /// No value.
    case none

    /// The JSON form.
    var json: JSONOutput {
      switch self {
      case .text(let text): .string(text)
      case .integer(let number): .integer(Int64(number))
      case .dollars(let amount): .integer(amount)
      case .bool(let flag): .bool(flag)
      case .list(let items): .array(items.map { .string($0) })
      case .none: .null
      }
    }

    var tableText: String {
      switch self {
      case .dollars(let amount): MoneyFormat.dollars(amount)
      default: csvText
      }
    }

    var csvText: String {
      switch self {
      case .text(let text): text
      case .integer(let number): String(number)
      case .dollars(let amount): String(amount)
      case .bool(let flag): flag ? "yes" : "no"
      case .list(let items): items.joined(separator: ";")
      case .none: ""
      }
    }
  }

  /// One column's three names.
  public struct Column: Sendable {
    /// The text table's header.
    public var header: String
    /// The CSV header.
    public var csv: String
    /// The JSON key.
    public var json: String
    /// Whether the text table right-aligns it (numbers and money).
    public var rightAligned: Bool

    /// Creates a column.
    public init(_ header: String, csv: String, json: String, rightAligned: Bool = false) {
      self.header = header
      self.csv = csv
      self.json = json
      self.rightAligned = rightAligned
    }
  }

  /// The columns, left to right.
  public var columns: [Column]
  /// The rows, one cell per column.
  public private(set) var rows: [[Cell]] = []

  /// Creates an empty listing.
  public init(columns: [Column]) {
    self.columns = columns
  }

  /// Appends a row of one cell per column.
  public mutating func append(_ cells: [Cell]) {
    precondition(cells.count == columns.count, "row has \(cells.count) cells for \(columns.count) columns")
    rows.append(cells)
  }

  /// The listing in `format`.
  ///
  public func render(_ format: OutputFormat) -> String {
    switch format {
    case .table:
      var table = TextTable(columns: columns.map { .init($0.header, $0.rightAligned ? .right : .left) })
      for row in rows { table.append(row.map(\.tableText)) }
      return table.render()
    case .csv:
      var writer = CSVWriter(header: columns.map(\.csv))
      for row in rows { writer.append(row.map(\.csvText)) }
      return writer.text
    case .json:
      let objects = rows.map { row in
        JSONOutput.object(Dictionary(uniqueKeysWithValues: zip(columns.map(\.json), row.map(\.json))))
      }
      return JSONOutput.array(objects).text
    }
  }
}
