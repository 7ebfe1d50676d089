/// Where a report's numbers come from, so a reader can trace and reproduce them.
public struct ReportProvenance: Sendable, Hashable {
  /// The plan's input manifest hash (DESIGN §3), hex; `nil` when there is no plan.
  public var inputsSHA256: String?
  /// The dataset name or folder, e.g. `Datasets/bih (bundled)`.
  public var dataset: String
  /// The scenario name, e.g. `default`.
  public var scenario: String
  /// The ledger checkpoint `SIZE:HEXROOT` for audit reports (`nil`: none).
  public var ledgerCheckpoint: String?
  /// The figures that rest on illustrative (invented) data, one line each, in display order.
  public var illustrative: [String]
  /// Further facts about the inputs (`label`, `value`), in display order.
  public var details: [ProvenanceDetail]

  /// Creates a provenance record.
  public init(
    inputsSHA256: String?, dataset: String, scenario: String, ledgerCheckpoint: String? = nil,
    illustrative: [String] = [], details: [ProvenanceDetail] = []
  ) {
    self.inputsSHA256 = inputsSHA256
    self.dataset = dataset
    self.scenario = scenario
    self.ledgerCheckpoint = ledgerCheckpoint
    self.illustrative = illustrative
    self.details = details
  }

  /// All provenance lines as (label, value), in the order every renderer prints them.
  public var lines: [ProvenanceDetail] {
    var out: [ProvenanceDetail] = [ProvenanceDetail("Dataset", dataset), ProvenanceDetail("Scenario", scenario)]
    if let inputsSHA256 { out.append(ProvenanceDetail("Inputs SHA-256", inputsSHA256)) }
    if let ledgerCheckpoint { out.append(ProvenanceDetail("Ledger checkpoint", ledgerCheckpoint)) }
    return out + details
  }
}

/// One labelled provenance fact.
public struct ProvenanceDetail: Sendable, Hashable {
  /// The label, e.g. `Plan status`.
  public var label: String
  /// The value, e.g. `optimal`.
  public var value: String
  /// Creates a fact.
  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// A complete report: the one model every renderer reads, so all formats agree on the numbers.
///
/// A document is a pure value built from its inputs; it never reads the clock. `asOf` is the report date.
public struct ReportDocument: Sendable, Hashable {
  /// The report title.
  public var title: String
  /// A one-line subtitle (`nil`: none).
  public var subtitle: String?
  /// The date the report speaks for (from `--as-of`, never the clock).
  public var asOf: ReportDate
  /// Where the numbers come from.
  public var provenance: ReportProvenance
  /// The sections in order.
  public var sections: [ReportSection]

  /// Creates a report.
  public init(title: String, subtitle: String? = nil, asOf: ReportDate, provenance: ReportProvenance, sections: [ReportSection]) {
    self.title = title
    self.subtitle = subtitle
    self.asOf = asOf
    self.provenance = provenance
    self.sections = sections
  }

  /// Every table of the report in order, including the data table of each chart.
  ///
  /// Table ids are made unique by suffixing `-2`, `-3`, ... to repeats, so CSV file names never collide.
  public var allTables: [ReportTable] {
    var out: [ReportTable] = []
    var seen: [String: Int] = [:]
    for section in sections {
      for block in section.blocks {
        var table: ReportTable
        switch block {
        case .table(let t): table = t
        case .chart(let c): table = c.dataTable
        default: continue
        }
        let n = (seen[table.id] ?? 0) + 1
        seen[table.id] = n
        if n > 1 { table.id += "-\(n)" }
        out.append(table)
      }
    }
    return out
  }

  /// Joins several reports into one (for `report all`): the first title, sections in order, provenance merged.
  public static func combined(title: String, _ documents: [ReportDocument]) -> ReportDocument? {
    guard let first = documents.first else { return nil }
    var provenance = first.provenance
    for doc in documents.dropFirst() {
      if provenance.ledgerCheckpoint == nil { provenance.ledgerCheckpoint = doc.provenance.ledgerCheckpoint }
      if provenance.inputsSHA256 == nil { provenance.inputsSHA256 = doc.provenance.inputsSHA256 }
      for line in doc.provenance.illustrative where !provenance.illustrative.contains(line) { provenance.illustrative.append(line) }
      for d in doc.provenance.details where !provenance.details.contains(d) { provenance.details.append(d) }
    }
    let asOf = documents.map(\.asOf).max() ?? first.asOf
    return ReportDocument(title: title, subtitle: nil, asOf: asOf, provenance: provenance, sections: documents.flatMap(\.sections))
  }
}
