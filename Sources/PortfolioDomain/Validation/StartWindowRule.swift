/// Start windows: earliest start after latest start, years outside the horizon, and candidates (or
/// tiers) that can never finish inside the horizon. Horizon findings are errors for mandatory
/// candidates and warnings otherwise (DESIGN §3).
enum StartWindowRule {
  static func check(_ context: DatasetValidator.Context) {
    let horizon = context.horizon
    let sink = context.sink
    for row in context.records.candidates {
      let candidate = row.value
      let severity: ValidationFinding.Severity = candidate.mandatory ? .error : .warning
      if candidate.earliestStart > candidate.latestStart {
        sink.error(
          "start-window", at: row.origin.cell("latest_start"), value: candidate.latestStart.description,
          message: "earliest_start \(candidate.earliestStart) of '\(candidate.id)' is after latest_start \(candidate.latestStart)",
          fix: "swap the two years or correct one of them")
        continue
      }
      for (column, year) in [("earliest_start", candidate.earliestStart), ("latest_start", candidate.latestStart)]
      where !horizon.contains(year) {
        sink.report(
          severity, "outside-horizon", at: row.origin.cell(column), value: year.description,
          message: "\(column) \(year) of '\(candidate.id)' lies outside the horizon \(horizon.first)-\(horizon.last)",
          fix: "move the start window inside \(horizon.first)-\(horizon.last)")
      }
      let tiers = context.portfolio.candidate(candidate.id)?.tiers ?? []
      guard !tiers.isEmpty else {
        // A tier row that names it but failed to read is reported at its cell already.
        let hasUnreadTier = context.records.tierKeys.contains { $0.candidate == candidate.id }
        if context.candidates[candidate.id]?.origin == row.origin, !hasUnreadTier {
          sink.report(
            severity, "no-tiers", at: row.origin.cell("id"), value: candidate.id.rawValue,
            message: "candidate '\(candidate.id)' has no tiers", fix: "add at least one row for it to tiers.csv")
        }
        continue
      }
      let finishing = tiers.filter { !candidate.feasibleStarts(of: $0, finishingBy: horizon.last).isEmpty }
      let windowInside = candidate.startWindow.contains { horizon.contains($0) }
      if finishing.isEmpty && windowInside {
        let shortest = tiers.map(\.durationYears).min() ?? 0
        sink.report(
          severity, "cannot-finish", at: row.origin.cell("earliest_start"), value: candidate.earliestStart.description,
          message: "'\(candidate.id)' cannot finish by \(horizon.last): its shortest tier takes \(shortest) years from \(candidate.earliestStart)",
          fix: "start it earlier or add a shorter tier")
      } else if windowInside {
        for tier in tiers where !finishing.contains(tier) {
          if let tierRow = context.tiers[TierKey(candidate: candidate.id, tier: tier.id)] {
            sink.warning(
              "cannot-finish", at: tierRow.origin.cell("duration_years"), value: String(tier.durationYears),
              message: "tier '\(tier.id)' of '\(candidate.id)' cannot finish by \(horizon.last) from any start in \(candidate.earliestStart)-\(candidate.latestStart)",
              fix: "shorten the tier or start the candidate earlier")
          }
        }
      }
    }
    for row in context.records.sourceYears where !horizon.contains(row.value.year) {
      sink.warning(
        "outside-horizon", at: row.origin.cell("year"), value: row.value.year.description,
        message: "yearly cap of '\(row.value.source)' for \(row.value.year) lies outside the horizon \(horizon.first)-\(horizon.last)",
        fix: "remove the row or extend the scenario's horizon")
    }
  }
}
