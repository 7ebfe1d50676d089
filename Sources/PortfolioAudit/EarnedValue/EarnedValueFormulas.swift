import PortfolioDomain

/// The earned value formulas of EVM.md §1.2 on money in cents, with every division guarded.
///
/// Money results that come from a ratio (the EAC forms) are rounded to the cent, half away from zero. The
/// guards follow PRA's tests (EVM.md §1.2): SPI needs PV > 0; CPI needs AC > 0; TCPI(BAC) needs AC < BAC;
/// TCPI(EAC) needs AC < EAC; an EAC that divides by an index needs that index > 0. An EAC beyond what cents in
/// `Int64` hold (a tiny index can give one) is undefined too, never a trap.
public enum EarnedValueFormulas {
  /// SV = EV - PV (negative: behind schedule).
  public static func scheduleVariance(ev: Money, pv: Money) -> Money { ev - pv }

  /// CV = EV - AC (negative: over cost).
  public static func costVariance(ev: Money, ac: Money) -> Money { ev - ac }

  /// SV % = SV / PV, as a fraction (-0.1728 is -17.28 %).
  public static func scheduleVariancePercent(ev: Money, pv: Money) -> Computed<Double> {
    guard pv.cents != 0 else { return .undefined(reason: "planned value is zero") }
    return .value(Double((ev - pv).cents) / Double(pv.cents))
  }

  /// CV % = CV / EV, as a fraction.
  public static func costVariancePercent(ev: Money, ac: Money) -> Computed<Double> {
    guard ev.cents != 0 else { return .undefined(reason: "earned value is zero") }
    return .value(Double((ev - ac).cents) / Double(ev.cents))
  }

  /// SPI = EV / PV.
  public static func spi(ev: Money, pv: Money) -> Computed<Double> {
    guard pv.cents > 0 else { return .undefined(reason: "no planned value by the status date") }
    return .value(Double(ev.cents) / Double(pv.cents))
  }

  /// CPI = EV / AC.
  public static func cpi(ev: Money, ac: Money) -> Computed<Double> {
    guard ac.cents > 0 else { return .undefined(reason: "no actual cost recorded") }
    return .value(Double(ev.cents) / Double(ac.cents))
  }

  /// EAC, atypical variance (the rest runs at budget rate): AC + (BAC - EV). Always defined.
  public static func eacAtypical(bac: Money, ev: Money, ac: Money) -> Money { ac + (bac - ev) }

  /// EAC, typical variance (current CPI continues): BAC / CPI.
  public static func eacTypical(bac: Money, ev: Money, ac: Money) -> Computed<Money> {
    cpi(ev: ev, ac: ac).flatMap { index in
      guard index > 0 else { return .undefined(reason: "cpi is not positive") }
      return money(Double(bac.cents) / index)
    }
  }

  /// EAC with CPI and SPI combined: AC + (BAC - EV) / (CPI x SPI).
  public static func eacCombined(bac: Money, ev: Money, ac: Money, pv: Money) -> Computed<Money> {
    cpi(ev: ev, ac: ac).flatMap { c in
      spi(ev: ev, pv: pv).flatMap { s in
        guard c * s > 0 else { return .undefined(reason: "cpi x spi is not positive") }
        return money(Double((bac - ev).cents) / (c * s)).flatMap { sum(ac, $0) }
      }
    }
  }

  /// EAC weighted: AC + (BAC - EV) / (w x CPI + (1 - w) x SPI), with `cpiWeight` = w in 0...1 (PMBOK's 0.8).
  public static func eacWeighted(bac: Money, ev: Money, ac: Money, pv: Money, cpiWeight: Double) -> Computed<Money> {
    precondition((0...1).contains(cpiWeight), "cpi weight \(cpiWeight) outside 0...1")
    return cpi(ev: ev, ac: ac).flatMap { c in
      spi(ev: ev, pv: pv).flatMap { s in
        let index = cpiWeight * c + (1 - cpiWeight) * s
        guard index > 0 else { return .undefined(reason: "weighted index is not positive") }
        return money(Double((bac - ev).cents) / index).flatMap { sum(ac, $0) }
      }
    }
  }

  /// EAC bottom-up: AC + a re-estimated ETC. Always defined.
  public static func eacBottomUp(ac: Money, estimateToComplete: Money) -> Money { ac + estimateToComplete }

  /// ETC = EAC - AC.
  public static func estimateToComplete(eac: Computed<Money>, ac: Money) -> Computed<Money> { eac.map { $0 - ac } }

  /// VAC = BAC - EAC (negative: overrun forecast).
  public static func varianceAtCompletion(bac: Money, eac: Computed<Money>) -> Computed<Money> { eac.map { bac - $0 } }

  /// TCPI to BAC = (BAC - EV) / (BAC - AC).
  public static func tcpiToBAC(bac: Money, ev: Money, ac: Money) -> Computed<Double> {
    guard ac < bac else { return .undefined(reason: "actual cost already meets or exceeds budget") }
    return .value(Double((bac - ev).cents) / Double((bac - ac).cents))
  }

  /// TCPI to EAC = (BAC - EV) / (EAC - AC).
  public static func tcpiToEAC(bac: Money, ev: Money, ac: Money, eac: Computed<Money>) -> Computed<Double> {
    eac.flatMap { estimate in
      guard ac < estimate else { return .undefined(reason: "actual cost already meets or exceeds the eac") }
      return .value(Double((bac - ev).cents) / Double((estimate - ac).cents))
    }
  }

  /// Cents from a `Double` amount of cents, rounded half away from zero; undefined beyond ±9 × 10^18 cents.
  static func money(_ cents: Double) -> Computed<Money> {
    let rounded = cents.rounded(.toNearestOrAwayFromZero)
    guard rounded.magnitude < 9e18 else { return .undefined(reason: "the estimate is beyond the range of money") }
    return .value(Money(cents: Int64(rounded)))
  }

  /// `a + b`, undefined when the cents overflow `Int64`.
  static func sum(_ a: Money, _ b: Money) -> Computed<Money> {
    let (cents, overflow) = a.cents.addingReportingOverflow(b.cents)
    return overflow ? .undefined(reason: "the estimate is beyond the range of money") : .value(Money(cents: cents))
  }
}
