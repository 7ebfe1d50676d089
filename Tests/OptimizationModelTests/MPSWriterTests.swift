import PlannerTestSupport
import Testing

@testable import OptimizationModel

/// The writer's layout, number format and `read(write(m)) == m` on seeded random models.
@Suite("MPS writer")
struct MPSWriterTests {
  /// A value drawn from a mix of round, fractional, tiny, huge and arbitrary numbers.
  static func value(_ rng: inout SplitMix64) -> Double {
    switch rng.next() % 8 {
    case 0: return Double(Int(rng.next() % 21) - 10)
    case 1: return Double(Int(rng.next() % 2001) - 1000) / 8
    case 2: return [0.1, 0.2, 0.3, 1.0 / 3.0, -2.0 / 3.0, 1e-7, 123456.789, 0.30000000000000004][Int(rng.next() % 8)]
    case 3: return Double.random(in: -1000...1000, using: &rng)
    case 4: return Double.random(in: -1...1, using: &rng) * 1e-9
    case 5: return Double.random(in: 1...9, using: &rng) * 1e15
    case 6: return Double(Int(rng.next() % 1_000_001))
    default: return Double.random(in: -1e6...1e6, using: &rng).rounded() / 100
    }
  }

  /// Two ordered bounds, either possibly infinite.
  static func bounds(_ rng: inout SplitMix64) -> (Double, Double) {
    switch rng.next() % 6 {
    case 0: return (-.infinity, .infinity)
    case 1: return (-.infinity, value(&rng))
    case 2: return (value(&rng), .infinity)
    case 3:
      let v = value(&rng)
      return (v, v)
    default:
      let a = value(&rng)
      let b = value(&rng)
      return (min(a, b), max(a, b))
    }
  }

  /// A seeded random model with ranges, infinite bounds, free rows and columns, negative lower
  /// bounds, general integers, an objective constant and either sense; row entries in column order.
  static func randomModel(seed: UInt64, shortNames: Bool) -> LinearModel {
    var rng = SplitMix64(seed: seed)
    var model = LinearModel(
      name: shortNames ? "R\(seed)" : "random model \(seed)",
      sense: rng.next() % 2 == 0 ? .minimize : .maximize,
      objectiveConstant: rng.next() % 3 == 0 ? 0 : value(&rng),
      objectiveName: shortNames ? "COST" : "objective_row")
    let columnCount = Int(rng.next() % 12) + 1
    for column in 0..<columnCount {
      var (lower, upper) = bounds(&rng)
      let isInteger = rng.next() % 3 == 0
      if isInteger {
        lower = lower.isFinite ? lower.rounded(.down) : lower
        upper = upper.isFinite ? max(lower, upper.rounded(.up)) : upper
        if rng.next() % 3 == 0 { (lower, upper) = (0, 1) }
        if rng.next() % 5 == 0 { (lower, upper) = (0, .infinity) }
      }
      model.addVariable(
        .init(name: shortNames ? "C\(column)" : "x_\(column)_long_name", lowerBound: lower, upperBound: upper,
              isInteger: isInteger, objective: rng.next() % 4 == 0 ? 0 : value(&rng)))
    }
    let rowCount = Int(rng.next() % 10)
    for row in 0..<rowCount {
      var indices: [Int] = []
      var coefficients: [Double] = []
      for column in 0..<columnCount where rng.next() % 2 == 0 {
        indices.append(column)
        coefficients.append(rng.next() % 10 == 0 ? 0 : value(&rng))
      }
      var (lower, upper) = bounds(&rng)
      if lower.isFinite && upper.isFinite && lower < upper {
        // Keep two-sided rows representable: MPS stores a range, and `lower + (upper - lower)` need not
        // give `upper` back (see "A two-sided row whose width is not a double" below).
        upper = lower + (upper - lower)
      }
      model.addRow(
        .init(name: shortNames ? "R\(row)" : "row.\(row)", indices: indices, coefficients: coefficients,
              lowerBound: lower, upperBound: upper))
    }
    return model
  }

  @Test("read(write(m)) == m in free format on 300 seeded random models")
  func randomRoundTripFree() throws {
    for seed in UInt64(1)...300 {
      let model = Self.randomModel(seed: seed, shortNames: false)
      let text = try MPSWriter.write(model)
      let back = try MPSReader.read(text)
      #expect(back == model, "seed \(seed):\n\(text)")
      #expect(try MPSWriter.write(back) == text, "seed \(seed): writing is not deterministic")
    }
  }

