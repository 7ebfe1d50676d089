/// A linear value scale with "nice" ticks: steps of 1, 2 or 5 times a power of ten, covering the data.
///
/// The domain is widened to whole steps, so the first and last ticks are the ends of the axis.
/// `position(_:)` maps a value to a coordinate linearly; for a vertical axis pass `rangeStart` as the bottom.
public struct NiceScale: Sendable, Hashable {
  /// The lowest value on the axis (a multiple of `step`).
  public let lower: Double
  /// The highest value on the axis (a multiple of `step`).
  public let upper: Double
  /// The distance between ticks (1, 2 or 5 times a power of ten).
  public let step: Double
  /// The coordinate of `lower`.
  public let rangeStart: Double
  /// The coordinate of `upper`.
  public let rangeEnd: Double

  /// Creates a scale covering `min...max` with about `targetTicks` intervals.
  ///
  /// An empty or one-point domain gets a unit-wide axis; `includeZero` extends the domain to 0 first.
  public init(min: Double, max: Double, targetTicks: Int = 5, includeZero: Bool = true, rangeStart: Double, rangeEnd: Double) {
    precondition(targetTicks >= 1, "target tick count \(targetTicks) must be >= 1")
    var lo = min.isFinite ? min : 0
    var hi = max.isFinite ? max : 0
    if lo > hi { swap(&lo, &hi) }
    if includeZero {
      lo = Swift.min(lo, 0)
      hi = Swift.max(hi, 0)
    }
    if hi - lo <= 0 { hi = lo + 1 }
    let step = NiceScale.niceStep(for: (hi - lo) / Double(targetTicks))
    self.step = step
    self.lower = (lo / step).rounded(.down) * step
    self.upper = (hi / step).rounded(.up) * step
    self.rangeStart = rangeStart
    self.rangeEnd = rangeEnd
  }

  /// The smallest of 1, 2, 5, 10 times a power of ten that is at least `raw` (for `raw > 0`).
  public static func niceStep(for raw: Double) -> Double {
    precondition(raw > 0 && raw.isFinite, "raw step \(raw) must be positive and finite")
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2.0, 5.0, 10.0] where factor * magnitude >= raw * (1 - 1e-12) {
      return factor * magnitude
    }
    return 10 * magnitude
  }

  /// The number of decimals that prints every multiple of `step` exactly (0 for steps >= 1).
  public static func decimals(forStep step: Double) -> Int {
    guard step > 0, step.isFinite else { return 0 }
    var d = 0
    var s = step
    while d < 6 && (s - s.rounded()).magnitude > 1e-9 * Swift.max(1, s) {
      s *= 10
      d += 1
    }
    return d
  }

  /// The tick values from `lower` to `upper`, `step` apart (computed by index, so no drift accumulates).
  public var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...count).map { lower + Double($0) * step }
  }

  /// The coordinate of `value` (linear; values outside the domain extrapolate).
  public func position(_ value: Double) -> Double {
    rangeStart + (value - lower) / (upper - lower) * (rangeEnd - rangeStart)
  }
}
