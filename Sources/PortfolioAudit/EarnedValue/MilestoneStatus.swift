import PortfolioDomain

/// One baseline milestone as of a status date: its baseline, what happened to it, and what it earned.
public struct MilestoneStatus: Sendable, Equatable {
  /// The candidate.
  public var candidate: CandidateID
  /// The baseline milestone (planned date and value).
  public var baseline: BaselineMilestone
  /// The first start date on or before the status date.
  public var started: CalendarDate?
  /// The first acceptance date on or before the status date.
  public var accepted: CalendarDate?
  /// The latest forecast date from a `slipped` event dated on or before the status date.
  public var forecast: CalendarDate?
  /// The latest reported percent complete on or before the status date (100 % once accepted).
  public var percentComplete: DecimalPercent?

  /// Whether it was accepted by the status date.
  public var isFinished: Bool { accepted != nil }

  /// Whether it was due by `date` (planned date on or before it).
  public func isDue(by date: CalendarDate) -> Bool { baseline.plannedDate <= date }

  /// Whether it is overdue at `date`: due strictly before `date` and not accepted by it.
  public func isOverdue(at date: CalendarDate) -> Bool { baseline.plannedDate < date && accepted == nil }

  /// Whether it was accepted on or before its planned date.
  public var finishedOnTime: Bool { accepted.map { $0 <= baseline.plannedDate } ?? false }
}
