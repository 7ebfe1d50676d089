import PortfolioAudit
import PortfolioDomain

extension AuditSnapshot {
  /// Reads the audit facts of a verified ledger as of `asOf`, as `dcbplan audit status --as-of` reads them.
  ///
  /// Every entry counts whenever it was recorded: milestone events and costs dated on or before `asOf` are kept, also
  /// those recorded later (backfilled), and the checkpoint is the whole ledger's (`SIZE:HEXROOT`), the one `audit
  /// status` prints. The latest `baseline` sets each project's BAC and milestones, a `rebaseline` replaces one project's; `milestone`
  /// (started, accepted, slipped) and `cost` entries become events and costs (with their cents);
  /// a `correction` voids or amends an earlier milestone or cost entry. Findings here are the ones this reading can
  /// see (unknown candidates, credits, corrections it could not apply); the auditor's rule findings are passed in.
  ///
  /// - Parameters:
  ///   - ledger: the parsed ledger (`LedgerVerification.ledger`).
  ///   - ledgerName: how to name it in the report.
  ///   - verified: the verification outcome, if checked.
  ///   - macsChecked: whether verification checked the entries' MACs with the key; when it did not and some entry
  ///     carries a MAC, the snapshot's `macsChecked` is `false` (the report says so), when no entry does it is `nil`.
  ///   - portfolio: the dataset, for project titles (`nil`: titles are the candidate ids).
  ///   - asOf: the report date.
  ///   - ruleFindings: findings of the auditor's rules, shown after the reading's own.
  public init(
    ledger: Ledger, ledgerName: String, verified: Bool?, macsChecked: Bool = false, portfolio: Portfolio?, asOf: ReportDate,
    ruleFindings: [Finding] = []
  ) {
    let entries = ledger.entries
    var voided = Set<Int>()
    var amended: [Int: LedgerEvent] = [:]
    var findings: [Finding] = []
    for entry in entries {
      guard case .correction(let c) = entry.event else { continue }
      guard c.refSeq >= 0, c.refSeq < entry.seq, let target = entries.first(where: { $0.seq == c.refSeq }) else {
        findings.append(Finding(severity: .warning, code: "correction-not-applied", message: "entry \(entry.seq) corrects entry \(c.refSeq), which is not an earlier entry"))
        continue
      }
      switch c.action {
      case .void: voided.insert(c.refSeq)
      case .amend:
        let base = amended[c.refSeq] ?? target.event
        guard case .object(var members) = base.payload else { continue }
        for (k, v) in c.fields { members[k] = v }
        if let event = try? LedgerEvent(type: base.typeName, payload: .object(members)) {
          amended[c.refSeq] = event
        } else {
          findings.append(Finding(severity: .warning, code: "correction-not-applied", message: "entry \(entry.seq) amends entry \(c.refSeq) into an invalid payload"))
        }
      }
    }
    var projects: [String: Project] = [:]
    var events: [MilestoneEvent] = []
    var costs: [Cost] = []
    func title(_ id: CandidateID) -> String { portfolio?.candidate(id)?.title ?? id.rawValue }
    func milestones(_ list: [BaselineMilestone]) -> [Milestone] {
      list.map { Milestone(id: $0.milestone.rawValue, title: $0.title, due: ReportVocabulary.date($0.plannedDate), weightPercent: $0.weightPercent) }
    }
    for entry in entries where !voided.contains(entry.seq) {
      switch amended[entry.seq] ?? entry.event {
      case .baseline(let b):
        projects = [:]
        for c in b.candidates {
          projects[c.candidate.rawValue] = Project(
            candidate: c.candidate.rawValue, title: title(c.candidate), bacUSD: c.bac.wholeDollars, start: ReportVocabulary.date(c.plannedStart),
            finish: ReportVocabulary.yearEnd(c.finishYear), milestones: milestones(c.milestones))
        }
      case .rebaseline(let r):
        if var p = projects[r.candidate.rawValue] {
          p.bacUSD = r.bac.wholeDollars
          p.milestones = milestones(r.milestones)
          if let last = p.milestones.map(\.due).max(), last > p.finish { p.finish = last }
          projects[r.candidate.rawValue] = p
        } else {
          findings.append(Finding(severity: .warning, code: "rebaseline-unknown-project", candidate: r.candidate.rawValue, message: "entry \(entry.seq) rebaselines a project that has no baseline"))
        }
      case .milestone(let m):
        let kind: MilestoneEvent.Kind
        switch m.status {
        case .started: kind = .started
        case .accepted: kind = .accepted
        case .slipped: kind = .slipped
        case .progress: continue
        }
        guard ReportVocabulary.date(m.date) <= asOf else { continue }
        events.append(
          MilestoneEvent(
            candidate: m.candidate.rawValue, milestone: m.milestone.rawValue, kind: kind, date: ReportVocabulary.date(m.date),
            forecast: m.forecastDate.map(ReportVocabulary.date), reason: m.reason))
      case .cost(let c):
        guard ReportVocabulary.date(c.date) <= asOf else { continue }
        if projects[c.candidate.rawValue] == nil {
          findings.append(Finding(severity: .warning, code: "cost-without-baseline", candidate: c.candidate.rawValue, message: "entry \(entry.seq) records a cost for a project with no baseline"))
        }
        if c.amount.cents < 0 {
          findings.append(Finding(severity: .info, code: "credit", candidate: c.candidate.rawValue, message: "entry \(entry.seq) is a credit of \((-c.amount).formattedWithCents)"))
        }
        costs.append(Cost(candidate: c.candidate.rawValue, date: ReportVocabulary.date(c.date), amount: c.amount, source: c.source.rawValue, reference: c.reference))
      default:
        continue
      }
    }
    self.init(
      ledgerName: ledgerName, entryCount: ledger.count, checkpoint: ledger.count > 0 ? ledger.checkpoint.description : nil, verified: verified,
      macsChecked: macsChecked ? true : (ledger.isAuthenticated ? false : nil),
      baselines: projects.keys.sorted().compactMap { projects[$0] }, events: events, costs: costs, findings: findings + ruleFindings)
  }
}

extension ReportDate {
  /// The default report date of DESIGN §6: the date of the ledger's last entry, else 1 January of `horizonStart`.
  public static func defaultAsOf(ledger: Ledger?, horizonStart: Year) -> ReportDate {
    if let last = ledger?.entries.last { return ReportVocabulary.date(last.time.date) }
    return ReportVocabulary.yearStart(horizonStart)
  }
}
