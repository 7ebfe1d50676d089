import PortfolioDomain

/// One thing the auditor's checks report: a data anomaly, a variance, an overdue milestone. Never a fix.
public struct AuditorFinding: Sendable, Equatable, CustomStringConvertible {
  /// How serious it is.
  public enum Severity: String, Sendable, Equatable, Comparable, CaseIterable {
    /// The data is wrong or inconsistent (GAO/Deltek/Cobra anomaly lists): fix the record with a correction.
    case error
    /// Performance or schedule needs attention (variance report, overdue milestone, red stoplight).
    case warning
    /// For the record (yellow stoplight, backfilled entries).
    case info

    private var rank: Int {
      switch self {
      case .error: return 0
      case .warning: return 1
      case .info: return 2
      }
    }

    /// Errors first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// The check that found it (the rule's file name, e.g. `OverdueMilestone`).
  public var check: String
  /// How serious it is.
  public var severity: Severity
  /// The candidate concerned (nil for portfolio-level findings).
  public var candidate: CandidateID?
  /// The milestone concerned.
  public var milestone: MilestoneID?
  /// The ledger entry concerned.
  public var seq: Int?
  /// What was found, lowercase, with the figures.
  public var message: String

  /// Creates a finding.
  public init(
    check: String, severity: Severity, candidate: CandidateID? = nil, milestone: MilestoneID? = nil, seq: Int? = nil,
    message: String
  ) {
    self.check = check
    self.severity = severity
    self.candidate = candidate
    self.milestone = milestone
    self.seq = seq
    self.message = message
  }

  /// `severity: [candidate milestone] (seq N) message [check]`.
  public var description: String {
    var subject = [candidate?.rawValue, milestone?.rawValue].compactMap { $0 }.joined(separator: " ")
    if let seq { subject += subject.isEmpty ? "seq \(seq)" : " (seq \(seq))" }
    return "\(severity.rawValue): \(subject.isEmpty ? "" : subject + ": ")\(message) [\(check)]"
  }

  /// The report order: severity, then candidate, milestone, seq, check, message.
  static func reportOrder(_ lhs: AuditorFinding, _ rhs: AuditorFinding) -> Bool {
    if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
    let left = (lhs.candidate?.rawValue ?? "", lhs.milestone?.rawValue ?? "", lhs.seq ?? -1, lhs.check, lhs.message)
    let right = (rhs.candidate?.rawValue ?? "", rhs.milestone?.rawValue ?? "", rhs.seq ?? -1, rhs.check, rhs.message)
    return left < right
  }
}

/// The auditor's configurable thresholds.
public struct AuditSettings: Sendable, Equatable {
  /// Stoplight bands for SPI and CPI (default FEMA).
  public var bands: StoplightBands
  /// Significant-variance thresholds (default $15,000 OR 10 %).
  public var thresholds: VarianceThresholds
  /// The BEI goal in basis points (default 9 500 = 0.95, DCMA).
  public var beiGoalBasisPoints: Int
  /// How far TCPI(BAC) may exceed CPI before the EAC is suspect (default 0.10; a rule of thumb, EVM.md §4.5).
  public var tcpiGap: Double
  /// The share of BAC earned after which the TCPI check applies, in basis points (default 2 000 = 20 %).
  public var tcpiFromBasisPoints: Int

  /// Creates settings with the documented defaults.
  public init(
    bands: StoplightBands = .fema, thresholds: VarianceThresholds = VarianceThresholds(), beiGoalBasisPoints: Int = 9_500,
    tcpiGap: Double = 0.10, tcpiFromBasisPoints: Int = 2_000
  ) {
    self.bands = bands
    self.thresholds = thresholds
    self.beiGoalBasisPoints = beiGoalBasisPoints
    self.tcpiGap = tcpiGap
    self.tcpiFromBasisPoints = tcpiFromBasisPoints
  }
}

/// What a rule looks at: the replayed ledger, the earned value report as of the status date, the settings.
public struct AuditRuleContext: Sendable {
  /// The replayed ledger.
  public var state: LedgerState
  /// Earned value as of the status date.
  public var report: EarnedValueReport
  /// Thresholds.
  public var settings: AuditSettings

  /// Creates a context.
  public init(state: LedgerState, report: EarnedValueReport, settings: AuditSettings) {
    self.state = state
    self.report = report
    self.settings = settings
  }

  /// The status date.
  public var asOf: CalendarDate { report.asOf }

  /// The set of (candidate, milestone) pairs in the baseline.
  var baselineMilestones: Set<String> {
    Set((state.baseline?.candidates ?? []).flatMap { c in c.milestones.map { "\(c.candidate.rawValue)\u{0}\($0.milestone.rawValue)" } })
  }
}

/// One auditor check. Each lives in `Rules/<Name>.swift` and reports, never repairs.
public protocol AuditRule: Sendable {
  /// The check's name (its file name).
  static var name: String { get }
  /// Its findings.
  func findings(in context: AuditRuleContext) -> [AuditorFinding]
}

/// Runs every check.
public enum AuditReview {
  /// Every rule, in a fixed order.
  public static let rules: [any AuditRule] = [
    ReplayIssue(), UnknownReference(), ActualCostWithoutBudget(), BaselineInconsistent(), NegativeActualCost(),
    EarnedAboveBudget(), EarnedWithoutActual(), EarnedWithoutPlanned(), ActualCostOnCompletedWork(),
    FinishBeforeStart(), ActualDateInFuture(), PercentCompleteOutOfRange(), BackfilledEntry(), OverdueMilestone(),
    SignificantVariance(), PerformanceStoplight(), LowBaselineExecution(), TCPIAboveCPI(),
  ]

  /// All findings, in report order.
  public static func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    rules.flatMap { $0.findings(in: context) }.sorted(by: AuditorFinding.reportOrder)
  }
}

/// Dollars with cents for messages: `$1,234.50`, `-$90,000`.
func dollars(_ money: Money) -> String { money.formattedWithCents }
