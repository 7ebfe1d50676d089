import PortfolioAudit
import PortfolioDomain

/// Earned value and auditor findings from `PortfolioAudit` (`EarnedValueCalculator`, `AuditReview`), so the audit
/// report shows exactly the figures of `dcbplan audit status`.
///
/// As `audit status` does, the whole ledger is replayed once (`LedgerState`) and measured at each date: every entry
/// counts whenever it was recorded, so a cost, milestone or correction dated on or before the date but recorded later
/// is in the figures (and the `BackfilledEntry` finding names it), and the baseline is the one in force now, with
/// every rebaseline. Money is rounded to whole dollars half away from zero, as `audit status` prints it. Stoplights use
/// `AuditSettings.bands` (green, yellow shown as amber, red; undefined as n/a); significance uses
/// `AuditSettings.thresholds`.
public struct LedgerEarnedValue: EarnedValueSource {
  /// The full ledger.
  public let ledger: Ledger
  /// The ledger replayed, as `audit status` replays it.
  let state: LedgerState
  /// The technique and EAC method.
  public var options: EarnedValueOptions
  /// Stoplight bands, variance thresholds and the BEI goal.
  public var settings: AuditSettings

  /// Creates the source.
  public init(ledger: Ledger, options: EarnedValueOptions = EarnedValueOptions(), settings: AuditSettings = AuditSettings()) {
    self.ledger = ledger
    self.state = LedgerState(ledger: ledger)
    self.options = options
    self.settings = settings
  }

  public var method: String {
    let b = settings.bands
    let t = settings.thresholds
    func ratio(_ basisPoints: Int) -> String { ReportNumberFormat.fixed(Double(basisPoints) / 10_000, decimals: 2) }
    return "Technique \(options.technique.rawValue), EAC \(options.primaryEAC.rawValue) (PortfolioAudit's calculator). CPI and SPI are green from \(ratio(b.greenLow)) to \(ratio(b.greenHigh)), amber from \(ratio(b.yellowLow)) to \(ratio(b.yellowHigh)), red outside; a variance is significant beyond \(ReportNumberFormat.money(t.amount.wholeDollars)) \(t.combination.rawValue) \(ReportNumberFormat.fixed(Double(t.percentBasisPoints) / 100, decimals: 0))% of its base."
  }

  static func calendarDate(_ d: ReportDate) -> CalendarDate { CalendarDate(year: d.year, month: d.month, day: d.day) }

  /// What `audit status --as-of date` computes (`EarnedValueCalculator.report` over the replayed ledger).
  func report(at date: ReportDate) -> EarnedValueReport {
    EarnedValueCalculator.report(state: state, asOf: LedgerEarnedValue.calendarDate(date), options: options)
  }

  public func measure(at date: ReportDate) -> EarnedValueMeasurement {
    let report = self.report(at: date)
    let zero = EarnedValueFigures(
      key: "portfolio", bac: 0, pv: 0, ev: 0, ac: 0, cpi: nil, spi: nil, cvPercent: nil, svPercent: nil, eac: 0, cpiLight: .none, spiLight: .none,
      significant: false, milestonesDue: 0, milestonesFinished: 0)
    return EarnedValueMeasurement(date: date, portfolio: report.portfolio.map(figures) ?? zero, projects: report.candidates.map(figures))
  }

  func figures(_ row: EarnedValueReport.Row) -> EarnedValueFigures {
    let m = row.metrics
    let t = settings.thresholds
    let dollars = { (amount: Money) in amount.roundedDollars }
    let eac = m.eac.value ?? m.eacAtypical
    return EarnedValueFigures(
      key: row.key, bac: dollars(m.bac), pv: dollars(m.pv), ev: dollars(m.ev), ac: dollars(m.ac), cpi: m.cpi.value, spi: m.spi.value,
      cvPercent: m.cvPercent.value.map { $0 * 100 }, svPercent: m.svPercent.value.map { $0 * 100 }, eac: dollars(eac),
      cpiLight: LedgerEarnedValue.light(row.cpiLight(settings.bands)), spiLight: LedgerEarnedValue.light(row.spiLight(settings.bands)),
      significant: t.isSignificant(variance: m.cv, base: m.ev) || t.isSignificant(variance: m.sv, base: m.pv),
      milestonesDue: m.milestonesDue, milestonesFinished: m.milestonesFinished, cv: dollars(m.cv), sv: dollars(m.sv), vac: dollars(m.bac - eac))
  }

  static func light(_ s: PortfolioAudit.Stoplight) -> Stoplight {
    switch s {
    case .green: return .green
    case .yellow: return .amber
    case .red: return .red
    case .undefined: return .none
    }
  }

  /// The auditor's rule findings at `date`, as report findings (check name as the code).
  public func findings(at date: ReportDate) -> [AuditSnapshot.Finding] {
    AuditReview.findings(in: AuditRuleContext(state: state, report: report(at: date), settings: settings)).map { f in
      let severity: AuditSnapshot.Finding.Severity
      switch f.severity {
      case .error: severity = .error
      case .warning: severity = .warning
      case .info: severity = .info
      }
      var message = f.message
      if let m = f.milestone { message = "\(m.rawValue): " + message }
      if let seq = f.seq { message += " (entry \(seq))" }
      return AuditSnapshot.Finding(severity: severity, code: f.check, candidate: f.candidate?.rawValue, message: message)
    }
  }
}

extension AuditReportBuilder {
  /// A builder that reads everything from a ledger: facts through `AuditSnapshot(ledger:...)`, earned value and the
  /// auditor's findings through `PortfolioAudit` (``LedgerEarnedValue``). This is the one `dcbplan report audit` uses.
  public init(
    ledger: Ledger, ledgerName: String, verified: Bool?, macsChecked: Bool = false, portfolio: Portfolio?, asOf: ReportDate, inputsSHA256: String? = nil,
    datasetName: String = "Datasets/bih", scenarioName: String = "default", isExampleLedger: Bool = false,
    options: EarnedValueOptions = EarnedValueOptions(), settings: AuditSettings = AuditSettings()
  ) {
    let source = LedgerEarnedValue(ledger: ledger, options: options, settings: settings)
    var snapshot = AuditSnapshot(
      ledger: ledger, state: source.state, ledgerName: ledgerName, verified: verified, macsChecked: macsChecked, portfolio: portfolio,
      asOf: asOf, ruleFindings: [])
    // The auditor's rules see everything the snapshot's own reading flags (and more), so they replace it.
    snapshot.findings = source.findings(at: asOf)
    self.init(
      snapshot: snapshot, asOf: asOf, inputsSHA256: inputsSHA256, datasetName: datasetName, scenarioName: scenarioName, isExampleLedger: isExampleLedger,
      earnedValue: source)
  }
}
