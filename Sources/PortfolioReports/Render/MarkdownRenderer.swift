/// Renders a ``ReportDocument`` as GitHub-flavoured Markdown.
///
/// Text from data is escaped (Markdown punctuation gets a backslash, line breaks in cells become spaces), tables
/// use GitHub pipe tables with alignment, and each chart appears as its title, its text alternative and its data
/// table. Output uses `\n` line endings and ends with one newline.
public struct MarkdownRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The Markdown text of `document`.
  public func render(_ document: ReportDocument) -> String {
    var out: [String] = []
    out.append("# " + MarkdownRenderer.escape(document.title))
    out.append("")
    if let subtitle = document.subtitle {
      out.append("*" + MarkdownRenderer.escape(subtitle) + "*")
      out.append("")
    }
    out.append("**As of:** \(document.asOf.iso)")
    out.append("")
    for line in document.provenance.lines {
      out.append("- **\(MarkdownRenderer.escape(line.label)):** \(MarkdownRenderer.escape(line.value))")
    }
    out.append("")
    if !document.provenance.illustrative.isEmpty {
      out.append("> **Illustrative figures:** the following rest on invented data, not on a public source:")
      for item in document.provenance.illustrative { out.append("> - " + MarkdownRenderer.escape(item)) }
      out.append("")
    }
    for section in document.sections {
      out.append("## " + MarkdownRenderer.escape(section.title))
      out.append("")
      for block in section.blocks { out.append(contentsOf: render(block)) }
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private func render(_ block: ReportBlock) -> [String] {
    switch block {
    case .heading(let text):
      return ["### " + MarkdownRenderer.escape(text), ""]
    case .paragraph(let text):
      return [MarkdownRenderer.inline(text), ""]
    case .bullets(let items):
      return items.map { "- " + MarkdownRenderer.inline($0) } + [""]
    case .keyFigures(let figures):
      let table = ReportTable(
        id: "key-figures", title: "Key figures",
        columns: [ReportColumn("Figure"), ReportColumn("Value", alignment: .right), ReportColumn("Detail"), ReportColumn("Status", alignment: .center)],
        rows: figures.map { f in
          [.text(f.label + (f.illustrative ? " (illustrative)" : "")), f.value, .text(f.detail ?? ""), f.status.map(ReportCell.status) ?? .empty]
        })
      return renderTable(table, caption: false)
    case .table(let table):
      return renderTable(table, caption: true)
    case .note(let kind, let text):
      return ["> **\(kind.label):** " + MarkdownRenderer.inline(text), ""]
    case .chart(let chart):
      return ["**Figure: \(MarkdownRenderer.escape(chart.title))**", "", "*" + MarkdownRenderer.escape(chart.textAlternative) + "*", ""]
        + renderTable(chart.dataTable, caption: false)
    }
  }

  private func renderTable(_ table: ReportTable, caption: Bool) -> [String] {
    var lines: [String] = []
    if caption { lines += ["**" + MarkdownRenderer.escape(table.title) + "**", ""] }
    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    lines.append(row(table.columns.map { MarkdownRenderer.escapeCell($0.title) }))
    lines.append(row(table.columns.map { c in
      switch c.alignment {
      case .left: return ":---"
      case .center: return ":---:"
      case .right: return "---:"
      }
    }))
    for r in table.rows { lines.append(row(r.map { MarkdownRenderer.escapeCell($0.display) })) }
    if let totals = table.totals {
      lines.append(row(totals.map { c in
        let text = MarkdownRenderer.escapeCell(c.display)
        return text.isEmpty ? "" : "**" + text + "**"
      }))
    }
    lines.append("")
    return lines
  }

  /// Inline text with emphasis: strong as `**x**`, emphasis as `*x*`, code as a backtick span.
  public static func inline(_ text: ReportText) -> String {
    text.runs.map { run in
      switch run {
      case .plain(let s): return escape(s)
      case .strong(let s): return "**" + escape(s) + "**"
      case .emphasis(let s): return "*" + escape(s) + "*"
      case .code(let s):
        let fence = s.contains("`") ? "`` " : "`"
        let close = s.contains("`") ? " ``" : "`"
        return fence + s.replacingNewlines() + close
      }
    }.joined()
  }

  /// The characters that get a backslash: the Markdown and GitHub specials plus `$` (math) and `&` (entities).
  static let specials: Set<Character> = ["\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "$", "&", "!"]

  /// Escapes Markdown specials with a backslash and turns line breaks into spaces.
  ///
  /// A leading `-`, `+` or `=` is escaped too, since at the start of a line it would turn the text into a list item
  /// or a heading underline.
  public static func escape(_ text: String) -> String {
    let out = escapeInline(text)
    if let first = out.first, first == "-" || first == "+" || first == "=" { return "\\" + out }
    return out
  }

  /// Escapes a table cell: the specials of ``escape(_:)`` (`|` included) but not a leading `-` (`-$1,200` stays).
  public static func escapeCell(_ text: String) -> String { escapeInline(text) }

  static func escapeInline(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for ch in text.replacingNewlines() {
      if specials.contains(ch) { out.append("\\") }
      out.append(ch)
    }
    return out
  }
}

extension String {
  /// The string with CR, LF and CRLF replaced by single spaces.
  func replacingNewlines() -> String {
    var out = ""
    var lastWasCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        out.append(" ")
        lastWasCR = true
      } else if scalar == "\n" {
        if !lastWasCR { out.append(" ") }
        lastWasCR = false
      } else {
        out.unicodeScalars.append(scalar)
        lastWasCR = false
      }
    }
    return out
  }
}
