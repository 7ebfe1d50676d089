/// One output file of a renderer: a name and its text.
public struct ReportFile: Sendable, Hashable {
  /// The file name, e.g. `funded.csv` or `report.html`.
  public var fileName: String
  /// The file contents (UTF-8 text, `\n` line endings, final newline).
  public var contents: String
  /// Creates a file.
  public init(fileName: String, contents: String) {
    self.fileName = fileName
    self.contents = contents
  }
}

/// The CSV renderer's output file (the same type as every renderer's).
public typealias CSVFile = ReportFile

/// The document formats of `dcbplan report --format` (IATI is separate: it reads the plan and ledger, not a document).
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// GitHub-flavoured Markdown.
  case md
  /// One self-contained HTML file.
  case html
  /// One CSV file per table.
  case csv
  /// JSON with sorted keys.
  case json

  /// The file extension, without the dot.
  public var fileExtension: String { rawValue }

  /// True when the format writes several files (CSV: `--out` names a folder).
  public var isMultiFile: Bool { self == .csv }

  /// Renders `document`: one file `<baseName>.<ext>` for md, html and json; one file per table for csv.
  public func render(_ document: ReportDocument, baseName: String = "report") -> [ReportFile] {
    switch self {
    case .md: return [ReportFile(fileName: "\(baseName).md", contents: MarkdownRenderer().render(document))]
    case .html: return [ReportFile(fileName: "\(baseName).html", contents: HTMLRenderer().render(document))]
    case .json: return [ReportFile(fileName: "\(baseName).json", contents: JSONReportRenderer().render(document))]
    case .csv: return CSVRenderer().render(document)
    }
  }
}
