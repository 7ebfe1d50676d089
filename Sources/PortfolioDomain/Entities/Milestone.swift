/// A planned milestone of a candidate tier (`milestones.csv`).
public struct Milestone: Sendable, Hashable, Codable, Identifiable {
  /// The milestone's ID within its tier (`M1`).
  public var id: MilestoneID
  /// What is achieved (`contract signed`, `handover`).
  public var title: String
  /// Months from January of the start year: 1 means due 31 January of the start year.
  public var monthOffset: Int
  /// The share of the tier's budget it earns when accepted (earned value), in whole percent; a tier's add up to 100.
  public var evWeightPercent: Int

  /// Creates a milestone.
  public init(id: MilestoneID, title: String, monthOffset: Int, evWeightPercent: Int) {
    self.id = id
    self.title = title
    self.monthOffset = monthOffset
    self.evWeightPercent = evWeightPercent
  }

  /// The due date when the tier starts in `startYear`: the last day of month `monthOffset`
  /// counted from January of `startYear` (DESIGN §3). `precondition`s `monthOffset >= 1`.
  public func dueDate(startYear: Year) -> CalendarDate {
    CalendarDate.endOfMonth(offset: monthOffset, from: startYear)
  }
}
