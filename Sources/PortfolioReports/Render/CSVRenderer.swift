/// Renders every table of a report (chart data included) as one CSV file each, RFC 4180 quoting.
///
/// - Numbers stay numbers: money is the bare integer of whole dollars (`-1200`), percents and ratios print with their
///   fixed decimals and no `%`; the unit is in the column header (`Amount (USD)`).
/// - Formula injection is neutralized: a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
///   leading `'` so a spreadsheet shows it as text. A text cell that is exactly a plain decimal number
///   (`-12`, `3.5`) is left alone, because no spreadsheet reads it as a formula.
/// - Fields containing `,`, `"`, CR or LF (as Unicode scalars, so also one a combining mark follows) are quoted,
///   quotes doubled. Lines end with `\n` (the project's convention;
///   every RFC 4180 reader accepts it) and the file ends with a newline.
public struct CSVRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The files, in document order. Totals rows come last in their table.
  public func render(_ document: ReportDocument) -> [CSVFile] {
    document.allTables.map { CSVFile(fileName: $0.id + ".csv", contents: render($0)) }
  }

  /// One table as CSV text.
  public func render(_ table: ReportTable) -> String {
    var lines = [table.columns.map { CSVRenderer.field(text: $0.title) }.joined(separator: ",")]
    for row in table.allRows { lines.append(row.map(CSVRenderer.field).joined(separator: ",")) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One cell as a CSV field (numbers bare, text neutralized and quoted as needed).
  public static func field(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let s): return field(text: s)
    default: return quoteIfNeeded(cell.plain)
    }
  }

  /// One text value as a CSV field: neutralized against formula injection, then quoted if needed.
  public static func field(text: String) -> String { quoteIfNeeded(neutralize(text)) }

  /// Prefixes `'` to text a spreadsheet would run as a formula; plain decimal numbers pass unchanged.
  public static func neutralize(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    guard triggers.contains(first) else { return text }
    return isPlainNumber(text) ? text : "'" + text
  }

  /// True for `-?digits(.digits)?`, which spreadsheets read as a number, never as a formula.
  static func isPlainNumber(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "-" { scalars = scalars.dropFirst() }
    let parts = String(scalars).split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard !parts.isEmpty, parts.count <= 2 else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
  }

  static func quoteIfNeeded(_ text: String) -> String { needsQuotes(text) ? quoted(text) : text }

  /// True when `text` holds a comma, a double quote, CR or LF anywhere (RFC 4180's reasons to quote a field).
  ///
  /// The test runs on Unicode scalars, not `Character`s: `"` followed by a combining mark (U+0301) is one grapheme
  /// cluster that is not equal to `"`, yet a CSV reader sees the quote byte. `CSVWriter` of `PlannerCLI` shares it.
  public static func needsQuotes(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
  }

  /// `text` in double quotes with every `"` scalar doubled (also one a combining mark follows).
  public static func quoted(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in text.unicodeScalars {
      out.append(scalar)
      if scalar == "\"" { out.append("\"") }
    }
    out.append("\"")
    return String(out)
  }
}
