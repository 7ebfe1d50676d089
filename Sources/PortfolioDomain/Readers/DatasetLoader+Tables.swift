/// The column lists of the nine tables and their row readers (DESIGN §3).
extension DatasetLoader {
  typealias Column = TableReader.Column

  static func columns(_ required: [String], optional: [String] = [], provenance: Bool) -> [Column] {
    required.map { Column(name: $0, required: true) } + optional.map { Column(name: $0, required: false) }
      + provenanceColumns(required: provenance)
  }

  static let firmColumns = columns(
    ["id", "name", "entity"],
    optional: ["town", "ownership", "sector", "employees", "export_usd", "export_series", "year", "absorptive_capacity_usd"],
    provenance: true)
  static let candidateColumns = columns(
    ["id", "title", "kind", "earliest_start", "latest_start"],
    optional: ["firm_id", "partner", "lead_nation", "tags", "mandatory"], provenance: true)
  static let costColumns = (1...5).map { "cost_y\($0)" }
  static let tierColumns = columns(["candidate_id", "tier", "duration_years", "cost_y1"], optional: Array(costColumns.dropFirst()), provenance: true)
  static let scoreColumns = columns(["candidate_id", "tier", "criterion", "low", "likely", "high"], provenance: true)
  static let sourceColumns = columns(
    ["id", "name", "kind"], optional: ["country", "min_total", "max_total", "max_share_percent"], provenance: true)
  static let sourceYearColumns = columns(["source_id", "year", "max"], provenance: false)
  static let eligibilityColumns = columns(["source_id", "rule", "value"], provenance: false)
  static let relationColumns = columns(["kind", "a", "b"], optional: ["lag_years"], provenance: false)
  static let milestoneColumns = columns(
    ["candidate_id", "tier", "milestone_id", "title", "month_offset", "ev_weight_percent"], provenance: false)

  /// Reads every table into records, reporting malformed cells.
  static func readRecords(_ files: DatasetFiles, sink: FindingSink) -> DatasetRecords {
    var records = DatasetRecords()
    func reader(_ name: String, _ columns: [Column]) -> TableReader {
      TableReader(file: name, contents: files[name]?.contents, columns: columns, sink: sink)
    }
    func table(_ name: String, _ columns: [Column]) -> [TableReader.Row] { reader(name, columns).rows }
    let firms = reader("firms.csv", firmColumns)
    for row in firms.rows { readFirm(row, into: &records) }
    records.firmIDs.formUnion(firms.raggedValues("id").map(FirmID.init))
    let candidates = reader("candidates.csv", candidateColumns)
    for row in candidates.rows { readCandidate(row, into: &records) }
    records.candidateIDs.formUnion(candidates.raggedValues("id").map(CandidateID.init))
    let tiers = reader("tiers.csv", tierColumns)
    for row in tiers.rows { readTier(row, into: &records) }
    for record in tiers.raggedRecords {
      let values = ["candidate_id", "tier"].map { column in
        tiers.columnIndex[column].flatMap { $0 < record.fields.count ? record.fields[$0].value.trimmingSpaces : nil } ?? ""
      }
      if !values[0].isEmpty, !values[1].isEmpty {
        records.tierKeys.insert(TierKey(candidate: CandidateID(values[0]), tier: TierID(values[1])))
      }
    }
    for row in table("scores.csv", scoreColumns) { readScore(row, into: &records) }
    let sources = reader("sources.csv", sourceColumns)
    for row in sources.rows { readSource(row, into: &records) }
    records.sourceIDs.formUnion(sources.raggedValues("id").map(SourceID.init))
    for row in table("source-years.csv", sourceYearColumns) { readSourceYear(row, into: &records) }
    for row in table("eligibility.csv", eligibilityColumns) { readEligibility(row, into: &records) }
    for row in table("relations.csv", relationColumns) { readRelation(row, into: &records) }
    for row in table("milestones.csv", milestoneColumns) { readMilestone(row, into: &records) }
    return records
  }

