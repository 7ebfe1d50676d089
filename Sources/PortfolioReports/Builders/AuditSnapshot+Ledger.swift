import PortfolioAudit
import PortfolioDomain

extension AuditSnapshot {
  /// Reads the audit facts of a verified ledger as of `asOf`, as `dcbplan audit status --as-of` reads them: through
  /// the same replay, `LedgerState`, so the report and the status agree on the baseline, the corrections and what
  /// could not be applied.
  ///
  /// Every entry counts whenever it was recorded: milestone events and costs dated on or before `asOf` are kept, also
  /// those recorded later (backfilled), and the checkpoint is the whole ledger's (`SIZE:HEXROOT`), the one `audit
  /// status` prints. The baseline in force (the latest `baseline`, with each `rebaseline` applied) sets each
  /// project's BAC and milestones; a rebaselined milestone after the project's last year extends its finish.
  /// Milestone events (started, accepted, slipped) and costs (with their cents) are the replay's, after corrections.
  /// Findings here are the ones this reading can see (what replay could not apply, costs for projects without a
  /// baseline, credits); the auditor's rule findings are passed in.
  ///
  /// - Parameters:
  ///   - ledger: the parsed ledger (`LedgerVerification.ledger`).
  ///   - ledgerName: how to name it in the report.
  ///   - verified: the verification outcome, if checked.
  ///   - macsChecked: whether verification checked the entries' MACs with the key; when it did not and the ledger is
  ///     authenticated, the snapshot's `macsChecked` is `false` (the report says so), for a ledger without MACs `nil`.
  ///   - portfolio: the dataset, for project titles (`nil`: titles are the candidate ids).
  ///   - asOf: the report date.
  ///   - ruleFindings: findings of the auditor's rules, shown after the reading's own.
  public init(
    ledger: Ledger, ledgerName: String, verified: Bool?, macsChecked: Bool = false, portfolio: Portfolio?, asOf: ReportDate,
    ruleFindings: [Finding] = []
  ) {
    self.init(
      ledger: ledger, state: LedgerState(ledger: ledger), ledgerName: ledgerName, verified: verified, macsChecked: macsChecked,
      portfolio: portfolio, asOf: asOf, ruleFindings: ruleFindings)
  }

  /// The same, from `state`, the ledger already replayed (``LedgerEarnedValue`` replays it once for both).
  init(
    ledger: Ledger, state: LedgerState, ledgerName: String, verified: Bool?, macsChecked: Bool, portfolio: Portfolio?,
    asOf: ReportDate, ruleFindings: [Finding]
  ) {
    var findings: [Finding] = []
    for issue in state.issues.sorted(by: { $0.seq < $1.seq }) {
      // Named by the kind of entry replay could not apply.
      let code: String
      switch issue.seq < ledger.count ? ledger.entries[issue.seq].event : nil {
      case .rebaseline?: code = "rebaseline-unknown-project"
      case .correction?: code = "correction-not-applied"
      default: code = "entry-not-applied"
      }
      findings.append(Finding(severity: .warning, code: code, message: "entry \(issue.seq): \(issue.message)"))
    }
    func title(_ id: CandidateID) -> String { portfolio?.candidate(id)?.title ?? id.rawValue }
    var projects: [String: Project] = [:]
    for c in state.baseline?.candidates ?? [] {
      let milestones = c.milestones.map {
        Milestone(id: $0.milestone.rawValue, title: $0.title, due: ReportVocabulary.date($0.plannedDate), weightPercent: $0.weightPercent)
      }
      let finish = max(ReportVocabulary.yearEnd(c.finishYear), milestones.map(\.due).max() ?? ReportVocabulary.yearEnd(c.finishYear))
      projects[c.candidate.rawValue] = Project(
        candidate: c.candidate.rawValue, title: title(c.candidate), bacUSD: c.bac.roundedDollars,
        start: ReportVocabulary.date(c.plannedStart), finish: finish, milestones: milestones)
    }
    var events: [MilestoneEvent] = []
    for recorded in state.milestones {
      let m = recorded.event
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
    }
    var costs: [Cost] = []
    for recorded in state.costs {
      let c = recorded.event
      guard ReportVocabulary.date(c.date) <= asOf else { continue }
      if projects[c.candidate.rawValue] == nil {
        findings.append(Finding(severity: .warning, code: "cost-without-baseline", candidate: c.candidate.rawValue, message: "entry \(recorded.seq) records a cost for a project with no baseline"))
      }
      if c.amount.cents < 0 {
        findings.append(Finding(severity: .info, code: "credit", candidate: c.candidate.rawValue, message: "entry \(recorded.seq) is a credit of \((-c.amount).formattedWithCents)"))
      }
      costs.append(Cost(candidate: c.candidate.rawValue, date: ReportVocabulary.date(c.date), amount: c.amount, source: c.source.rawValue, reference: c.reference))
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
