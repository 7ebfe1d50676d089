/// Duplicate IDs: firms, candidates and sources by ID; tiers by (candidate, tier); scores by
/// (candidate, tier, criterion); milestones by (candidate, tier, milestone); source-years by
/// (source, year). Eligibility and relation rows repeated exactly are warnings.
enum DuplicateIDRule {
  static func check(_ context: DatasetValidator.Context) {
    let r = context.records
    report(r.firms, key: { $0.id.rawValue }, column: "id", what: "firm", context)
    report(r.candidates, key: { $0.id.rawValue }, column: "id", what: "candidate", context)
    report(r.sources, key: { $0.id.rawValue }, column: "id", what: "source", context)
    report(r.tiers, key: { "\($0.candidate) tier \($0.tier)" }, column: "tier", what: "tier", context)
    report(r.scores, key: { "\($0.candidate) tier \($0.tier) criterion \($0.criterion)" }, column: "criterion", what: "score", context)
    report(r.milestones, key: { "\($0.candidate) tier \($0.tier) milestone \($0.milestone.id)" }, column: "milestone_id", what: "milestone", context)
    report(r.sourceYears, key: { "\($0.source) year \($0.year)" }, column: "year", what: "yearly cap", context)
    report(r.eligibility.filter { $0.value.rule != nil }, key: { "\($0.source) \($0.rule?.ruleName ?? "?") \($0.rule?.value ?? "?")" }, column: "value", what: "eligibility rule", context, severity: .warning)
    report(r.relations, key: { "\($0.kind.rawValue) \($0.a) \($0.b)" }, column: "b", what: "relation", context, severity: .warning)
  }

  static func report<T>(
    _ rows: [Located<T>], key: (T) -> String, column: String, what: String, _ context: DatasetValidator.Context,
    severity: ValidationFinding.Severity = .error
  ) {
    var first: [String: RowOrigin] = [:]
    for row in rows {
      let k = key(row.value)
      if let earlier = first[k] {
        context.sink.report(
          severity, "duplicate-id", at: row.origin.cell(column), value: k,
          message: "duplicate \(what) '\(k)' (first defined on line \(earlier.line))",
          fix: "remove this row or give it a different ID; the first row is the one used")
      } else {
        first[k] = row.origin
      }
    }
  }
}
