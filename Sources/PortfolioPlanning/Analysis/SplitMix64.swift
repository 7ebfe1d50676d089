/// A small, fast, seeded pseudo-random generator (the SplitMix64 mixing function of Steele, Lea and
/// Flood, 2014): a 64-bit counter advanced by the golden-ratio increment and scrambled on output.
///
/// Deterministic on every platform; never seeded from the clock. Robustness analysis gives each
/// Monte Carlo sample its own generator, `SplitMix64(seed: seed, stream: sampleIndex)`, so a sample's
/// draws depend only on the seed and its index, never on the thread that runs it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator started at `seed`.
  public init(seed: UInt64) { state = seed }

  /// The generator of stream `stream` (0-based) under `seed`: its start state is the `stream`-th
  /// output of a generator seeded with `seed`, mixed once more, so neighbouring streams are unrelated.
  public init(seed: UInt64, stream: Int) {
    state = Self.mix(seed &+ (UInt64(truncatingIfNeeded: stream) &+ 1) &* 0x9E37_79B9_7F4A_7C15)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 output function.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A draw from the triangular distribution on `[low, high]` with mode `mode` (inverse transform);
  /// `low` when the range is empty.
  public mutating func triangular(low: Double, mode: Double, high: Double) -> Double {
    let u = unit()
    guard high > low else { return low }
    let peak = min(max(mode, low), high)
    let split = (peak - low) / (high - low)
    if u < split { return low + ((u * (high - low) * (peak - low)).squareRoot()) }
    return high - (((1 - u) * (high - low) * (high - peak)).squareRoot())
  }

  /// `true` with probability `p`.
  public mutating func bernoulli(_ p: Double) -> Bool { unit() < p }
}
