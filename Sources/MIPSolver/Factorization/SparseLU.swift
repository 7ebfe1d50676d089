/// A sparse LU factorization of a square matrix given by columns, with Markowitz pivoting.
///
/// Gaussian elimination picks, at step `k`, a pivot `(pivotRow[k], pivotColumn[k])` in the active
/// submatrix: column singletons first, then row singletons (the triangular part, found without
/// search), then the entry of least Markowitz cost `(r - 1)(c - 1)` among those that pass the
/// threshold test `|a_rc| >= threshold * max_j |a_rj|` on their active row (threshold partial
/// pivoting, u = 0.1 by default; Markowitz 1957, Suhl and Suhl 1990).
///
/// The result is `L⁻¹ B = U'` with `L⁻¹ = E_{m-1} ··· E_0`, where `E_k` subtracts multiples of row
/// `pivotRow[k]` from the rows eliminated at step `k`, and `U'` is triangular up to the two
/// permutations. Columns are addressed by *position* (0-based index of the column given to
/// `factor`), rows by their 0-based row index.
///
/// When no acceptable pivot remains (numerical singularity), the unpivoted positions and rows are
/// reported so the caller can replace those columns by unit (slack) columns and factor again.
struct SparseLU {
  /// The dimension `m` of the last factored matrix.
  private(set) var dimension = 0
  /// Row of the pivot at each elimination step.
  private(set) var pivotRow: [Int] = []
  /// Column position of the pivot at each elimination step.
  private(set) var pivotColumn: [Int] = []
  /// Value of the pivot at each elimination step.
  private(set) var pivotValue: [Double] = []
  /// L etas: step `k` owns entries `lStart[k] ..< lStart[k + 1]` (row, multiplier).
  private var lStart: [Int] = [0]
  private var lIndex: [Int] = []
  private var lValue: [Double] = []
  /// The elimination steps whose L column is not empty (the others are skipped by the solves).
  private var lSteps: [Int] = []
  /// U by columns: step `k` owns the off-diagonal entries of column `pivotColumn[k]` (row, value).
  private var uColumnStart: [Int] = [0]
  private var uColumnRow: [Int] = []
  private var uColumnValue: [Double] = []
  /// U by rows: step `k` owns the off-diagonal entries of row `pivotRow[k]` (position, value).
  private var uRowStart: [Int] = [0]
  private var uRowPosition: [Int] = []
  private var uRowValue: [Double] = []

  /// The number of non-zeros in L and U (diagonal included), a measure of fill.
  var nonZeroCount: Int { lIndex.count + uRowPosition.count + dimension }

  /// The active submatrix, kept between factorizations for its storage.
  private var kernel = ActiveSubmatrix()

  /// The positions and rows left without a pivot by the last `factor` (empty when non-singular).
  private(set) var unpivotedPositions: [Int] = []
  /// Rows left without a pivot by the last `factor`, paired with `unpivotedPositions` in order.
  private(set) var unpivotedRows: [Int] = []

  /// Factors the `dimension × dimension` matrix whose column `p` has entries
  /// `rows[starts[p] ..< starts[p + 1]]` and the matching `values`.
  ///
  /// - Parameters:
  ///   - threshold: the relative pivot threshold `u` in (0, 1].
  ///   - absolutePivot: pivots smaller than this in magnitude are never accepted.
  ///   - dropTolerance: entries smaller than this are ignored.
  /// - Returns: `true` when every position received a pivot; otherwise see `unpivotedPositions`.
  mutating func factor(
    dimension m: Int, starts: [Int], rows: [Int], values: [Double],
    threshold: Double, absolutePivot: Double, dropTolerance: Double
  ) -> Bool {
    dimension = m
    kernel.reset(dimension: m)
    for p in 0..<m {
      for e in starts[p]..<starts[p + 1] where abs(values[e]) > dropTolerance {
        kernel.insert(row: rows[e], position: p, value: values[e])
      }
    }
    pivotRow = []
    pivotColumn = []
    pivotValue = []
    pivotRow.reserveCapacity(m)
    pivotColumn.reserveCapacity(m)
    pivotValue.reserveCapacity(m)
    lStart = [0]
    lIndex = []
    lValue = []
    lStart.reserveCapacity(m + 1)
    var uRows: [(row: Int, positions: [Int], values: [Double])] = []
    uRows.reserveCapacity(m)
    kernel.seedSingletons()
    while pivotRow.count < m {
      guard let (r, c) = kernel.choosePivot(threshold: threshold, absolutePivot: absolutePivot) else { break }
      let (pivot, rowPositions, rowValues) = kernel.eliminate(
        row: r, position: c, multipliers: &lIndex, values: &lValue)
      lStart.append(lIndex.count)
      pivotRow.append(r)
      pivotColumn.append(c)
      pivotValue.append(pivot)
      uRows.append((r, rowPositions, rowValues))
    }
    lSteps = (0..<pivotRow.count).filter { lStart[$0 + 1] > lStart[$0] }
    unpivotedPositions = kernel.activePositions()
    unpivotedRows = kernel.activeRows()
    buildUpper(uRows)
    return unpivotedPositions.isEmpty
  }

