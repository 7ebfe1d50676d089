import OptimizationModel

/// A mixed-integer program in the engine's computational form: an `LPProblem` (always a
/// minimization) plus integrality, with a row-wise copy of the matrix for propagation and cuts.
///
/// Built from a `LinearModel` by `init(model:)`: a maximization is negated (so every value here is
/// in the minimization sense), the objective constant becomes the offset, and integer bounds are
/// rounded inward (`ceil(lower - integrality)`, `floor(upper + integrality)`).
struct MIPProblem: Sendable {
  /// The relaxation.
  var lp: LPProblem
  /// Whether each column must take an integer value.
  var isInteger: [Bool]
  /// Row-wise copy of `lp.matrix`: row `i`'s entries are `rowColumns[rowStarts[i] ..< rowStarts[i + 1]]`.
  var rowStarts: [Int]
  /// Column index of each row-wise entry.
  var rowColumns: [Int]
  /// Value of each row-wise entry.
  var rowValues: [Double]
  /// `+1` for a minimization model, `-1` for a maximization (the LP objective is `sense * model objective`).
  var senseFactor: Double

  /// The number of columns.
  var columnCount: Int { lp.columnCount }
  /// The number of rows.
  var rowCount: Int { lp.rowCount }

  /// Converts `model`; `integrality` is the tolerance used to round integer bounds inward.
  init(model: LinearModel, integrality: Double) {
    let n = model.variables.count
    let m = model.rows.count
    let factor: Double = model.sense == .maximize ? -1 : 1
    var objective = [Double](repeating: 0, count: n)
    var lower = [Double](repeating: 0, count: n)
    var upper = [Double](repeating: 0, count: n)
    var integer = [Bool](repeating: false, count: n)
    for (j, variable) in model.variables.enumerated() {
      objective[j] = factor * variable.objective
      integer[j] = variable.isInteger
      if variable.isInteger {
        lower[j] = variable.lowerBound.isFinite ? (variable.lowerBound - integrality).rounded(.up) : variable.lowerBound
        upper[j] = variable.upperBound.isFinite ? (variable.upperBound + integrality).rounded(.down) : variable.upperBound
      } else {
        lower[j] = variable.lowerBound
        upper[j] = variable.upperBound
      }
    }
    // Column-wise matrix by counting sort over the rows (entries keep row order within a column).
    var counts = [Int](repeating: 0, count: n + 1)
    for row in model.rows { for index in row.indices { counts[index + 1] += 1 } }
    for j in 0..<n { counts[j + 1] += counts[j] }
    let nnz = counts[n]
    var next = counts
    var rowIndices = [Int](repeating: 0, count: nnz)
    var values = [Double](repeating: 0, count: nnz)
    var rowStarts = [Int](repeating: 0, count: m + 1)
    var rowColumns = [Int]()
    var rowValues = [Double]()
    rowColumns.reserveCapacity(nnz)
    rowValues.reserveCapacity(nnz)
    for (i, row) in model.rows.enumerated() {
      for (index, coefficient) in zip(row.indices, row.coefficients) where coefficient != 0 {
        rowIndices[next[index]] = i
        values[next[index]] = coefficient
        next[index] += 1
        rowColumns.append(index)
        rowValues.append(coefficient)
      }
      rowStarts[i + 1] = rowColumns.count
    }
    // Zero coefficients were skipped: compact the column arrays.
    var starts = [Int](repeating: 0, count: n + 1)
    var compactIndices = [Int]()
    var compactValues = [Double]()
    compactIndices.reserveCapacity(rowColumns.count)
    compactValues.reserveCapacity(rowColumns.count)
    for j in 0..<n {
      for k in counts[j]..<next[j] {
        compactIndices.append(rowIndices[k])
        compactValues.append(values[k])
      }
      starts[j + 1] = compactIndices.count
    }
    let matrix = SparseMatrix(rowCount: m, columnStarts: starts, rowIndices: compactIndices, values: compactValues)
    lp = LPProblem(
      objective: objective, objectiveOffset: factor * model.objectiveConstant, columnLower: lower,
      columnUpper: upper, rowLower: model.rows.map(\.lowerBound), rowUpper: model.rows.map(\.upperBound),
      matrix: matrix)
    isInteger = integer
    self.rowStarts = rowStarts
    self.rowColumns = rowColumns
    self.rowValues = rowValues
    senseFactor = factor
  }

  /// Wraps an LP that is already in computational form.
  init(lp: LPProblem, isInteger: [Bool]) {
    precondition(isInteger.count == lp.columnCount, "\(isInteger.count) integrality flags for \(lp.columnCount) columns")
    self.lp = lp
    self.isInteger = isInteger
    senseFactor = 1
    let m = lp.rowCount
    var counts = [Int](repeating: 0, count: m + 1)
    for index in lp.matrix.rowIndices { counts[index + 1] += 1 }
    for i in 0..<m { counts[i + 1] += counts[i] }
    rowStarts = counts
    var next = counts
    rowColumns = [Int](repeating: 0, count: lp.matrix.values.count)
    rowValues = [Double](repeating: 0, count: lp.matrix.values.count)
    for j in 0..<lp.columnCount {
      for k in lp.matrix.columnStarts[j]..<lp.matrix.columnStarts[j + 1] {
        let i = lp.matrix.rowIndices[k]
        rowColumns[next[i]] = j
        rowValues[next[i]] = lp.matrix.values[k]
        next[i] += 1
      }
    }
  }

  /// The unit of the objective when every optimal value lies on the lattice `offset + k * unit`.
  ///
  /// Holds when continuous columns have zero cost (or are fixed) and every integer column's cost is
  /// an integer multiple of a common unit (`DecimalUnit`: the costs scaled by a power of ten, at most
  /// 10^6, until all are integers within `tolerance`, then their greatest common divisor). Returns
  /// `nil` when no such unit is found or every cost is zero.
  func objectiveUnit(tolerance: Double) -> Double? {
    for j in 0..<columnCount where !isInteger[j] && lp.objective[j] != 0 && lp.columnLower[j] != lp.columnUpper[j] {
      return nil
    }
    return DecimalUnit.of((0..<columnCount).lazy.filter { self.isInteger[$0] }.map { self.lp.objective[$0] }, tolerance: tolerance)
  }
}
