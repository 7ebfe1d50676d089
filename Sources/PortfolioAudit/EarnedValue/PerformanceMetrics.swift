import PortfolioDomain

/// Every earned value and earned schedule figure for one candidate or one roll-up, as of a status date.
///
/// Money is in cents; ratios are `Double` (unrounded; format with ``RatioFormat``); anything that would divide
/// by zero is ``Computed/undefined(reason:)``. Time figures are in months.
public struct PerformanceMetrics: Sendable, Equatable {
  /// Budget at completion.
  public var bac: Money
  /// Planned value (BCWS), cumulative to the status date.
  public var pv: Money
  /// Earned value (BCWP), cumulative.
  public var ev: Money
  /// Actual cost (ACWP), cumulative.
  public var ac: Money
  /// SV = EV - PV.
  public var sv: Money
  /// CV = EV - AC.
  public var cv: Money
  /// SV / PV, a fraction.
  public var svPercent: Computed<Double>
  /// CV / EV, a fraction.
  public var cvPercent: Computed<Double>
  /// EV / PV.
  public var spi: Computed<Double>
  /// EV / AC.
  public var cpi: Computed<Double>
  /// AC + (BAC - EV).
  public var eacAtypical: Money
  /// BAC / CPI.
  public var eacTypical: Computed<Money>
  /// AC + (BAC - EV) / (CPI x SPI).
  public var eacCombined: Computed<Money>
  /// AC + (BAC - EV) / (w CPI + (1 - w) SPI).
  public var eacWeighted: Computed<Money>
  /// The EAC chosen by ``EarnedValueOptions/primaryEAC``.
  public var eac: Computed<Money>
  /// ETC = EAC - AC (primary EAC).
  public var etc: Computed<Money>
  /// VAC = BAC - EAC (primary EAC).
  public var vac: Computed<Money>
  /// (BAC - EV) / (BAC - AC).
  public var tcpiToBAC: Computed<Double>
  /// (BAC - EV) / (EAC - AC), primary EAC.
  public var tcpiToEAC: Computed<Double>
  /// EV / BAC.
  public var percentComplete: Computed<Double>
  /// Earned schedule, SV(t), SPI(t), IEAC(t), in months from the planned start.
  public var schedule: EarnedSchedule
  /// Baseline Execution Index over milestones.
  public var bei: Computed<Double>
  /// Share of milestones due by the status date that finished on time.
  public var hitRate: Computed<Double>
  /// Milestones accepted by the status date.
  public var milestonesFinished: Int
  /// Milestones baselined to finish by the status date.
  public var milestonesDue: Int
  /// Milestones due by the status date and accepted on or before their planned date.
  public var milestonesFinishedOnTime: Int
  /// All baseline milestones.
  public var milestonesTotal: Int

  /// Computes every figure from the base quantities.
  ///
  /// - Parameters:
  ///   - cumulativePV: cumulative PV at the end of each month from the planned start month to the planned finish
  ///     month (cents), for earned schedule.
  ///   - actualTime: months from the start of the planned start month to the status date.
  public init(
    bac: Money, pv: Money, ev: Money, ac: Money, cumulativePV: [Int64], actualTime: Double,
    finished: Int, due: Int, finishedOnTime: Int, total: Int, options: EarnedValueOptions
  ) {
    typealias F = EarnedValueFormulas
    self.bac = bac
    self.pv = pv
    self.ev = ev
    self.ac = ac
    sv = F.scheduleVariance(ev: ev, pv: pv)
    cv = F.costVariance(ev: ev, ac: ac)
    svPercent = F.scheduleVariancePercent(ev: ev, pv: pv)
    cvPercent = F.costVariancePercent(ev: ev, ac: ac)
    spi = F.spi(ev: ev, pv: pv)
    cpi = F.cpi(ev: ev, ac: ac)
    eacAtypical = F.eacAtypical(bac: bac, ev: ev, ac: ac)
    eacTypical = F.eacTypical(bac: bac, ev: ev, ac: ac)
    eacCombined = F.eacCombined(bac: bac, ev: ev, ac: ac, pv: pv)
    eacWeighted = F.eacWeighted(bac: bac, ev: ev, ac: ac, pv: pv, cpiWeight: options.cpiWeight)
    switch options.primaryEAC {
    case .atypical: eac = .value(eacAtypical)
    case .typical: eac = eacTypical
    case .combined: eac = eacCombined
    case .weighted: eac = eacWeighted
    }
    etc = F.estimateToComplete(eac: eac, ac: ac)
    vac = F.varianceAtCompletion(bac: bac, eac: eac)
    tcpiToBAC = F.tcpiToBAC(bac: bac, ev: ev, ac: ac)
    tcpiToEAC = F.tcpiToEAC(bac: bac, ev: ev, ac: ac, eac: eac)
    percentComplete = bac.cents > 0 ? .value(Double(ev.cents) / Double(bac.cents)) : .undefined(reason: "budget is zero")
    schedule = EarnedSchedule.compute(cumulativePV: cumulativePV, ev: ev.cents, actualTime: actualTime)
    bei = BaselineExecutionIndex.compute(finished: finished, baselinedToFinish: due)
    hitRate = BaselineExecutionIndex.hitRate(finishedOnTime: finishedOnTime, baselinedToFinish: due)
    milestonesFinished = finished
    milestonesDue = due
    milestonesFinishedOnTime = finishedOnTime
    milestonesTotal = total
  }
}