  static func readFirm(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let id = row.required("id").map(FirmID.init)
    if let id { records.firmIDs.insert(id) }
    let name = row.required("name")
    let entity = row.enumeration("entity", Entity.self, required: true)
    let employees = row.integer("employees")
    let exportUSD = row.money("export_usd")
    let year = row.year("year")
    let capacity = row.money("absorptive_capacity_usd")
    let provenance = row.provenance
    guard let id, let name, let entity = entity ?? nil, let employees, let exportUSD, let year, let capacity else { return }
    let firm = Firm(
      id: id, name: name, town: row.text("town") ?? "", entity: entity, ownership: row.text("ownership") ?? "",
      sector: row.text("sector") ?? "", employees: employees, exportUSD: exportUSD, exportSeries: row.text("export_series"),
      year: year, absorptiveCapacity: capacity, provenance: provenance)
    records.firms.append(Located(value: firm, origin: row.origin))
  }

  static func readCandidate(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let id = row.required("id").map(CandidateID.init)
    if let id { records.candidateIDs.insert(id) }
    let title = row.required("title")
    let kind = row.enumeration("kind", CandidateKind.self, required: true)
    let partner = row.enumeration("partner", Partner.self, required: false)
    let earliest = row.year("earliest_start", required: true)
    let latest = row.year("latest_start", required: true)
    let mandatory = row.bool("mandatory", default: false)
    let provenance = row.provenance
    guard let id, let title, let kind = kind ?? nil, let partner, let earliest = earliest ?? nil, let latest = latest ?? nil
    else { return }
    let tags = (row.text("tags") ?? "").split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    let candidate = Candidate(
      id: id, title: title, kind: kind, firm: row.text("firm_id").map(FirmID.init), partner: partner,
      leadNation: row.text("lead_nation"), tags: tags, earliestStart: earliest, latestStart: latest, mandatory: mandatory,
      provenance: provenance)
    records.candidates.append(Located(value: candidate, origin: row.origin))
  }

  static func readTier(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let candidate = row.required("candidate_id").map(CandidateID.init)
    let tier = row.required("tier").map(TierID.init)
    let duration = row.integer("duration_years", required: true)
    let costs = costColumns.map { row.money($0) ?? nil }
    let texts = costColumns.map { row.raw($0) ?? "" }
    let provenance = row.provenance
    guard let candidate, let tier else { return }
    records.tierKeys.insert(TierKey(candidate: candidate, tier: tier))
    // Each cell is at most DatasetLimits.maxCellDollars, so the row's five cells cannot overflow.
    let rowTotal = costs.compactMap { $0 }.sum()
    let limit = Money(dollars: DatasetLimits.maxTotalTierCostDollars)
    guard rowTotal <= limit - records.tierCostTotal else {
      let column = costColumns.first { row.raw($0).map { !$0.isEmpty } ?? false } ?? "cost_y1"
      row.sink.error(
        "total-too-large", at: row.cell(column), value: rowTotal.wholeDollars.description,
        message: "the costs of \(candidate) tier \(tier) (\(rowTotal.formatted)) take the total of tiers.csv past \(limit.formatted), the most the planner can add up exactly",
        fix: "check the amounts; the costs of all tiers together may be at most \(DatasetLimits.maxTotalTierCostDollars) US dollars")
      return
    }
    records.tierCostTotal += rowTotal
    let record = TierRecord(
      candidate: candidate, tier: tier, durationYears: duration ?? nil, costs: costs, costTexts: texts, provenance: provenance)
    records.tiers.append(Located(value: record, origin: row.origin))
  }

  static func readScore(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let candidate = row.required("candidate_id").map(CandidateID.init)
    let tier = row.required("tier").map(TierID.init)
    let criterion = row.required("criterion").map(CriterionID.init)
    let low = row.decimal("low"), likely = row.decimal("likely"), high = row.decimal("high")
    let provenance = row.provenance
    guard let candidate, let tier, let criterion else { return }
    let record = ScoreRecord(
      candidate: candidate, tier: tier, criterion: criterion, low: low, likely: likely, high: high, provenance: provenance)
    records.scores.append(Located(value: record, origin: row.origin))
  }