  /// Stores U both by rows (for BTRAN) and by columns (for FTRAN), indexed by elimination step.
  private mutating func buildUpper(_ uRows: [(row: Int, positions: [Int], values: [Double])]) {
    let steps = uRows.count
    var stepOfPosition = [Int](repeating: -1, count: dimension)
    for k in 0..<steps { stepOfPosition[pivotColumn[k]] = k }
    uRowStart = [0]
    uRowPosition = []
    uRowValue = []
    uRowStart.reserveCapacity(steps + 1)
    var columnCounts = [Int](repeating: 0, count: steps + 1)
    for k in 0..<steps {
      for (position, value) in zip(uRows[k].positions, uRows[k].values) {
        let step = stepOfPosition[position]
        // Entries in positions never pivoted (singular case) are dropped; those columns are replaced.
        guard step >= 0 else { continue }
        uRowPosition.append(position)
        uRowValue.append(value)
        columnCounts[step + 1] += 1
      }
      uRowStart.append(uRowPosition.count)
    }
    for k in 0..<steps { columnCounts[k + 1] += columnCounts[k] }
    uColumnStart = columnCounts
    uColumnRow = [Int](repeating: 0, count: uRowPosition.count)
    uColumnValue = [Double](repeating: 0, count: uRowPosition.count)
    var fill = columnCounts
    for k in 0..<steps {
      for e in uRowStart[k]..<uRowStart[k + 1] {
        let step = stepOfPosition[uRowPosition[e]]
        uColumnRow[fill[step]] = pivotRow[k]
        uColumnValue[fill[step]] = uRowValue[e]
        fill[step] += 1
      }
    }
  }

  /// Solves `B x = b`: `rhs` holds `b` by row on entry and is destroyed; `result` receives `x` by position.
  func solve(_ rhs: inout [Double], into result: inout [Double]) {
    let steps = pivotRow.count
    rhs.withUnsafeMutableBufferPointer { b in
      lIndex.withUnsafeBufferPointer { li in
        lValue.withUnsafeBufferPointer { lv in
          for k in lSteps {
            let pivot = b[pivotRow[k]]
            if pivot == 0 { continue }
            for e in lStart[k]..<lStart[k + 1] { b[li[e]] -= lv[e] * pivot }
          }
        }
      }
      result.withUnsafeMutableBufferPointer { x in
        uColumnRow.withUnsafeBufferPointer { ur in
          uColumnValue.withUnsafeBufferPointer { uv in
            var k = steps - 1
            while k >= 0 {
              let v = b[pivotRow[k]]
              if v == 0 {
                x[pivotColumn[k]] = 0
              } else {
                let xk = v / pivotValue[k]
                x[pivotColumn[k]] = xk
                for e in uColumnStart[k]..<uColumnStart[k + 1] { b[ur[e]] -= uv[e] * xk }
              }
              k -= 1
            }
          }
        }
      }
    }
  }

  /// Solves `Bᵀ y = d`: `rhs` holds `d` by position on entry and is destroyed; `result` receives `y` by row.
  func solveTransposed(_ rhs: inout [Double], into result: inout [Double]) {
    let steps = pivotRow.count
    rhs.withUnsafeMutableBufferPointer { d in
      result.withUnsafeMutableBufferPointer { z in
        uRowPosition.withUnsafeBufferPointer { up in
          uRowValue.withUnsafeBufferPointer { uv in
            for k in 0..<steps {
              let v = d[pivotColumn[k]]
              if v == 0 {
                z[pivotRow[k]] = 0
              } else {
                let zk = v / pivotValue[k]
                z[pivotRow[k]] = zk
                for e in uRowStart[k]..<uRowStart[k + 1] { d[up[e]] -= uv[e] * zk }
              }
            }
          }
        }
        lIndex.withUnsafeBufferPointer { li in
          lValue.withUnsafeBufferPointer { lv in
            for k in lSteps.reversed() {
              var sum = z[pivotRow[k]]
              for e in lStart[k]..<lStart[k + 1] { sum -= lv[e] * z[li[e]] }
              z[pivotRow[k]] = sum
            }
          }
        }
      }
    }
  }
}
