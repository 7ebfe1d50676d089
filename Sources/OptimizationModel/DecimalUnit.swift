/// The common unit of a set of decimal numbers: the largest `u` such that every value is an integer
/// multiple of `u`, where `u` is an integer over a power of ten (at most 10^6).
///
/// Found by scaling the values by the least power of ten that makes them all integers (within
/// `tolerance`, relative to each scaled value and at least absolute), then taking the greatest common
/// divisor of the integers. A sum of integer multiples of the values lies on the lattice of `u`, which
/// the solver uses to round objective bounds and the frontier to round bounds on a criterion.
public enum DecimalUnit {
  /// The unit of `values` (zeros are ignored), or `nil` when every value is zero or no power of ten up
  /// to 10^6 makes them integers (or the integers pass 10^15).
  public static func of(_ values: some Sequence<Double>, tolerance: Double) -> Double? {
    var scale = 1.0
    for _ in 0...6 {
      var divisor: Int64 = 0
      var integral = true
      for value in values where value != 0 {
        let scaled = value * scale
        let rounded = scaled.rounded()
        guard abs(scaled - rounded) <= tolerance * max(1, abs(scaled)), abs(rounded) <= 1e15 else {
          integral = false
          break
        }
        divisor = gcd(divisor, Int64(abs(rounded)))
      }
      if integral { return divisor == 0 ? nil : Double(divisor) / scale }
      scale *= 10
    }
    return nil
  }

  private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