  static func readSource(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let id = row.required("id").map(SourceID.init)
    if let id { records.sourceIDs.insert(id) }
    let name = row.required("name")
    let kind = row.enumeration("kind", SourceKind.self, required: true)
    let minTotal = row.money("min_total")
    let maxTotal = row.money("max_total")
    let share = row.integer("max_share_percent")
    let provenance = row.provenance
    guard let id, let name, let kind = kind ?? nil, let minTotal, let maxTotal, let share else { return }
    let source = FundingSource(
      id: id, name: name, kind: kind, country: row.text("country"), minTotal: minTotal, maxTotal: maxTotal,
      maxSharePercent: share ?? 100, provenance: provenance)
    records.sources.append(Located(value: source, origin: row.origin))
  }

  static func readSourceYear(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let source = row.required("source_id").map(SourceID.init)
    let year = row.year("year", required: true)
    let max = row.money("max", required: true)
    guard let source, let year = year ?? nil, let max = max ?? nil else { return }
    records.sourceYears.append(Located(value: SourceYearRecord(source: source, year: year, max: max), origin: row.origin))
  }

  static func readEligibility(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let source = row.required("source_id").map(SourceID.init)
    let ruleName = row.required("rule")
    let value = row.required("value")
    var rule: EligibilityRule?
    if let ruleName, let value {
      switch ruleName {
      case "kind": rule = row.enumeration("value", CandidateKind.self, required: true, label: "kind").flatMap { $0 }.map { .kind($0) }
      case "partner": rule = row.enumeration("value", Partner.self, required: true, label: "partner").flatMap { $0 }.map { .partner($0) }
      case "entity": rule = row.enumeration("value", Entity.self, required: true, label: "entity").flatMap { $0 }.map { .entity($0) }
      case "candidate": rule = .candidate(CandidateID(value))
      case "tag": rule = .tag(value)
      default:
        let near = TableReader.nearest(ruleName, in: EligibilityRule.ruleNames)
        row.sink.error(
          "unknown-enum", at: row.cell("rule"), value: ruleName, message: "unknown rule '\(ruleName)'",
          fix: (near.map { "did you mean '\($0)'? " } ?? "") + "allowed: \(EligibilityRule.ruleNames.joined(separator: ", "))")
      }
    }
    guard let source else { return }
    records.eligibility.append(Located(value: EligibilityRecord(source: source, rule: rule), origin: row.origin))
  }

  static func readRelation(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let kind = row.enumeration("kind", Relation.Kind.self, required: true, label: "relation kind")
    let a = row.required("a").map(CandidateID.init)
    let b = row.required("b").map(CandidateID.init)
    let lag = row.integer("lag_years")
    guard let kind = kind ?? nil, let a, let b, let lag else { return }
    if kind == .excludes, let lag {
      row.sink.warning(
        "excludes-lag", at: row.cell("lag_years"), value: String(lag), message: "lag_years '\(lag)' is ignored on an excludes relation",
        fix: "leave lag_years empty for excludes")
    }
    let relation = Relation(kind: kind, a: a, b: b, lagYears: kind == .requires ? (lag ?? 0) : 0)
    records.relations.append(Located(value: relation, origin: row.origin))
  }

  static func readMilestone(_ row: TableReader.Row, into records: inout DatasetRecords) {
    let candidate = row.required("candidate_id").map(CandidateID.init)
    let tier = row.required("tier").map(TierID.init)
    let id = row.required("milestone_id").map(MilestoneID.init)
    let title = row.required("title")
    let month = row.integer("month_offset", required: true, minimum: 1)
    let weight = row.integer("ev_weight_percent", required: true)
    guard let candidate, let tier, let id, let title, let month = month ?? nil, let weight = weight ?? nil else {
      if let candidate, let tier { records.tiersWithUnreadMilestones.insert(TierKey(candidate: candidate, tier: tier)) }
      return
    }
    let milestone = Milestone(id: id, title: title, monthOffset: month, evWeightPercent: weight)
    records.milestones.append(
      Located(value: MilestoneRecord(candidate: candidate, tier: tier, milestone: milestone), origin: row.origin))
  }
}
