/// Tier durations and cost profiles: a duration of 1-5 years, a cost in every year of the duration,
/// no cost beyond it, and not all zero.
enum CostProfileRule {
  static func check(_ context: DatasetValidator.Context) {
    for row in context.records.tiers {
      let tier = row.value
      guard let duration = tier.durationYears else { continue }
      let name = "\(tier.candidate) tier \(tier.tier)"
      guard (1...5).contains(duration) else {
        context.sink.error(
          "bad-duration", at: row.origin.cell("duration_years"), value: String(duration),
          message: "duration_years '\(duration)' of \(name) is outside 1-5", fix: "write a duration of 1 to 5 years")
        continue
      }
      for (offset, text) in tier.costTexts.enumerated() {
        let column = "cost_y\(offset + 1)"
        if offset >= duration, !text.isEmpty {
          context.sink.error(
            "profile-too-long", at: row.origin.cell(column), value: text,
            message: "\(column) '\(text)' of \(name) lies beyond its \(duration)-year duration",
            fix: "empty \(column), or raise duration_years to \(offset + 1)")
        } else if offset < duration, text.isEmpty {
          context.sink.error(
            "missing-value", at: row.origin.cell(column), value: "",
            message: "\(column) of \(name) is empty inside its \(duration)-year duration",
            fix: "write the year's cost in whole dollars (0 if nothing is spent that year)")
        }
      }
      let malformed = tier.costTexts.prefix(duration).enumerated().contains { !$0.element.isEmpty && tier.costs[$0.offset] == nil }
      if !malformed, tier.costProfile.allSatisfy({ $0 == .zero }) {
        context.sink.error(
          "zero-profile", at: row.origin.cell("cost_y1"), value: "0",
          message: "cost profile of \(name) is all zero", fix: "write the tier's yearly costs in whole dollars")
      }
    }
  }
}
