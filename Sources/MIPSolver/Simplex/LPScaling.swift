/// Row and column scale factors for an LP, powers of two so that scaling is exact in floating point.
///
/// The scaled matrix is `A' = R A C` (`R`, `C` diagonal). In scaled units a column value is
/// `x' = x / C_j`, its cost `c' = c C_j`, a row activity `R_i (A x)_i`. Duals unscale as
/// `y_i = R_i y'_i` and reduced costs as `d_j = d'_j / C_j`.
///
/// The factors come from a few passes of geometric-mean scaling (each row, then each column,
/// divided by `sqrt(min |a| · max |a|)`; Curtis and Reid 1972 in spirit) followed by one
/// equilibration pass that brings every column's largest entry near 1, all rounded to powers of 2.
struct LPScaling: Sendable {
  /// Scale factor `R_i` of each row.
  var rowScale: [Double]
  /// Scale factor `C_j` of each column.
  var columnScale: [Double]

  /// The identity scaling.
  init(rowCount: Int, columnCount: Int) {
    rowScale = Array(repeating: 1, count: rowCount)
    columnScale = Array(repeating: 1, count: columnCount)
  }

  /// A matrix whose entries span at most this ratio is left unscaled.
  static let wellScaledRange = 1000.0

  /// Number of geometric-mean passes.
  static let geometricPasses = 4

  /// Computes scale factors for `matrix`.
  init(matrix: SparseMatrix) {
    let m = matrix.rowCount
    let n = matrix.columnCount
    self.init(rowCount: m, columnCount: n)
    if matrix.values.isEmpty { return }
    var smallest = Double.infinity
    var largest = 0.0
    for v in matrix.values where v != 0 {
      smallest = min(smallest, abs(v))
      largest = max(largest, abs(v))
    }
    if largest <= Self.wellScaledRange * smallest { return }
    var rowMin = [Double](repeating: 0, count: m)
    var rowMax = [Double](repeating: 0, count: m)
    for _ in 0..<Self.geometricPasses {
      for i in 0..<m {
        rowMin[i] = .infinity
        rowMax[i] = 0
      }
      for j in 0..<n {
        for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] {
          let v = abs(matrix.values[e]) * columnScale[j]
          if v == 0 { continue }
          let i = matrix.rowIndices[e]
          rowMin[i] = min(rowMin[i], v)
          rowMax[i] = max(rowMax[i], v)
        }
      }
      for i in 0..<m where rowMax[i] > 0 { rowScale[i] = 1 / (rowMin[i] * rowMax[i]).squareRoot() }
      for j in 0..<n {
        var low = Double.infinity
        var high = 0.0
        for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] {
          let v = abs(matrix.values[e]) * rowScale[matrix.rowIndices[e]]
          if v == 0 { continue }
          low = min(low, v)
          high = max(high, v)
        }
        if high > 0 { columnScale[j] = 1 / (low * high).squareRoot() }
      }
    }
    for j in 0..<n {
      var high = 0.0
      for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] {
        high = max(high, abs(matrix.values[e]) * rowScale[matrix.rowIndices[e]])
      }
      if high > 0 { columnScale[j] = 1 / high }
    }
    for i in 0..<m { rowScale[i] = Self.powerOfTwo(near: rowScale[i]) }
    for j in 0..<n { columnScale[j] = Self.powerOfTwo(near: columnScale[j]) }
  }

  /// The power of two nearest to `x` on a logarithmic scale (1 for zero, infinite or NaN input).
  static func powerOfTwo(near x: Double) -> Double {
    guard x.isFinite, x > 0 else { return 1 }
    let exponent = (x * 2.0.squareRoot()).exponent
    return Double(sign: .plus, exponent: exponent, significand: 1)
  }

  /// The scale factor for a row added later, given its coefficients on already-scaled columns.
  func scaleForNewRow(indices: [Int], values: [Double]) -> Double {
    var high = 0.0
    for (j, v) in zip(indices, values) { high = max(high, abs(v) * columnScale[j]) }
    return high > 0 ? Self.powerOfTwo(near: 1 / high) : 1
  }
}
