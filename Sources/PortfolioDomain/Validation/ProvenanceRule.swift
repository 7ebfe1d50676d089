/// Provenance: a row that says it is not illustrative names its source and confidence (warning).
enum ProvenanceRule {
  static func check(_ context: DatasetValidator.Context) {
    let r = context.records
    let rows: [(Provenance, RowOrigin)] =
      r.firms.map { ($0.value.provenance, $0.origin) } + r.candidates.map { ($0.value.provenance, $0.origin) }
      + r.tiers.map { ($0.value.provenance, $0.origin) } + r.scores.map { ($0.value.provenance, $0.origin) }
      + r.sources.map { ($0.value.provenance, $0.origin) }
    for (provenance, origin) in rows where !provenance.illustrative {
      if provenance.source.isEmpty {
        context.sink.warning(
          "provenance", at: origin.cell("source"), value: "", message: "row is marked illustrative=no but names no source",
          fix: "write the URL or document in source, or mark the row illustrative=yes")
      } else if provenance.confidence == nil {
        context.sink.warning(
          "provenance", at: origin.cell("confidence"), value: "", message: "sourced row has no confidence",
          fix: "write H, M or L in confidence")
      }
    }
  }
}
