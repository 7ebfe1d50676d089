/// One problem found in the dataset or the config, with where it is and how to fix it.
///
/// Findings are values (STYLE C3): loading and validation return all of them at once. Lines and
/// columns are 1-based; config findings carry a JSON path (`$.policies.entityBounds.RS.lo`) instead.
public struct ValidationFinding: Sendable, Hashable, Codable, CustomStringConvertible {
  /// How serious a finding is.
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// The input cannot be used (exit 65).
    case error
    /// Worth a look; never blocks.
    case warning
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
  }

  /// How serious it is.
  public var severity: Severity
  /// A stable code naming the rule (`duplicate-id`, `unknown-reference`), for tests and filtering.
  public var rule: String
  /// The file's name (`candidates.csv`, `scenario.json`).
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column, when known.
  public var column: Int?
  /// The JSON path of a config finding (`$.dcbBudget.min`).
  public var jsonPath: String?
  /// The column or key concerned.
  public var field: String?
  /// The offending value as written.
  public var value: String?
  /// What is wrong, lowercase, quoting the value.
  public var message: String
  /// What to do about it.
  public var fix: String

  /// Creates a finding.
  public init(
    _ severity: Severity, rule: String, file: String, line: Int? = nil, column: Int? = nil, jsonPath: String? = nil,
    field: String? = nil, value: String? = nil, message: String, fix: String
  ) {
    self.severity = severity
    self.rule = rule
    self.file = file
    self.line = line
    self.column = column
    self.jsonPath = jsonPath
    self.field = field
    self.value = value
    self.message = message
    self.fix = fix
  }

  /// Whether it is an error.
  public var isError: Bool { severity == .error }

  /// `file:line:column`, `file:line`, `file:$.path` or `file`.
  public var location: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    } else if let jsonPath {
      text += ":\(jsonPath)"
    }
    return text
  }

  /// `error: file:line:col: message (fix: ...)`, the form the CLI prints on stderr.
  public var description: String { "\(severity.rawValue): \(location): \(message) (fix: \(fix))" }

  /// The order findings are reported in: file, line, column, path, rule, message.
  public static func reportOrder(_ a: ValidationFinding, _ b: ValidationFinding) -> Bool {
    if a.file != b.file { return a.file < b.file }
    if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
    if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
    if (a.jsonPath ?? "") != (b.jsonPath ?? "") { return (a.jsonPath ?? "") < (b.jsonPath ?? "") }
    if a.rule != b.rule { return a.rule < b.rule }
    return a.message < b.message
  }
}

extension Array where Element == ValidationFinding {
  /// The errors only.
  public var errors: [ValidationFinding] { filter(\.isError) }
  /// The warnings only.
  public var warnings: [ValidationFinding] { filter { !$0.isError } }
  /// Whether any finding is an error.
  public var hasErrors: Bool { contains(where: \.isError) }
  /// Sorted in report order (file, line, column, path, rule, message), duplicates removed.
  public func inReportOrder() -> [ValidationFinding] {
    var seen = Set<ValidationFinding>()
    return sorted(by: ValidationFinding.reportOrder).filter { seen.insert($0).inserted }
  }
}

/// Collects findings while a loader or validator runs (internal, single-threaded).
final class FindingSink {
  private(set) var findings: [ValidationFinding] = []
  func add(_ finding: ValidationFinding) { findings.append(finding) }
  func error(_ rule: String, at origin: CellOrigin, value: String? = nil, message: String, fix: String) {
    add(ValidationFinding(.error, rule: rule, file: origin.file, line: origin.line, column: origin.column, field: origin.field, value: value, message: message, fix: fix))
  }
  func warning(_ rule: String, at origin: CellOrigin, value: String? = nil, message: String, fix: String) {
    add(ValidationFinding(.warning, rule: rule, file: origin.file, line: origin.line, column: origin.column, field: origin.field, value: value, message: message, fix: fix))
  }
  func report(_ severity: ValidationFinding.Severity, _ rule: String, at origin: CellOrigin, value: String? = nil, message: String, fix: String) {
    add(ValidationFinding(severity, rule: rule, file: origin.file, line: origin.line, column: origin.column, field: origin.field, value: value, message: message, fix: fix))
  }
}

/// Where one cell (or a whole row) of a dataset file is.
public struct CellOrigin: Sendable, Hashable {
  /// The file's name.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column; `nil` for a whole row.
  public var column: Int?
  /// The column name; `nil` for a whole row.
  public var field: String?
  /// Creates an origin.
  public init(file: String, line: Int, column: Int? = nil, field: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.field = field
  }
}

/// Where one row of a dataset file is, with each cell's position.
public struct RowOrigin: Sendable, Hashable {
  /// The file's name.
  public var file: String
  /// The 1-based line the row starts on.
  public var line: Int
  /// Each column's position in this row.
  public var cells: [String: TextPosition]
  /// Creates an origin.
  public init(file: String, line: Int, cells: [String: TextPosition] = [:]) {
    self.file = file
    self.line = line
    self.cells = cells
  }
  /// The origin of one cell (the row's start when the column is absent).
  public func cell(_ column: String) -> CellOrigin {
    let position = cells[column]
    return CellOrigin(file: file, line: position?.line ?? line, column: position?.column ?? 1, field: column)
  }
  /// The origin of the whole row.
  public var row: CellOrigin { CellOrigin(file: file, line: line, column: 1) }
}
