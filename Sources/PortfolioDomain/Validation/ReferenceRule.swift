/// References to unknown firms, candidates, sources and tiers, and relations of a candidate to itself.
enum ReferenceRule {
  static func check(_ context: DatasetValidator.Context) {
    let r = context.records
    let sink = context.sink
    for row in r.candidates {
      if let firm = row.value.firm, !r.firmIDs.contains(firm) {
        unknown("firm", firm.rawValue, at: row.origin.cell("firm_id"), known: r.firmIDs.map(\.rawValue), file: "firms.csv", sink)
      }
    }
    for row in r.tiers where !r.candidateIDs.contains(row.value.candidate) {
      unknown("candidate", row.value.candidate.rawValue, at: row.origin.cell("candidate_id"), known: r.candidateIDs.map(\.rawValue), file: "candidates.csv", sink)
    }
    let tierRows: [(CandidateID, TierID, RowOrigin)] =
      r.scores.map { ($0.value.candidate, $0.value.tier, $0.origin) } + r.milestones.map { ($0.value.candidate, $0.value.tier, $0.origin) }
    for (candidate, tier, origin) in tierRows {
      if !r.candidateIDs.contains(candidate) {
        unknown("candidate", candidate.rawValue, at: origin.cell("candidate_id"), known: r.candidateIDs.map(\.rawValue), file: "candidates.csv", sink)
      } else if !r.tierKeys.contains(TierKey(candidate: candidate, tier: tier)) {
        let known = r.tierKeys.filter { $0.candidate == candidate }.map(\.tier.rawValue)
        unknown("tier", tier.rawValue, of: candidate.rawValue, at: origin.cell("tier"), known: known, file: "tiers.csv", sink)
      }
    }
    for row in r.sourceYears where !r.sourceIDs.contains(row.value.source) {
      unknown("source", row.value.source.rawValue, at: row.origin.cell("source_id"), known: r.sourceIDs.map(\.rawValue), file: "sources.csv", sink)
    }
    for row in r.eligibility {
      if !r.sourceIDs.contains(row.value.source) {
        unknown("source", row.value.source.rawValue, at: row.origin.cell("source_id"), known: r.sourceIDs.map(\.rawValue), file: "sources.csv", sink)
      }
      if case .candidate(let id) = row.value.rule, !r.candidateIDs.contains(id) {
        unknown("candidate", id.rawValue, at: row.origin.cell("value"), known: r.candidateIDs.map(\.rawValue), file: "candidates.csv", sink)
      }
      if case .tag(let tag) = row.value.rule, !r.candidates.contains(where: { $0.value.tags.contains(tag) }) {
        sink.warning(
          "unused-tag", at: row.origin.cell("value"), value: tag, message: "no candidate carries tag '\(tag)'",
          fix: "check the spelling against the tags column of candidates.csv")
      }
    }
    for row in r.relations {
      for (side, id) in [("a", row.value.a), ("b", row.value.b)] where !r.candidateIDs.contains(id) {
        unknown("candidate", id.rawValue, at: row.origin.cell(side), known: r.candidateIDs.map(\.rawValue), file: "candidates.csv", sink)
      }
      if row.value.a == row.value.b {
        sink.error(
          "self-relation", at: row.origin.cell("b"), value: row.value.b.rawValue,
          message: "relation links '\(row.value.a)' to itself", fix: "name two different candidates in a and b")
      }
    }
  }

  static func unknown(
    _ what: String, _ value: String, of owner: String? = nil, at origin: CellOrigin, known: [String], file: String,
    _ sink: FindingSink
  ) {
    let near = TableReader.nearest(value, in: known.sorted())
    let scope = owner.map { " of candidate '\($0)'" } ?? ""
    sink.error(
      "unknown-reference", at: origin, value: value, message: "unknown \(what) '\(value)'\(scope)",
      fix: (near.map { "did you mean '\($0)'? " } ?? "") + "use an ID defined in \(file)")
  }
}
