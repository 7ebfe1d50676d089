import PortfolioDomain

/// A milestone due strictly before the status date and not accepted by it, with how late it is and its forecast.
struct OverdueMilestone: AuditRule {
  static let name = "OverdueMilestone"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    context.report.milestones.filter { $0.isOverdue(at: context.asOf) }.map { status in
      let late = DayCount.days(from: status.baseline.plannedDate, to: context.asOf)
      var message = "due \(status.baseline.plannedDate), not accepted: \(late) days late"
      if let forecast = status.forecast { message += "; forecast \(forecast)" } else { message += "; no forecast recorded" }
      return AuditorFinding(
        check: Self.name, severity: .warning, candidate: status.candidate, milestone: status.baseline.milestone,
        message: message)
    }
  }
}

/// Whole days between calendar dates (proleptic Gregorian).
enum DayCount {
  /// Days from `start` to `end` (negative when `end` is earlier).
  static func days(from start: CalendarDate, to end: CalendarDate) -> Int { dayNumber(end) - dayNumber(start) }

  /// Days since 1970-01-01 (H. Hinnant's days-from-civil).
  static func dayNumber(_ date: CalendarDate) -> Int {
    let y = date.month <= 2 ? date.year - 1 : date.year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = date.month
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
