/// A headline number of a report ("Committed: $51,000,000 of $53,000,000").
public struct KeyFigure: Sendable, Hashable {
  /// What the number is, e.g. `DCB fund committed`.
  public var label: String
  /// The number or text.
  public var value: ReportCell
  /// A short qualifier, e.g. `cap $53,000,000` (`nil`: none).
  public var detail: String?
  /// A status colour for the figure (`nil`: neutral).
  public var status: Stoplight?
  /// True when the figure rests on illustrative (invented) data.
  public var illustrative: Bool

  /// Creates a key figure.
  public init(_ label: String, _ value: ReportCell, detail: String? = nil, status: Stoplight? = nil, illustrative: Bool = false) {
    self.label = label
    self.value = value
    self.detail = detail
    self.status = status
    self.illustrative = illustrative
  }
}

/// The kind of a note, which decides its styling and its prefix in text formats.
public enum NoteKind: String, Sendable, Hashable {
  /// Neutral information.
  case info
  /// Something a reader must not miss (a breached cap, an unproven optimum).
  case warning
  /// The figures rest on illustrative data.
  case illustrative

  /// The word printed before the note: `Note`, `Warning`, `Illustrative`.
  public var label: String {
    switch self {
    case .info: return "Note"
    case .warning: return "Warning"
    case .illustrative: return "Illustrative"
    }
  }
}

/// One content block of a section.
public enum ReportBlock: Sendable, Hashable {
  /// A sub-heading inside a section (level 3 in Markdown and HTML).
  case heading(String)
  /// A paragraph with inline emphasis.
  case paragraph(ReportText)
  /// A bulleted list.
  case bullets([ReportText])
  /// A row of headline figures.
  case keyFigures([KeyFigure])
  /// A table.
  case table(ReportTable)
  /// A call-out note.
  case note(NoteKind, ReportText)
  /// A chart (its data also renders as a table in text formats).
  case chart(ReportChart)
}

/// A titled part of a report.
public struct ReportSection: Sendable, Hashable {
  /// A stable identifier (lowercase, digits, `-`), used for anchors.
  public var id: String
  /// The section title (level 2).
  public var title: String
  /// The content, in order.
  public var blocks: [ReportBlock]

  /// Creates a section.
  public init(id: String, title: String, blocks: [ReportBlock]) {
    precondition(ReportTable.isValidID(id), "section id '\(id)' must be lowercase letters, digits and '-'")
    self.id = id
    self.title = title
    self.blocks = blocks
  }
}
