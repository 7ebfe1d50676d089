import PortfolioDomain

/// A performance colour (FEMA's dashboard, EVM.md §4.5).
public enum Stoplight: String, Sendable, Equatable, Comparable, CaseIterable {
  /// Within the green band.
  case green
  /// Within the yellow band.
  case yellow
  /// Beyond the yellow band.
  case red
  /// The index is undefined (nothing planned or no cost yet).
  case undefined

  private var severity: Int {
    switch self {
    case .undefined: return 0
    case .green: return 1
    case .yellow: return 2
    case .red: return 3
    }
  }

  /// Orders by severity: undefined < green < yellow < red.
  public static func < (lhs: Stoplight, rhs: Stoplight) -> Bool { lhs.severity < rhs.severity }

  /// The overall health of two indexes: the worse colour (G+G green, any yellow without red yellow, any red
  /// red). An undefined index does not colour the result unless both are undefined.
  public static func overall(_ first: Stoplight, _ second: Stoplight) -> Stoplight { max(first, second) }
}

/// The stoplight bands for SPI and CPI, in basis points of the index (10 000 = 1.00), with exact boundaries.
///
/// Green: `greenLow <= x <= greenHigh`. Yellow: `yellowLow <= x < greenLow` or `greenHigh < x <= yellowHigh`.
/// Red: `x < yellowLow` or `x > yellowHigh`. The FEMA default is 0.95/1.05 and 0.90/1.10. An index well above
/// 1 is flagged too (a padded baseline). Classification compares EV x 10 000 with band x PV (or AC) in exact
/// integer arithmetic, so a ratio that prints as 0.95 but is below it is yellow.
public struct StoplightBands: Sendable, Equatable {
  /// Lower edge of green (inclusive).
  public var greenLow: Int
  /// Upper edge of green (inclusive).
  public var greenHigh: Int
  /// Lower edge of yellow (inclusive).
  public var yellowLow: Int
  /// Upper edge of yellow (inclusive).
  public var yellowHigh: Int

  /// Bands in basis points; `precondition`s yellowLow <= greenLow <= greenHigh <= yellowHigh.
  public init(greenLow: Int = 9_500, greenHigh: Int = 10_500, yellowLow: Int = 9_000, yellowHigh: Int = 11_000) {
    precondition(
      yellowLow <= greenLow && greenLow <= greenHigh && greenHigh <= yellowHigh,
      "bands must nest: \(yellowLow) <= \(greenLow) <= \(greenHigh) <= \(yellowHigh)")
    self.greenLow = greenLow
    self.greenHigh = greenHigh
    self.yellowLow = yellowLow
    self.yellowHigh = yellowHigh
  }

  /// FEMA's published bands.
  public static let fema = StoplightBands()

  /// The colour of the index numerator / denominator (for SPI: EV / PV; for CPI: EV / AC), exactly.
  public func colour(numerator: Int64, denominator: Int64) -> Stoplight {
    guard denominator > 0 else { return .undefined }
    let scaled = Int128(numerator) * 10_000
    func atLeast(_ band: Int) -> Bool { scaled >= Int128(band) * Int128(denominator) }
    func atMost(_ band: Int) -> Bool { scaled <= Int128(band) * Int128(denominator) }
    if atLeast(greenLow) && atMost(greenHigh) { return .green }
    if atLeast(yellowLow) && atMost(yellowHigh) { return .yellow }
    return .red
  }

  /// The colour of an index already computed as a `Double` (for SPI(t)), using the same boundaries.
  public func colour(_ index: Computed<Double>) -> Stoplight {
    guard let value = index.value else { return .undefined }
    let scaled = value * 10_000
    if scaled >= Double(greenLow) && scaled <= Double(greenHigh) { return .green }
    if scaled >= Double(yellowLow) && scaled <= Double(yellowHigh) { return .yellow }
    return .red
  }
}
