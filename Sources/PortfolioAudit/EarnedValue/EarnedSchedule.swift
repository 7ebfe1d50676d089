import PortfolioDomain

/// Earned schedule (Lipke 2003; EVM.md §3) in periods (the ledger uses calendar months).
///
/// ES = C + I where C is the *last* period whose cumulative PV is <= EV and I interpolates linearly into the
/// next period. Edge rules (EVM.md §3): EV below the first period's PV gives C = 0 and ES = EV / PV_1; EV at or
/// above the final cumulative PV gives ES = PD (capped); a period where PV does not grow is skipped because C is
/// the last period with PV <= EV, so the next period's PV is strictly larger. When EV equals the cumulative PV of
/// a flat stretch of periods, ES is the actual time clamped to that stretch (our tie-break: any point of the
/// stretch has PV = EV, and the latest one would show a project exactly on plan as ahead). A negative EV gives
/// ES = 0.
public struct EarnedSchedule: Sendable, Equatable {
  /// Earned schedule, in periods.
  public var es: Double
  /// Actual time elapsed, in periods.
  public var at: Double
  /// Planned duration, in periods.
  public var pd: Double
  /// SV(t) = ES - AT (negative: late).
  public var svt: Double
  /// SPI(t) = ES / AT.
  public var spit: Computed<Double>
  /// IEAC(t) = PD / SPI(t), the independent forecast of the duration, in periods.
  public var ieact: Computed<Double>

  /// Computes ES and its indicators.
  ///
  /// - Parameters:
  ///   - cumulativePV: cumulative PV at the end of periods 1...PD, in cents (index 0 is period 1).
  ///   - ev: cumulative earned value, in cents.
  ///   - actualTime: periods elapsed at the status date (may be fractional, >= 0).
  public static func compute(cumulativePV: [Int64], ev: Int64, actualTime: Double) -> EarnedSchedule {
    let pd = cumulativePV.count
    var es = 0.0
    if let final = cumulativePV.last, ev >= final {
      es = Double(pd)
    } else if ev >= 0 {
      var c = 0
      for (index, value) in cumulativePV.enumerated() where value <= ev { c = index + 1 }
      let low = c == 0 ? 0 : cumulativePV[c - 1]
      let high = cumulativePV[c]
      es = Double(c) + Double(ev - low) / Double(high - low)
      if low == ev {
        // EV equals the PV of a flat stretch of periods [first...c]: every point of it has PV = EV, so the work
        // is exactly on plan anywhere in it. Take the actual time when it lies in the stretch (the latest
        // point would report a project that is exactly on plan as ahead).
        var first = c
        while first > 0 && (first == 1 ? 0 : cumulativePV[first - 2]) == ev { first -= 1 }
        es = min(max(actualTime, Double(first)), Double(c))
      }
    }
    let spit: Computed<Double> =
      actualTime > 0 ? .value(es / actualTime) : .undefined(reason: "no time has elapsed since the start")
    let ieact = spit.flatMap { index -> Computed<Double> in
      index > 0 ? .value(Double(pd) / index) : .undefined(reason: "nothing earned yet (spi(t) is zero)")
    }
    return EarnedSchedule(es: es, at: actualTime, pd: Double(pd), svt: es - actualTime, spit: spit, ieact: ieact)
  }
}

/// The Baseline Execution Index (DCMA; EVM.md §4.4): milestones finished ÷ (milestones baselined to finish by
/// the status date + milestones with no baseline finish). Goal >= 0.95.
public enum BaselineExecutionIndex {
  /// BEI, undefined when nothing was due.
  public static func compute(finished: Int, baselinedToFinish: Int, withoutBaselineFinish: Int = 0) -> Computed<Double> {
    let denominator = baselinedToFinish + withoutBaselineFinish
    guard denominator > 0 else { return .undefined(reason: "no milestone was due by the status date") }
    return .value(Double(finished) / Double(denominator))
  }

  /// Hit task % (DAU): the share of milestones due by the status date that finished on or before their
  /// baseline date, as a fraction.
  public static func hitRate(finishedOnTime: Int, baselinedToFinish: Int) -> Computed<Double> {
    guard baselinedToFinish > 0 else { return .undefined(reason: "no milestone was due by the status date") }
    return .value(Double(finishedOnTime) / Double(baselinedToFinish))
  }
}