  @Test("read(write(m)) == m in fixed format on 300 seeded random models")
  func randomRoundTripFixed() throws {
    for seed in UInt64(1001)...1300 {
      let model = Self.randomModel(seed: seed, shortNames: true)
      let text = try MPSWriter.write(model, format: .fixed)
      #expect(try MPSReader.read(text, format: .fixed) == model, "seed \(seed):\n\(text)")
      #expect(try MPSReader.read(text) == model, "seed \(seed): auto-detection")
    }
  }

  @Test("A two-sided row whose width is not a double comes back within one ulp")
  func unrepresentableRange() throws {
    var model = LinearModel()
    model.addVariable(.init(name: "x"))
    model.addRow(.init(name: "r", indices: [0], coefficients: [1], lowerBound: -8948.33, upperBound: 8841.11))
    let back = try MPSReader.read(try MPSWriter.write(model))
    let row = back.rows[0]
    #expect(row.lowerBound == -8948.33)
    #expect(row.upperBound == 8841.11 || row.upperBound == 8841.11.nextUp || row.upperBound == 8841.11.nextDown)
  }

  @Test("Writes shortest round-trip numbers, integers without a fraction")
  func numberFormat() {
    #expect(MPSWriter.format(3) == "3")
    #expect(MPSWriter.format(-0.0) == "0")
    #expect(MPSWriter.format(-12) == "-12")
    #expect(MPSWriter.format(0.1) == "0.1")
    #expect(MPSWriter.format(1e-7) == "1e-07")
    #expect(MPSWriter.format(1e15) == "1000000000000000")
    #expect(MPSWriter.format(1e16) == "1e+16")
    #expect(MPSWriter.format(2.5e300) == "2.5e+300")
    #expect(MPSWriter.format(123456789012345) == "123456789012345")
    #expect(MPSWriter.format(.infinity) == "1e+30")
    #expect(MPSWriter.format(-.infinity) == "-1e+30")
    #expect(MPSWriter.format(0.30000000000000004) == "0.30000000000000004")
  }

  @Test("Writes a small model in the documented free layout")
  func freeLayout() throws {
    var model = LinearModel(name: "small", sense: .maximize, objectiveConstant: 2)
    let x = model.addVariable(.init(name: "x", upperBound: 4, objective: 3))
    let y = model.addVariable(.init(name: "y", lowerBound: -1, upperBound: 5, isInteger: true, objective: 0.5))
    model.addRow(.init(name: "cap", indices: [x, y], coefficients: [1, 2], lowerBound: 1, upperBound: 10))
    model.addRow(.init(name: "free", indices: [y], coefficients: [1]))
    let expected = """
      NAME small
      OBJSENSE
          MAX
      ROWS
       N OBJ
       G cap
       L free
      COLUMNS
          x  OBJ  3
          x  cap  1
          MARKER  'MARKER'  'INTORG'
          y  OBJ  0.5
          y  cap  2
          y  free  1
          MARKER  'MARKER'  'INTEND'
      RHS
          RHS  OBJ  -2
          RHS  cap  1
          RHS  free  1e+30
      RANGES
          RNG  cap  9
      BOUNDS
       UP BND  x  4
       LO BND  y  -1
       UP BND  y  5
      ENDATA

      """
    let text = try MPSWriter.write(model)
    #expect(text == expected, "\(text)")
  }

  @Test("Refuses names the format cannot hold")
  func refusesNames() {
    var model = LinearModel()
    model.addVariable(.init(name: "a b"))
    #expect(throws: MPSWriteError.self) { try MPSWriter.write(model) }
    #expect(throws: Never.self) { try MPSWriter.write(model, format: .fixed) }
    model.variables[0].name = "longer_than_8"
    #expect(throws: MPSWriteError.self) { try MPSWriter.write(model, format: .fixed) }
    model.variables[0].name = ""
    #expect(throws: MPSWriteError.self) { try MPSWriter.write(model) }
  }

  @Test("Sorts row entries so an out-of-order model round-trips")
  func sortedEntries() throws {
    var model = LinearModel()
    model.addVariable(.init(name: "a"))
    model.addVariable(.init(name: "b"))
    model.addRow(.init(name: "r", indices: [1, 0], coefficients: [2, 1], upperBound: 3))
    let back = try MPSReader.read(try MPSWriter.write(model))
    #expect(back != model)
    #expect(back == model.withSortedRowEntries())
    #expect(back.rows[0].indices == [0, 1])
    #expect(back.rows[0].coefficients == [1, 2])
  }
}
