import PortfolioReports

/// Writes RFC 4180 CSV: a header row, then records; fields that hold a comma, a double quote, a
/// carriage return or a line feed (or start or end with a space) are quoted, with inner quotes doubled.
///
/// Every field is neutralized against spreadsheet formula injection exactly as the report CSV is
/// (`CSVRenderer.neutralize`: text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`;
/// plain numbers such as `-3` or `12.5` stay numbers), so `--format csv` of every command is safe to open.
///
/// Lines end in `\n` (DESIGN/STYLE C5: `\n` line endings, a final newline), which RFC 4180 readers,
/// ours included, accept alongside CRLF.
public struct CSVWriter: Sendable {
  /// The text written so far.
  public private(set) var text = ""
  private let columnCount: Int

  /// Starts a document with its header row.
  public init(header: [String]) {
    columnCount = header.count
    appendRecord(header)
  }

  /// Appends one record; it must have as many fields as the header.
  public mutating func append(_ fields: [String]) {
    precondition(fields.count == columnCount, "record has \(fields.count) fields for \(columnCount) columns")
    appendRecord(fields)
  }

  private mutating func appendRecord(_ fields: [String]) {
    text += fields.map(Self.escape).joined(separator: ",") + "\n"
  }

  /// One field, quoted only when it needs to be.
  ///
  /// Quoting and quote doubling are `CSVRenderer`'s (on Unicode scalars, so a `"` that a combining mark follows is
  /// still doubled); a leading or trailing space scalar also quotes the field.
  public static func escape(_ raw: String) -> String {
    let field = CSVRenderer.neutralize(raw)
    let scalars = field.unicodeScalars
    let needsQuotes = CSVRenderer.needsQuotes(field) || scalars.first == " " || scalars.last == " "
    return needsQuotes ? CSVRenderer.quoted(field) : field
  }
}
