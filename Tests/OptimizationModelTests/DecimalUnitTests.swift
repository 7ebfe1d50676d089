import OptimizationModel
import Testing

@Suite("DecimalUnit: the common unit of decimal numbers")
struct DecimalUnitTests {
  @Test("the unit is the gcd at the least power of ten that makes the values integers")
  func units() throws {
    #expect(try abs(#require(DecimalUnit.of([1.65, 2.2, 19.25], tolerance: 1e-9)) - 0.55) < 1e-12)
    #expect(try abs(#require(DecimalUnit.of([1.65, 2.2, 19.25, 6.25], tolerance: 1e-9)) - 0.05) < 1e-12)
    #expect(DecimalUnit.of([6, 10, -4], tolerance: 1e-9) == 2)
    #expect(DecimalUnit.of([0, 3, 0], tolerance: 1e-9) == 3)
  }

  @Test("no unit for all zeros, for values finer than 10^-6, or for integers past 10^15")
  func noUnit() {
    #expect(DecimalUnit.of([0, 0], tolerance: 1e-9) == nil)
    #expect(DecimalUnit.of([Double](), tolerance: 1e-9) == nil)
    #expect(DecimalUnit.of([1.0 / 3.0], tolerance: 1e-12) == nil)
    #expect(DecimalUnit.of([1e16 + 2], tolerance: 1e-12) == nil)
  }
}
