/// Per-column pseudo-costs: the average objective gain per unit of fractionality removed, kept
/// separately for down- and up-branches (Bénichou et al. 1971; reliability branching as in
/// Achterberg, Koch and Martin 2005 and Achterberg's SCIP thesis 2007, §5.4).
struct PseudoCosts: Sendable {
  private var downSum: [Double]
  private var upSum: [Double]
  private(set) var downCount: [Int32]
  private(set) var upCount: [Int32]
  private var totalDownSum = 0.0
  private var totalUpSum = 0.0
  private var totalDownCount = 0
  private var totalUpCount = 0

  /// The gain floor used in the product score, so a zero estimate on one side still ranks the other.
  static let scoreFloor = 1e-6

  /// Empty pseudo-costs for `columnCount` columns.
  init(columnCount: Int) {
    downSum = [Double](repeating: 0, count: columnCount)
    upSum = [Double](repeating: 0, count: columnCount)
    downCount = [Int32](repeating: 0, count: columnCount)
    upCount = [Int32](repeating: 0, count: columnCount)
  }

  /// Records that branching `column` down (or up) by `distance` raised the LP bound by `gain`.
  mutating func record(column: Int, up: Bool, distance: Double, gain: Double) {
    guard distance > 0, gain.isFinite else { return }
    let perUnit = max(gain, 0) / distance
    if up {
      upSum[column] += perUnit
      upCount[column] += 1
      totalUpSum += perUnit
      totalUpCount += 1
    } else {
      downSum[column] += perUnit
      downCount[column] += 1
      totalDownSum += perUnit
      totalDownCount += 1
    }
  }

  /// The estimated per-unit gain of branching `column` in a direction (the average over all columns
  /// when the column has no observation yet; 1 when nothing has been observed).
  func perUnit(column: Int, up: Bool) -> Double {
    if up {
      if upCount[column] > 0 { return upSum[column] / Double(upCount[column]) }
      return totalUpCount > 0 ? totalUpSum / Double(totalUpCount) : 1
    } else {
      if downCount[column] > 0 { return downSum[column] / Double(downCount[column]) }
      return totalDownCount > 0 ? totalDownSum / Double(totalDownCount) : 1
    }
  }

  /// Whether both directions of `column` have at least `threshold` observations.
  func isReliable(column: Int, threshold: Int) -> Bool {
    min(downCount[column], upCount[column]) >= threshold
  }

  /// The product score `max(down, floor) * max(up, floor)` of estimated gains for a value with
  /// fractional part `fraction`.
  func score(column: Int, fraction: Double) -> Double {
    Self.productScore(
      down: perUnit(column: column, up: false) * fraction, up: perUnit(column: column, up: true) * (1 - fraction))
  }

  /// The product score of two gains.
  static func productScore(down: Double, up: Double) -> Double {
    max(down, scoreFloor) * max(up, scoreFloor)
  }
}
