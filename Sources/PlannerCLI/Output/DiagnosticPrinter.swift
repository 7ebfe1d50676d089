/// One message for stderr: an error or warning, where it is, and an optional hint on how to fix it.
public struct Diagnostic: Sendable, Equatable {
  /// How serious the message is.
  public enum Severity: String, Sendable, Equatable {
    /// Blocks the command (validation errors exit 65).
    case error
    /// Reported, never blocks.
    case warning
    /// Extra context attached to the line before.
    case note
  }

  /// How serious it is.
  public var severity: Severity
  /// The file the problem is in (a path as the user would type it), or `nil`.
  public var file: String?
  /// The 1-based line, or `nil`.
  public var line: Int?
  /// The 1-based column, or `nil`.
  public var column: Int?
  /// The lowercase message.
  public var message: String
  /// A plain-language fix, printed as an indented `fix:` line.
  public var fix: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, file: String? = nil, line: Int? = nil, column: Int? = nil, message: String,
    fix: String? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.message = message
    self.fix = fix
  }

  /// `file:line:col` (as much of it as is known), or `nil` without a file.
  public var location: String? {
    guard let file else { return nil }
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }

  /// The line as printed without colour: `error: file:line:col: message`.
  public var rendered: String {
    var text = "\(severity.rawValue): "
    if let location { text += "\(location): " }
    return text + message
  }
}

/// Prints diagnostics to stderr as `error: file:line:col: message` or `warning: ...` (DESIGN §6).
///
/// Colour (bold red `error`, bold yellow `warning`, bold location) is used only when asked for, which
/// `CommandContext` does only at a terminal with `NO_COLOR` unset; otherwise the text is plain.
public struct DiagnosticPrinter: Sendable {
  /// Where the lines go (stderr).
  public var output: TextOutput
  /// Whether to use ANSI colour.
  public var colour: Bool

  /// Creates a printer for `output`.
  public init(output: TextOutput, colour: Bool) {
    self.output = output
    self.colour = colour
  }

  /// Prints one diagnostic and its fix line, if any.
  public func print(_ diagnostic: Diagnostic) {
    output.line(format(diagnostic))
    if let fix = diagnostic.fix { output.line("  fix: \(fix)") }
  }

  /// Prints `error: message`.
  public func error(_ message: String) { print(Diagnostic(.error, message: message)) }

  /// Prints `warning: message`.
  public func warning(_ message: String) { print(Diagnostic(.warning, message: message)) }

  /// Prints `note: message`.
  public func note(_ message: String) { print(Diagnostic(.note, message: message)) }

  /// The diagnostic's first line, coloured or not.
  public func format(_ diagnostic: Diagnostic) -> String {
    guard colour else { return diagnostic.rendered }
    let code: String =
      switch diagnostic.severity {
      case .error: "31"
      case .warning: "33"
      case .note: "36"
      }
    var text = "\u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m "
    if let location = diagnostic.location { text += "\u{1B}[1m\(location):\u{1B}[0m " }
    return text + diagnostic.message
  }
}
