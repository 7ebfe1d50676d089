/// The earned-value figures of one project, or of the portfolio, at one date, as the audit report shows them.
///
/// Money is whole US dollars; ratios are `nil` when undefined (a zero denominator), never NaN.
public struct EarnedValueFigures: Sendable, Hashable {
  /// The project's candidate id, or `portfolio`.
  public var key: String
  /// Budget at completion.
  public var bac: Int64
  /// Planned value.
  public var pv: Int64
  /// Earned value.
  public var ev: Int64
  /// Actual cost.
  public var ac: Int64
  /// Cost performance index EV / AC.
  public var cpi: Double?
  /// Schedule performance index EV / PV.
  public var spi: Double?
  /// Cost variance as a percent of EV.
  public var cvPercent: Double?
  /// Schedule variance as a percent of PV.
  public var svPercent: Double?
  /// Estimate at completion.
  public var eac: Int64
  /// The CPI stoplight.
  public var cpiLight: Stoplight
  /// The SPI stoplight.
  public var spiLight: Stoplight
  /// True when the cost or schedule variance crosses the significance threshold.
  public var significant: Bool
  /// Milestones baselined to be due by the date.
  public var milestonesDue: Int
  /// Milestones accepted by the date, early ones included (the BEI numerator, DCMA).
  public var milestonesFinished: Int
  /// Cost variance EV - AC.
  public var cv: Int64
  /// Schedule variance EV - PV.
  public var sv: Int64
  /// Variance at completion BAC - EAC.
  public var vac: Int64

  /// Creates figures.
  ///
  /// - Parameters:
  ///   - cv: the cost variance; `nil` is `ev - ac`. An engine that rounds exact amounts passes the rounded exact
  ///     variance, which can differ by a dollar from the difference of rounded amounts.
  ///   - sv: the schedule variance; `nil` is `ev - pv`.
  ///   - vac: the variance at completion; `nil` is `bac - eac`.
  public init(
    key: String, bac: Int64, pv: Int64, ev: Int64, ac: Int64, cpi: Double?, spi: Double?, cvPercent: Double?, svPercent: Double?, eac: Int64,
    cpiLight: Stoplight, spiLight: Stoplight, significant: Bool, milestonesDue: Int, milestonesFinished: Int, cv: Int64? = nil, sv: Int64? = nil,
    vac: Int64? = nil
  ) {
    self.key = key
    self.bac = bac
    self.pv = pv
    self.ev = ev
    self.ac = ac
    self.cpi = cpi
    self.spi = spi
    self.cvPercent = cvPercent
    self.svPercent = svPercent
    self.eac = eac
    self.cpiLight = cpiLight
    self.spiLight = spiLight
    self.significant = significant
    self.milestonesDue = milestonesDue
    self.milestonesFinished = milestonesFinished
    self.cv = cv ?? ev - ac
    self.sv = sv ?? ev - pv
    self.vac = vac ?? bac - eac
  }
  /// Baseline execution index: finished over due; `nil` when nothing was due.
  public var bei: Double? { milestonesDue > 0 ? Double(milestonesFinished) / Double(milestonesDue) : nil }
}

/// All earned-value figures at one date: the portfolio and each project (in baseline order).
public struct EarnedValueMeasurement: Sendable, Hashable {
  /// The date measured.
  public var date: ReportDate
  /// The portfolio roll-up.
  public var portfolio: EarnedValueFigures
  /// One entry per baselined project.
  public var projects: [EarnedValueFigures]
  /// Creates a measurement.
  public init(date: ReportDate, portfolio: EarnedValueFigures, projects: [EarnedValueFigures]) {
    self.date = date
    self.portfolio = portfolio
    self.projects = projects
  }
  /// The figures of `project`, if baselined.
  public func figures(_ project: String) -> EarnedValueFigures? { projects.first { $0.key == project } }
}

/// Where the audit report takes its earned value from.
///
/// ``SnapshotEarnedValue`` computes it from an ``AuditSnapshot`` (weighted milestones); ``LedgerEarnedValue``
/// asks `PortfolioAudit`'s calculator, so the report agrees with `dcbplan audit status` (to the dollar, rounded as
/// it rounds).
public protocol EarnedValueSource: Sendable {
  /// The figures at the end of `date`.
  func measure(at date: ReportDate) -> EarnedValueMeasurement
  /// One sentence on the technique and the stoplight and significance thresholds, for the report.
  var method: String { get }
}

/// Earned value computed from an ``AuditSnapshot`` with ``EarnedValue`` (weighted milestones).
///
/// Stoplights: index at or above 0.95 green, at or above 0.90 amber, else red. Significant: |CV%| or |SV%| over 10%.
public struct SnapshotEarnedValue: EarnedValueSource {
  /// The audit facts.
  public var snapshot: AuditSnapshot
  /// Creates the source.
  public init(snapshot: AuditSnapshot) { self.snapshot = snapshot }

  public var method: String {
    "Weighted milestones: PV is the budget of milestones baselined to be due by the date, EV the budget of milestones accepted by then, AC the costs recorded by then; EAC is BAC / CPI (AC + BAC - EV where CPI is undefined). CPI and SPI are green at 0.95 or more, amber from 0.90, red below; a variance is significant beyond 10%."
  }

  public func measure(at date: ReportDate) -> EarnedValueMeasurement {
    var values: [EarnedValue] = []
    var projects: [EarnedValueFigures] = []
    var totalDue = 0
    var totalDone = 0
    for b in snapshot.baselines {
      let v = EarnedValue(baseline: b, events: snapshot.events, costs: snapshot.costs, at: date)
      let accepted = Set(snapshot.events.filter { $0.candidate == b.candidate && $0.kind == .accepted && $0.date <= date }.map(\.milestone))
      let due = b.milestones.filter { $0.due <= date }
      let done = b.milestones.filter { accepted.contains($0.id) }.count
      totalDue += due.count
      totalDone += done
      values.append(v)
      projects.append(SnapshotEarnedValue.figures(b.candidate, v, due: due.count, done: done))
    }
    let portfolio = SnapshotEarnedValue.figures("portfolio", EarnedValue.rollUp(values), due: totalDue, done: totalDone)
    return EarnedValueMeasurement(date: date, portfolio: portfolio, projects: projects)
  }

  static func figures(_ key: String, _ v: EarnedValue, due: Int, done: Int) -> EarnedValueFigures {
    EarnedValueFigures(
      key: key, bac: v.bac, pv: v.pv, ev: v.ev, ac: v.ac, cpi: v.cpi, spi: v.spi, cvPercent: v.cvPercent, svPercent: v.svPercent, eac: v.eac,
      cpiLight: EarnedValue.stoplight(v.cpi), spiLight: EarnedValue.stoplight(v.spi), significant: v.isSignificant, milestonesDue: due, milestonesFinished: done)
  }
}
