import PortfolioDomain

/// Earned value of one project (or a roll-up) at a date, by the weighted-milestone technique (EVM.md §2).
///
/// PV is BAC times the weights of milestones whose baseline date is on or before the date; EV is BAC times the
/// weights of milestones accepted on or before it; AC is the sum of costs dated on or before it (their cents
/// summed, then rounded to whole dollars half away from zero). Money is whole dollars, each weighted amount rounded half
/// up. Ratios are `nil` (undefined) when their denominator is 0, never
/// NaN or infinity (EVM.md §1.2 "division guards").
public struct EarnedValue: Sendable, Hashable {
  /// Budget at completion.
  public var bac: Int64
  /// Planned value (cumulative).
  public var pv: Int64
  /// Earned value (cumulative).
  public var ev: Int64
  /// Actual cost (cumulative).
  public var ac: Int64

  /// Creates a measurement.
  public init(bac: Int64, pv: Int64, ev: Int64, ac: Int64) {
    self.bac = bac
    self.pv = pv
    self.ev = ev
    self.ac = ac
  }

  /// Measures `baseline` at `date` from the accepted milestones and costs given.
  public init(baseline: AuditSnapshot.Project, events: [AuditSnapshot.MilestoneEvent], costs: [AuditSnapshot.Cost], at date: ReportDate) {
    let planned = baseline.milestones.filter { $0.due <= date }.reduce(0) { $0 + $1.weightPercent }
    let accepted = Set(events.filter { $0.candidate == baseline.candidate && $0.kind == .accepted && $0.date <= date }.map(\.milestone))
    let earned = baseline.milestones.filter { accepted.contains($0.id) }.reduce(0) { $0 + $1.weightPercent }
    let spent = costs.filter { $0.candidate == baseline.candidate && $0.date <= date }.map(\.amount).sum()
    self.init(
      bac: baseline.bacUSD, pv: EarnedValue.share(baseline.bacUSD, planned), ev: EarnedValue.share(baseline.bacUSD, earned),
      ac: spent.roundedDollars)
  }

  /// `amount * percent / 100`, rounded half up (amount >= 0).
  static func share(_ amount: Int64, _ percent: Int) -> Int64 { (amount * Int64(percent) + 50) / 100 }

  /// The sum of several measurements (the portfolio roll-up).
  public static func rollUp(_ items: [EarnedValue]) -> EarnedValue {
    items.reduce(EarnedValue(bac: 0, pv: 0, ev: 0, ac: 0)) { EarnedValue(bac: $0.bac + $1.bac, pv: $0.pv + $1.pv, ev: $0.ev + $1.ev, ac: $0.ac + $1.ac) }
  }

  /// Cost variance EV - AC (negative: over cost).
  public var cv: Int64 { ev - ac }
  /// Schedule variance EV - PV (negative: behind).
  public var sv: Int64 { ev - pv }
  /// Cost performance index EV / AC; `nil` when AC is 0.
  public var cpi: Double? { ac > 0 ? Double(ev) / Double(ac) : nil }
  /// Schedule performance index EV / PV; `nil` when PV is 0.
  public var spi: Double? { pv > 0 ? Double(ev) / Double(pv) : nil }
  /// CV as a percent of EV; `nil` when EV is 0.
  public var cvPercent: Double? { ev > 0 ? Double(cv) / Double(ev) * 100 : nil }
  /// SV as a percent of PV; `nil` when PV is 0.
  public var svPercent: Double? { pv > 0 ? Double(sv) / Double(pv) * 100 : nil }
  /// Estimate at completion: BAC / CPI when CPI is defined and positive, else AC + (BAC - EV) (EVM.md §1.2).
  public var eac: Int64 {
    if let cpi, cpi > 0 { return Int64((Double(bac) / cpi).rounded()) }
    return ac + (bac - ev)
  }
  /// Variance at completion BAC - EAC (negative: overrun forecast).
  public var vac: Int64 { bac - eac }

  /// The stoplight of an index: green at or above 0.95, amber at or above 0.90, red below, none when undefined.
  public static func stoplight(_ index: Double?) -> Stoplight {
    guard let index else { return .none }
    if index >= 0.95 { return .green }
    if index >= 0.90 { return .amber }
    return .red
  }

  /// The threshold, in percent, beyond which a cost or schedule variance is significant (10%).
  public static let significantVariancePercent = 10.0

  /// True when |CV%| or |SV%| exceeds ``significantVariancePercent``.
  public var isSignificant: Bool {
    (cvPercent.map { abs($0) > EarnedValue.significantVariancePercent } ?? false)
      || (svPercent.map { abs($0) > EarnedValue.significantVariancePercent } ?? false)
  }
}
