/// Milestones: every tier has at least one; a tier's EV weights add up to 100; month offsets are at
/// least 1 and (warning) within the tier's duration. A tier with a milestone row that failed to read is left out of
/// the count and weight checks (the row's own error says what is wrong).
enum MilestoneRule {
  static func check(_ context: DatasetValidator.Context) {
    var byTier: [TierKey: [Located<MilestoneRecord>]] = [:]
    for row in context.records.milestones {
      byTier[TierKey(candidate: row.value.candidate, tier: row.value.tier), default: []].append(row)
      let m = row.value.milestone
      if m.monthOffset < 1 {
        context.sink.error(
          "bad-month-offset", at: row.origin.cell("month_offset"), value: String(m.monthOffset),
          message: "month_offset \(m.monthOffset) of milestone \(m.id) must be at least 1 (1 = end of January of the start year)",
          fix: "count months from 1")
      } else if let tier = context.tiers[TierKey(candidate: row.value.candidate, tier: row.value.tier)],
        let duration = tier.value.durationYears, (1...5).contains(duration), m.monthOffset > duration * 12
      {
        context.sink.warning(
          "late-milestone", at: row.origin.cell("month_offset"), value: String(m.monthOffset),
          message: "milestone \(m.id) of \(row.value.candidate) tier \(row.value.tier) falls after the tier's \(duration)-year duration",
          fix: "use a month_offset of at most \(duration * 12)")
      }
    }
    // A tier with a milestone row that failed to read has that row's error; its count and weights would only echo it.
    for key in context.tiers.keys.sorted() where !context.records.tiersWithUnreadMilestones.contains(key) {
      guard let tierRow = context.tiers[key] else { continue }
      let rows = byTier[key] ?? []
      if rows.isEmpty {
        context.sink.error(
          "no-milestones", at: tierRow.origin.cell("tier"), value: key.tier.rawValue,
          message: "tier '\(key.tier)' of '\(key.candidate)' has no milestones",
          fix: "add its milestones (M1-M4) to milestones.csv with EV weights adding up to 100")
        continue
      }
      var seen = Set<MilestoneID>()
      let total = rows.filter { seen.insert($0.value.milestone.id).inserted }.map(\.value.milestone.evWeightPercent).reduce(0, +)
      if total != 100, let first = rows.first {
        context.sink.error(
          "ev-weights", at: first.origin.cell("ev_weight_percent"), value: String(total),
          message: "EV weights of \(key.candidate) tier \(key.tier) add up to \(total), not 100",
          fix: "adjust ev_weight_percent of its milestones so they add up to 100")
      }
    }
  }
}
