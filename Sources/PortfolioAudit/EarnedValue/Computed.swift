import PortfolioDomain

/// A computed figure that may be undefined: a division by zero (or by a non-positive index) gives
/// `.undefined(reason:)`, never NaN or infinity (EVM.md §1.2 division guards).
public enum Computed<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The figure.
  case value(Value)
  /// Why it cannot be computed (lowercase, e.g. "no actual cost recorded").
  case undefined(reason: String)

  /// The figure, or `nil` when undefined.
  public var value: Value? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// The reason, when undefined.
  public var undefinedReason: String? {
    if case .undefined(let reason) = self { return reason }
    return nil
  }

  /// Applies `transform` to a defined figure.
  public func map<Other>(_ transform: (Value) -> Other) -> Computed<Other> {
    switch self {
    case .value(let value): return .value(transform(value))
    case .undefined(let reason): return .undefined(reason: reason)
    }
  }

  /// Chains a computation that may itself be undefined.
  public func flatMap<Other>(_ transform: (Value) -> Computed<Other>) -> Computed<Other> {
    switch self {
    case .value(let value): return transform(value)
    case .undefined(let reason): return .undefined(reason: reason)
    }
  }
}

extension Computed where Value == Double {
  /// The ratio with `decimals` decimals (``RatioFormat``), or `undefined`.
  public func formatted(decimals: Int = 2) -> String {
    value.map { RatioFormat.string($0, decimals: decimals) } ?? "undefined"
  }
}

/// The one fixed rounding rule for ratios in reports: round half away from zero at the requested number of
/// decimals, applied to the `Double` value (so 0.825 may print as 0.82 or 0.83 depending on its binary value;
/// the underlying figure is always kept unrounded and classifications never use the rounded text).
public enum RatioFormat {
  /// `value` with exactly `decimals` digits after the point (no exponent, `-` for negatives, `0.00` for 0).
  public static func string(_ value: Double, decimals: Int) -> String {
    precondition((0...9).contains(decimals), "decimals \(decimals) outside 0...9")
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled.magnitude < 9e18 else { return value < 0 ? "-huge" : "huge" }
    let integer = Int64(scaled)
    let magnitude = integer.magnitude
    var divisor: UInt64 = 1
    for _ in 0..<decimals { divisor *= 10 }
    var text = (integer < 0 ? "-" : "") + String(magnitude / divisor)
    if decimals > 0 {
      let fraction = String(magnitude % divisor)
      text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
    return text
  }
}
