/// Checks a resolved scenario against the portfolio: locked, forced and source overrides that name
/// unknown candidates, tiers or sources; locks outside the start window or the horizon; contradictory
/// choices; criteria no tier scores on; a DCB band the mandatory projects cannot meet.
///
/// Findings carry the JSON path in the resolved scenario (`$.locked[2].tier`) and the file name given.
public enum ScenarioValidator {
  /// Every finding for `scenario` against `portfolio`.
  /// - Parameters:
  ///   - file: the name findings show (the variant's file when one was merged).
  ///   - ids: the IDs of every dataset row, read or not (`DatasetLoadResult.ids`); a reference to a row that failed
  ///     to read is not reported again, and checks that depend on a dropped row are skipped. Default: the portfolio's.
  public static func validate(
    _ scenario: Scenario, against portfolio: Portfolio, file: String = "scenario.json", ids: DatasetIDs? = nil
  ) -> [ValidationFinding] {
    let ids = ids ?? DatasetIDs(portfolio)
    var findings: [ValidationFinding] = []
    func error(_ path: String, _ rule: String, value: String?, _ message: String, fix: String, severity: ValidationFinding.Severity = .error) {
      findings.append(
        ValidationFinding(
          severity, rule: rule, file: file, jsonPath: path, field: path.split(separator: ".").last.map(String.init), value: value,
          message: message, fix: fix))
    }
    func candidateExists(_ id: CandidateID, path: String) -> Candidate? {
      if let candidate = portfolio.candidate(id) { return candidate }
      guard !ids.candidates.contains(id) else { return nil }  // its row is reported already
      let near = TableReader.nearest(id.rawValue, in: portfolio.candidates.map(\.id.rawValue))
      error(path, "unknown-reference", value: id.rawValue, "unknown candidate '\(id)' at \(path)", fix: (near.map { "did you mean '\($0)'? " } ?? "") + "use a candidate ID from candidates.csv")
      return nil
    }
    var seenLocks = Set<CandidateID>()
    for (index, lock) in scenario.locked.enumerated() {
      let path = "$.locked[\(index)]"
      if !seenLocks.insert(lock.candidate).inserted {
        error(path + ".candidate", "duplicate-id", value: lock.candidate.rawValue, "candidate '\(lock.candidate)' is locked twice", fix: "keep one lock per candidate")
      }
      guard let candidate = candidateExists(lock.candidate, path: path + ".candidate") else { continue }
      guard let tier = candidate.tier(lock.tier) else {
        guard ids.tiers[lock.candidate]?.contains(lock.tier) != true else { continue }
        let tiers = candidate.tiers.map(\.id.rawValue)
        error(path + ".tier", "unknown-reference", value: lock.tier.rawValue, "unknown tier '\(lock.tier)' of candidate '\(lock.candidate)'", fix: "use one of: \(tiers.joined(separator: ", "))")
        continue
      }
      if !candidate.startWindow.contains(lock.startYear) {
        error(path + ".startYear", "locked-start", value: lock.startYear.description, "locked start \(lock.startYear) of '\(lock.candidate)' is outside its start window \(candidate.earliestStart)-\(candidate.latestStart)", fix: "pick a start year inside the window, or widen the window in candidates.csv")
      }
      if !scenario.horizon.contains(lock.startYear) || tier.finishYear(startingIn: lock.startYear) > scenario.horizon.last {
        error(path + ".startYear", "locked-start", value: lock.startYear.description, "locked '\(lock.candidate)' tier '\(lock.tier)' from \(lock.startYear) does not run inside the horizon \(scenario.horizon.first)-\(scenario.horizon.last)", fix: "pick an earlier start or a shorter tier")
      }
    }
    let forcedOut = Set(scenario.forcedOut.map(\.candidate))
    for (index, forced) in scenario.forcedIn.enumerated() {
      let path = "$.forcedIn[\(index)].candidate"
      guard candidateExists(forced.candidate, path: path) != nil else { continue }
      if forcedOut.contains(forced.candidate) {
        error(path, "forced-conflict", value: forced.candidate.rawValue, "'\(forced.candidate)' is both forced in and forced out", fix: "remove it from one of the two lists")
      }
    }
    for (index, forced) in scenario.forcedOut.enumerated() {
      let path = "$.forcedOut[\(index)].candidate"
      guard let candidate = candidateExists(forced.candidate, path: path) else { continue }
      if candidate.mandatory {
        error(path, "forced-conflict", value: forced.candidate.rawValue, "mandatory '\(forced.candidate)' is forced out, so no plan can exist", fix: "remove it from forcedOut")
      }
      if scenario.lock(for: forced.candidate) != nil {
        error(path, "forced-conflict", value: forced.candidate.rawValue, "'\(forced.candidate)' is both locked and forced out", fix: "remove the lock or the forced-out entry")
      }
    }
    for (index, override) in scenario.sources.enumerated() where !ids.sources.contains(override.id) {
      error("$.sources[\(index)].id", "unknown-reference", value: override.id.rawValue, "unknown source '\(override.id)'", fix: "use a source ID from sources.csv: \(portfolio.sources.map(\.id.rawValue).joined(separator: ", "))")
    }
    for (index, override) in scenario.sources.enumerated() {
      if let source = portfolio.source(override.id), source.kind == .dcbFund, override.maxTotal != nil || override.minTotal != nil {
        error("$.sources[\(index)]", "dcb-fund-band", value: override.id.rawValue, "the DCB fund's total is set by dcbBudget, not by a source override", fix: "move the amounts to dcbBudget")
      }
    }
    for (index, shortfall) in scenario.uncertainty.pledgeShortfall.enumerated() where !ids.sources.contains(shortfall.id) {
      error("$.uncertainty.pledgeShortfall[\(index)].id", "unknown-reference", value: shortfall.id.rawValue, "unknown source '\(shortfall.id)'", fix: "use a source ID from sources.csv")
    }
    for (index, override) in scenario.sources.enumerated() where override.enabled == false && ids.allSourcesRead {
      let affected = portfolio.candidates.filter { candidate in
        let eligible = portfolio.eligibleSources(for: candidate)
        let share = { (sources: [FundingSource]) in sources.map(\.maxSharePercent).reduce(0, +) }
        return eligible.contains { $0.id == override.id } && share(eligible) >= 100
          && share(eligible.filter { scenario.isEnabled($0.id) }) < 100
      }
      guard !affected.isEmpty else { continue }
      let mandatory = affected.filter(\.mandatory)
      let list = affected.map(\.id.rawValue).sorted().joined(separator: ", ")
      error(
        "$.sources[\(index)].enabled", "share-coverage", value: "false",
        "with '\(override.id)' disabled, \(affected.count) candidate(s) can never be fully paid by their other sources: \(list)",
        fix: mandatory.isEmpty ? "expected if they should drop out; otherwise enable another source for them" : "mandatory \(mandatory.map(\.id.rawValue).joined(separator: ", ")) cannot be funded: keep the source enabled",
        severity: mandatory.isEmpty ? .warning : .error)
    }
    if !scenario.criteria.isEmpty, scenario.criteria.allSatisfy({ $0.weight == 0 }) {
      error("$.criteria", "config-value", value: "0", "every criterion weight is 0, so every plan scores 0", fix: "give at least one criterion a positive weight", severity: .warning)
    }
    let scored = Set(portfolio.scoredCriteria)
    for (index, criterion) in scenario.criteria.enumerated() where !scored.contains(criterion.id) && !portfolio.candidates.isEmpty {
      error("$.criteria[\(index)].id", "unscored-criterion", value: criterion.id.rawValue, "no tier scores on criterion '\(criterion.id)'", fix: "add rows for it to scores.csv or correct the id", severity: .warning)
    }
    if scenario.criteria.isEmpty {
      error("$.criteria", "config-missing", value: nil, "the scenario has no criteria, so every plan scores 0", fix: "add criteria with weights")
    }
    guard ids.allCandidatesRead else { return findings.inReportOrder() }  // the band checks add up every DCB candidate
    let mandatoryDCB = portfolio.mandatoryCandidates.filter(\.kind.isDCB)
    let cheapest = mandatoryDCB.compactMap(\.minimumCost).sum()
    if cheapest > scenario.dcbBudget.max {
      error("$.dcbBudget.max", "dcb-band", value: String(scenario.dcbBudget.max.wholeDollars), "mandatory DCB projects cost at least \(cheapest.formatted), above the band's max \(scenario.dcbBudget.max.formatted)", fix: "raise dcbBudget.max or cheapen the projects' basic tiers", severity: .warning)
    }
    let richest = mandatoryDCB.compactMap { $0.tiers.map(\.totalCost).max() }.sum()
    let optionalDCB = portfolio.candidates.filter { $0.kind.isDCB && !$0.mandatory }.compactMap { $0.tiers.map(\.totalCost).max() }.sum()
    if !mandatoryDCB.isEmpty, richest + optionalDCB < scenario.dcbBudget.min {
      error("$.dcbBudget.min", "dcb-band", value: String(scenario.dcbBudget.min.wholeDollars), "DCB projects cost at most \(( richest + optionalDCB).formatted), below the band's min \(scenario.dcbBudget.min.formatted)", fix: "lower dcbBudget.min", severity: .warning)
    }
    return findings.inReportOrder()
  }
}
