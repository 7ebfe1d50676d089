/// The factored basis inverse: a `SparseLU` of the last refactorized basis followed by a
/// product-form eta file, one eta per basis change since (Dantzig and Orchard-Hays 1954).
///
/// `B_k⁻¹ = E_k ··· E_1 B_0⁻¹`, where the eta `E` of a pivot at position `p` with the FTRAN'd
/// entering column `α` maps `x_p ← x_p / α_p`, `x_i ← x_i - α_i x_p`. FTRAN takes a right-hand
/// side indexed by row and returns a vector indexed by basis position; BTRAN the reverse.
/// The simplex refactorizes after `refactorInterval` updates or when the eta file grows past
/// `growthLimit` times the LU's size.
struct BasisFactor {
  /// The LU factors of the last refactorized basis.
  private(set) var lu = SparseLU()
  private var etaPosition: [Int] = []
  private var etaPivot: [Double] = []
  private var etaStart: [Int] = [0]
  private var etaIndex: [Int] = []
  private var etaValue: [Double] = []
  /// Basis updates applied since the last refactorization.
  var updateCount: Int { etaPosition.count }

  /// Parameters of the factorization (named constants, STYLE C8).
  enum Parameters {
    /// Markowitz threshold `u` of the threshold partial pivoting.
    static let threshold = 0.1
    /// Pivots below this magnitude are taken as numerical singularity (scaled units).
    static let singularPivot = 1e-9
    /// Updates after which the basis is always refactorized.
    static let refactorInterval = 100
    /// The eta file may hold at most this multiple of the LU's non-zeros, plus `growthSlack`
    /// entries per row (so small bases are not refactorized for a handful of dense etas).
    static let growthLimit = 3
    /// Eta entries allowed per row on top of `growthLimit` times the LU's non-zeros.
    static let growthSlack = 8
  }

  /// Whether the update file has grown enough that a fresh factorization pays.
  var wantsRefactor: Bool {
    updateCount >= Parameters.refactorInterval
      || etaIndex.count > Parameters.growthLimit * lu.nonZeroCount + Parameters.growthSlack * lu.dimension
  }

  /// Factors the basis whose position `p` holds the column given in CSC form; clears the eta file.
  ///
  /// - Returns: `true` when non-singular; otherwise `lu.unpivotedPositions` and `lu.unpivotedRows`
  ///   name the dependent positions and the rows whose slacks should replace them.
  mutating func factor(
    dimension: Int, starts: [Int], rows: [Int], values: [Double], dropTolerance: Double
  ) -> Bool {
    etaPosition.removeAll(keepingCapacity: true)
    etaPivot.removeAll(keepingCapacity: true)
    etaStart.removeAll(keepingCapacity: true)
    etaStart.append(0)
    etaIndex.removeAll(keepingCapacity: true)
    etaValue.removeAll(keepingCapacity: true)
    return lu.factor(
      dimension: dimension, starts: starts, rows: rows, values: values,
      threshold: Parameters.threshold, absolutePivot: Parameters.singularPivot, dropTolerance: dropTolerance)
  }

  /// Records the basis change at `position` whose entering column, FTRAN'd, is `alpha` (by position).
  mutating func update(position: Int, alpha: [Double], dropTolerance: Double) {
    etaPosition.append(position)
    etaPivot.append(alpha[position])
    for i in alpha.indices where i != position && abs(alpha[i]) > dropTolerance {
      etaIndex.append(i)
      etaValue.append(alpha[i])
    }
    etaStart.append(etaIndex.count)
  }

  /// Drops the updates after the first `count`, returning to the inverse of that earlier basis
  /// (exact: the product form keeps each intermediate inverse).
  mutating func truncate(toUpdateCount count: Int) {
    precondition(count >= 0 && count <= updateCount, "cannot truncate \(updateCount) updates to \(count)")
    if count == updateCount { return }
    let keep = etaStart[count]
    etaPosition.removeLast(etaPosition.count - count)
    etaPivot.removeLast(etaPivot.count - count)
    etaStart.removeLast(etaStart.count - count - 1)
    etaIndex.removeLast(etaIndex.count - keep)
    etaValue.removeLast(etaValue.count - keep)
  }

  /// FTRAN: solves `B x = b`; `rhs` is `b` by row (destroyed), `result` receives `x` by position.
  /// `mutating` only so that a factor stored in a class is used in place: a non-mutating call on a
  /// class's stored struct copies it first, retaining and releasing every array it holds (measured at
  /// about 4% of a branch-and-bound solve's time).
  mutating func solve(_ rhs: inout [Double], into result: inout [Double]) {
    lu.solve(&rhs, into: &result)
    let count = etaPosition.count
    if count == 0 { return }
    result.withUnsafeMutableBufferPointer { x in
      etaIndex.withUnsafeBufferPointer { ei in
        etaValue.withUnsafeBufferPointer { ev in
          for e in 0..<count {
            let p = etaPosition[e]
            let xp = x[p] / etaPivot[e]
            x[p] = xp
            if xp == 0 { continue }
            for t in etaStart[e]..<etaStart[e + 1] { x[ei[t]] -= ev[t] * xp }
          }
        }
      }
    }
  }

  /// BTRAN: solves `Bᵀ y = d`; `rhs` is `d` by position (destroyed), `result` receives `y` by row.
  /// `mutating` for the same reason as `solve`.
  mutating func solveTransposed(_ rhs: inout [Double], into result: inout [Double]) {
    let count = etaPosition.count
    if count > 0 {
      rhs.withUnsafeMutableBufferPointer { d in
        etaIndex.withUnsafeBufferPointer { ei in
          etaValue.withUnsafeBufferPointer { ev in
            var e = count - 1
            while e >= 0 {
              let p = etaPosition[e]
              var sum = d[p]
              for t in etaStart[e]..<etaStart[e + 1] { sum -= ev[t] * d[ei[t]] }
              d[p] = sum / etaPivot[e]
              e -= 1
            }
          }
        }
      }
    }
    lu.solveTransposed(&rhs, into: &result)
  }
}
