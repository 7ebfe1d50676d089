import PortfolioDomain

/// The base quantities of one work package or roll-up as of a status date, before the ratios: money in cents,
/// the cumulative PV curve by calendar month, and milestone counts. Roll-ups add these up.
struct PerformanceQuantities: Sendable, Equatable {
  var bac: Int64 = 0
  var pv: Int64 = 0
  var ev: Int64 = 0
  var ac: Int64 = 0
  /// The absolute month (year x 12 + month - 1) of `curve[0]`.
  var startMonth: Int
  /// Cumulative PV at the end of each month from `startMonth`; after the last month PV stays at its last value.
  var curve: [Int64]
  var finished = 0
  var due = 0
  var finishedOnTime = 0
  var total = 0

  /// The cumulative PV at the end of absolute month `month`.
  func curveValue(atMonth month: Int) -> Int64 {
    if month < startMonth || curve.isEmpty { return 0 }
    let index = month - startMonth
    return index < curve.count ? curve[index] : curve[curve.count - 1]
  }

  /// The sum of several quantities, curves aligned on calendar months.
  static func sum(_ parts: [PerformanceQuantities]) -> PerformanceQuantities? {
    guard let first = parts.first else { return nil }
    let start = parts.map(\.startMonth).min() ?? first.startMonth
    let end = parts.map { $0.startMonth + max($0.curve.count, 1) - 1 }.max() ?? start
    var total = PerformanceQuantities(startMonth: start, curve: [Int64](repeating: 0, count: end - start + 1))
    for part in parts {
      total.bac += part.bac
      total.pv += part.pv
      total.ev += part.ev
      total.ac += part.ac
      total.finished += part.finished
      total.due += part.due
      total.finishedOnTime += part.finishedOnTime
      total.total += part.total
      for month in start...end { total.curve[month - start] += part.curveValue(atMonth: month) }
    }
    return total
  }

  /// This package's money split across sources in proportion to `weights` (largest remainder, so the parts add
  /// up to the whole); milestone counts are kept whole in every part.
  func apportioned(weights: [Int64]) -> [PerformanceQuantities] {
    let bacs = Apportion.split(bac, weights: weights)
    let pvs = Apportion.split(pv, weights: weights)
    let evs = Apportion.split(ev, weights: weights)
    let acs = Apportion.split(ac, weights: weights)
    let curves = curve.map { Apportion.split($0, weights: weights) }
    return weights.indices.map { index in
      var part = self
      part.bac = bacs[index]
      part.pv = pvs[index]
      part.ev = evs[index]
      part.ac = acs[index]
      part.curve = curves.map { $0[index] }
      return part
    }
  }

  /// Months elapsed from the start of `startMonth` to `date`
  /// (whole months, plus the day of the month over the month's length); 0 before the start.
  func actualTime(at date: CalendarDate) -> Double {
    let months = PerformanceQuantities.absoluteMonth(date) - startMonth
    let fraction = Double(date.day) / Double(CalendarDate.daysIn(month: date.month, year: date.year))
    return max(0, Double(months) + fraction)
  }

  /// The ratios and forecasts of these quantities.
  func metrics(at date: CalendarDate, options: EarnedValueOptions) -> PerformanceMetrics {
    PerformanceMetrics(
      bac: Money(cents: bac), pv: Money(cents: pv), ev: Money(cents: ev), ac: Money(cents: ac), cumulativePV: curve,
      actualTime: actualTime(at: date), finished: finished, due: due, finishedOnTime: finishedOnTime, total: total,
      options: options)
  }

  /// year x 12 + month - 1.
  static func absoluteMonth(_ date: CalendarDate) -> Int { date.year * 12 + date.month - 1 }

  /// The last day of absolute month `month`.
  static func endOfMonth(_ month: Int) -> CalendarDate {
    let year = month / 12
    let monthOfYear = month % 12 + 1
    return CalendarDate(year: year, month: monthOfYear, day: CalendarDate.daysIn(month: monthOfYear, year: year))
  }
}
