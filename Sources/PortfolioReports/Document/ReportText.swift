/// One run of inline text with simple emphasis.
public enum ReportInline: Sendable, Hashable {
  /// Plain text.
  case plain(String)
  /// Strong emphasis (bold).
  case strong(String)
  /// Emphasis (italic).
  case emphasis(String)
  /// Code or an identifier (monospace), such as a hash.
  case code(String)

  /// The text of the run without markup.
  public var text: String {
    switch self {
    case .plain(let s), .strong(let s), .emphasis(let s), .code(let s): return s
    }
  }
}

/// A paragraph's text: a sequence of inline runs.
public struct ReportText: Sendable, Hashable, ExpressibleByStringLiteral {
  /// The runs in reading order.
  public var runs: [ReportInline]

  /// Creates text from runs.
  public init(_ runs: [ReportInline]) { self.runs = runs }
  /// Creates plain text.
  public init(_ text: String) { self.runs = [.plain(text)] }
  /// Creates plain text from a literal.
  public init(stringLiteral value: String) { self.runs = [.plain(value)] }

  /// The text without markup.
  public var plainText: String { runs.map(\.text).joined() }

  /// Concatenates two texts.
  public static func + (lhs: ReportText, rhs: ReportText) -> ReportText { ReportText(lhs.runs + rhs.runs) }
  /// Strong text.
  public static func strong(_ s: String) -> ReportText { ReportText([.strong(s)]) }
  /// Emphasized text.
  public static func emphasis(_ s: String) -> ReportText { ReportText([.emphasis(s)]) }
  /// Code text.
  public static func code(_ s: String) -> ReportText { ReportText([.code(s)]) }
}
