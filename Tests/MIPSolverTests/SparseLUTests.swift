import PlannerTestSupport
import Testing
@testable import MIPSolver

/// A random sparse square matrix by columns, with a permuted diagonal so it is structurally regular.
struct RandomSparseMatrix {
  var dimension: Int
  var columns: [[(row: Int, value: Double)]]

  init(dimension: Int, density: Double, random: inout SplitMix64) {
    self.dimension = dimension
    let permutation = Array(0..<dimension).shuffled(using: &random)
    columns = (0..<dimension).map { p in
      var entries: [(row: Int, value: Double)] = [(permutation[p], Double.random(in: 1...4, using: &random))]
      for i in 0..<dimension where i != permutation[p] && Double.random(in: 0..<1, using: &random) < density {
        entries.append((i, Double.random(in: -1...1, using: &random)))
      }
      return entries
    }
  }

  var csc: (starts: [Int], rows: [Int], values: [Double]) {
    var starts = [0]
    var rows: [Int] = []
    var values: [Double] = []
    for column in columns {
      for entry in column {
        rows.append(entry.row)
        values.append(entry.value)
      }
      starts.append(rows.count)
    }
    return (starts, rows, values)
  }

  /// `B x` (x by position, result by row).
  func multiply(_ x: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: dimension)
    for (p, column) in columns.enumerated() {
      for entry in column { result[entry.row] += entry.value * x[p] }
    }
    return result
  }

  /// `Bᵀ y` (y by row, result by position).
  func multiplyTransposed(_ y: [Double]) -> [Double] {
    columns.map { column in column.reduce(0) { $0 + $1.value * y[$1.row] } }
  }
}

@Suite("Sparse LU")
struct SparseLUTests {
  static func maxAbs(_ v: [Double]) -> Double { v.reduce(0) { max($0, abs($1)) } }

  static func residual(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
  }

  @Test("Solves B x = b and Bᵀ y = d on random sparse matrices (seeds 1-60)")
  func solvesRandomSystems() throws {
    var regularCount = 0
    for seed in UInt64(1)...60 {
      var random = SplitMix64(seed: seed)
      let m = Int.random(in: 1...80, using: &random)
      let matrix = RandomSparseMatrix(dimension: m, density: Double.random(in: 0.02...0.3, using: &random), random: &random)
      let (starts, rows, values) = matrix.csc
      var factor = BasisFactor()
      let regular = factor.factor(dimension: m, starts: starts, rows: rows, values: values, dropTolerance: 1e-14)
      guard regular else {
        // A random matrix may be numerically singular; then the reported deficiency must be consistent.
        #expect(factor.lu.unpivotedPositions.count == factor.lu.unpivotedRows.count, "seed \(seed)")
        continue
      }
      regularCount += 1
      let b = (0..<m).map { _ in Double.random(in: -10...10, using: &random) }
      var rhs = b
      var x = [Double](repeating: 0, count: m)
      factor.solve(&rhs, into: &x)
      let scale = Self.maxAbs(b) + Self.maxAbs(x) * 4
      #expect(Self.residual(matrix.multiply(x), b) <= 1e-9 * scale, "seed \(seed), m \(m)")
      var drhs = b
      var yv = [Double](repeating: 0, count: m)
      factor.solveTransposed(&drhs, into: &yv)
      #expect(Self.residual(matrix.multiplyTransposed(yv), b) <= 1e-9 * (Self.maxAbs(b) + Self.maxAbs(yv) * 4), "seed \(seed)")
    }
    #expect(regularCount >= 50, "only \(regularCount) of 60 random matrices factored")
  }

  @Test("Reports dependent columns of a singular matrix")
  func detectsSingularity() {
    // Columns 0 and 2 are equal; column 1 is independent.
    let starts = [0, 2, 3, 5]
    let rows = [0, 1, 2, 0, 1]
    let values = [1.0, 2.0, 3.0, 1.0, 2.0]
    var factor = BasisFactor()
    let regular = factor.factor(dimension: 3, starts: starts, rows: rows, values: values, dropTolerance: 1e-14)
    #expect(!regular)
    #expect(factor.lu.unpivotedPositions.count == 1)
    #expect(factor.lu.unpivotedRows.count == 1)
  }

  @Test("Product-form updates keep FTRAN and BTRAN exact over many column replacements")
  func updatesStayAccurate() throws {
    for seed in UInt64(1)...20 {
      var random = SplitMix64(seed: seed)
      let m = Int.random(in: 5...50, using: &random)
      var matrix = RandomSparseMatrix(dimension: m, density: 0.1, random: &random)
      var factor = BasisFactor()
      let (starts, rows, values) = matrix.csc
      guard factor.factor(dimension: m, starts: starts, rows: rows, values: values, dropTolerance: 1e-14) else { continue }
      var updates = 0
      for _ in 0..<40 {
        let position = Int.random(in: 0..<m, using: &random)
        var column: [(row: Int, value: Double)] = []
        for i in 0..<m where Double.random(in: 0..<1, using: &random) < 0.2 {
          column.append((i, Double.random(in: -3...3, using: &random)))
        }
        if column.isEmpty { column.append((Int.random(in: 0..<m, using: &random), 1)) }
        var dense = [Double](repeating: 0, count: m)
        for entry in column { dense[entry.row] = entry.value }
        var alpha = [Double](repeating: 0, count: m)
        factor.solve(&dense, into: &alpha)
        guard abs(alpha[position]) > 1e-3 else { continue }
        factor.update(position: position, alpha: alpha, dropTolerance: 1e-14)
        matrix.columns[position] = column
        updates += 1
        let b = (0..<m).map { _ in Double.random(in: -5...5, using: &random) }
        var rhs = b
        var x = [Double](repeating: 0, count: m)
        factor.solve(&rhs, into: &x)
        #expect(Self.residual(matrix.multiply(x), b) <= 1e-8 * (Self.maxAbs(b) + Self.maxAbs(x) * 3 * Double(m)), "seed \(seed)")
        var drhs = b
        var yv = [Double](repeating: 0, count: m)
        factor.solveTransposed(&drhs, into: &yv)
        #expect(Self.residual(matrix.multiplyTransposed(yv), b) <= 1e-8 * (Self.maxAbs(b) + Self.maxAbs(yv) * 3 * Double(m)), "seed \(seed)")
      }
      #expect(factor.updateCount == updates)
    }
  }
}
