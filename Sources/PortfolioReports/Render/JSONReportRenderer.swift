/// Renders a ``ReportDocument`` as JSON with sorted keys, for systems that ingest reports.
///
/// Shape: `{ "title", "subtitle", "asOf", "provenance": {...}, "sections": [ { "id", "title", "blocks": [...] } ] }`.
/// Each block has a `"type"` (`heading`, `paragraph`, `bullets`, `keyFigures`, `table`, `note`, `chart`).
/// Table cells are objects `{ "type": "money", "value": 1200000, "display": "$1,200,000" }`; numbers carry the same
/// digits as the CSV, so the formats agree. Charts carry their kind, title, text alternative and data table.
public struct JSONReportRenderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The JSON text (pretty-printed, sorted keys, final newline).
  public func render(_ document: ReportDocument) -> String { value(of: document).prettyPrinted() }

  /// The JSON tree of `document`.
  public func value(of document: ReportDocument) -> JSONValue {
    let p = document.provenance
    let provenance: JSONValue = .object([
      "dataset": .string(p.dataset),
      "scenario": .string(p.scenario),
      "inputsSHA256": p.inputsSHA256.map(JSONValue.string) ?? .null,
      "ledgerCheckpoint": p.ledgerCheckpoint.map(JSONValue.string) ?? .null,
      "illustrative": .array(p.illustrative.map(JSONValue.string)),
      "details": .array(p.details.map { .object(["label": .string($0.label), "value": .string($0.value)]) }),
    ])
    return .object([
      "title": .string(document.title),
      "subtitle": document.subtitle.map(JSONValue.string) ?? .null,
      "asOf": .string(document.asOf.iso),
      "provenance": provenance,
      "sections": .array(document.sections.map { s in
        .object(["id": .string(s.id), "title": .string(s.title), "blocks": .array(s.blocks.map(value(of:)))])
      }),
    ])
  }

  private func value(of block: ReportBlock) -> JSONValue {
    switch block {
    case .heading(let t): return .object(["type": .string("heading"), "text": .string(t)])
    case .paragraph(let t): return .object(["type": .string("paragraph"), "text": .string(t.plainText), "runs": runs(t)])
    case .bullets(let items): return .object(["type": .string("bullets"), "items": .array(items.map { .string($0.plainText) })])
    case .keyFigures(let figures):
      return .object([
        "type": .string("keyFigures"),
        "figures": .array(figures.map { f in
          .object([
            "label": .string(f.label), "value": cell(f.value), "detail": f.detail.map(JSONValue.string) ?? .null,
            "status": f.status.map { .string($0.rawValue) } ?? .null, "illustrative": .bool(f.illustrative),
          ])
        }),
      ])
    case .table(let t): return .object(["type": .string("table"), "table": table(t)])
    case .note(let kind, let t): return .object(["type": .string("note"), "kind": .string(kind.rawValue), "text": .string(t.plainText)])
    case .chart(let c):
      return .object([
        "type": .string("chart"), "kind": .string(c.kind), "id": .string(c.id), "title": .string(c.title),
        "textAlternative": .string(c.textAlternative), "data": table(c.dataTable),
      ])
    }
  }

  private func runs(_ text: ReportText) -> JSONValue {
    .array(text.runs.map { run in
      let style: String
      switch run {
      case .plain: style = "plain"
      case .strong: style = "strong"
      case .emphasis: style = "emphasis"
      case .code: style = "code"
      }
      return .object(["style": .string(style), "text": .string(run.text)])
    })
  }

  private func table(_ t: ReportTable) -> JSONValue {
    .object([
      "id": .string(t.id), "title": .string(t.title),
      "columns": .array(t.columns.map { c in
        .object(["header": .string(c.header), "unit": c.unit.map(JSONValue.string) ?? .null, "alignment": .string(c.alignment.rawValue)])
      }),
      "rows": .array(t.rows.map { .array($0.map(cell)) }),
      "totals": t.totals.map { .array($0.map(cell)) } ?? .null,
    ])
  }

  /// One cell as `{ "type", "value", "display" }`; `value` is a JSON number for numeric cells, `null` when empty.
  public func cell(_ c: ReportCell) -> JSONValue {
    let value: JSONValue
    switch c {
    case .empty: value = .null
    case .integer, .money, .year: value = .number(c.plain)
    case .percent, .ratio: value = c.plain.isEmpty ? .null : .number(c.plain)
    default: value = .string(c.plain)
    }
    return .object(["type": .string(c.kind), "value": value, "display": .string(c.display)])
  }
}
