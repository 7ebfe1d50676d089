/// Basis bookkeeping: statuses, factorization with repair, and recomputation of primal and dual values.
extension DualSimplex {
  /// A valid non-basic status for variable `j` given its bounds, closest to `preferring`.
  func nonbasicStatus(_ j: Int, preferring: BasisStatus) -> BasisStatus {
    let hasLower = lower[j] > -Double.infinity
    let hasUpper = upper[j] < Double.infinity
    switch (hasLower, hasUpper) {
    case (false, false): return .free
    case (true, false): return .atLower
    case (false, true): return .atUpper
    case (true, true): return preferring == .atUpper ? .atUpper : .atLower
    }
  }

  /// The value of non-basic variable `j` at its status.
  func nonbasicValue(_ j: Int) -> Double {
    switch state[j] {
    case .atLower: return lower[j]
    case .atUpper: return upper[j]
    case .free, .basic: return 0
    }
  }

  /// `a_j · v` for variable `j` (column or logical) and a vector `v` indexed by row.
  @inline(__always)
  func columnDot(_ j: Int, _ v: [Double]) -> Double {
    if j >= n { return v[j - n] }
    var sum = 0.0
    for e in aStart[j]..<aStart[j + 1] { sum += aValue[e] * v[aRow[e]] }
    return sum
  }

  /// Adds `multiplier · a_j` into `v` (indexed by row).
  @inline(__always)
  func addColumn(_ j: Int, times multiplier: Double, into v: inout [Double]) {
    if j >= n {
      v[j - n] += multiplier
      return
    }
    for e in aStart[j]..<aStart[j + 1] { v[aRow[e]] += multiplier * aValue[e] }
  }

  /// FTRAN of variable `j`'s column into `alphaColumn` (by basis position).
  func ftranColumn(_ j: Int) {
    workRow.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    addColumn(j, times: 1, into: &workRow)
    factor.solve(&workRow, into: &alphaColumn)
  }

  /// BTRAN of the unit vector at basis position `r` into `rho` (by row).
  func btranUnit(_ r: Int) {
    workPosition.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    workPosition[r] = 1
    factor.solveTransposed(&workPosition, into: &rho)
  }

  /// Factors the current basis; dependent columns are replaced by slacks (basis repair).
  func refactor() {
    for _ in 0...m {
      var starts = [0]
      var rows: [Int] = []
      var values: [Double] = []
      starts.reserveCapacity(m + 1)
      for p in 0..<m {
        let j = basicIndex[p]
        if j >= n {
          rows.append(j - n)
          values.append(1)
        } else {
          for e in aStart[j]..<aStart[j + 1] {
            rows.append(aRow[e])
            values.append(aValue[e])
          }
        }
        starts.append(rows.count)
      }
      if factor.factor(dimension: m, starts: starts, rows: rows, values: values, dropTolerance: tolerances.zero) {
        factorValid = true
        return
      }
      for (p, row) in zip(factor.lu.unpivotedPositions, factor.lu.unpivotedRows) {
        let old = basicIndex[p]
        let nearUpper = upper[old] < .infinity && abs(x[old] - upper[old]) < abs(x[old] - lower[old])
        state[old] = nonbasicStatus(old, preferring: nearUpper ? .atUpper : .atLower)
        x[old] = nonbasicValue(old)
        basicIndex[p] = n + row
        state[n + row] = .basic
        weight[p] = 1
      }
    }
    preconditionFailure("basis repair did not converge on a \(m)-row basis")
  }

  /// Recomputes the basic values from the non-basic ones: `x_B = -B⁻¹ N x_N`.
  func computePrimal() {
    for i in 0..<m { workRow[i] = 0 }
    for j in 0..<(n + m) where state[j] != .basic {
      let value = x[j]
      if value != 0 { addColumn(j, times: -value, into: &workRow) }
    }
    factor.solve(&workRow, into: &workPosition)
    for p in 0..<m { x[basicIndex[p]] = workPosition[p] }
  }

  /// Recomputes `y = B⁻ᵀ c_B` and the reduced costs `d = c - [A I]ᵀ y` for `workCost`.
  func computeDuals() {
    for p in 0..<m { workPosition[p] = workCost[basicIndex[p]] }
    factor.solveTransposed(&workPosition, into: &y)
    for j in 0..<(n + m) {
      d[j] = state[j] == .basic ? 0 : workCost[j] - columnDot(j, y)
    }
  }

  /// How far non-basic `j`'s reduced cost has the wrong sign for its status (0 when dual feasible).
  func dualInfeasibility(_ j: Int) -> Double {
    if lower[j] == upper[j] { return 0 }
    switch state[j] {
    case .atLower: return max(0, -d[j])
    case .atUpper: return max(0, d[j])
    case .free: return abs(d[j])
    case .basic: return 0
    }
  }

  /// How far basic variable `j` lies outside its bounds (0 when within the primal tolerance).
  @inline(__always)
  func primalInfeasibility(_ j: Int) -> Double {
    let value = x[j]
    if value < lower[j] - primalTolerance { return lower[j] - value }
    if value > upper[j] + primalTolerance { return value - upper[j] }
    return 0
  }

  /// Flips boxed non-basic variables whose reduced cost has the wrong sign, and shifts the cost of
  /// the others so their reduced cost is zero when `shift` is set.
  ///
  /// - Returns: the number of flips and the number of remaining dual infeasibilities.
  @discardableResult
  func repairDualFeasibility(shift: Bool) -> (flips: Int, remaining: Int) {
    var flips = 0
    var remaining = 0
    for j in 0..<(n + m) where state[j] != .basic && dualInfeasibility(j) > tolerances.dualFeasibility {
      let boxed = lower[j] > -Double.infinity && upper[j] < .infinity
      if boxed {
        state[j] = d[j] >= 0 ? .atLower : .atUpper
        x[j] = nonbasicValue(j)
        flips += 1
      } else if shift {
        workCost[j] -= d[j]
        d[j] = 0
        isPerturbed = true
      } else {
        remaining += 1
      }
    }
    return (flips, remaining)
  }

  /// The current basis in the contract's form.
  public var basis: LPBasis {
    get {
      LPBasis(columnStatus: Array(state[0..<n]), rowStatus: Array(state[n..<(n + m)]))
    }
    set {
      precondition(
        newValue.columnStatus.count == n && newValue.rowStatus.count == m,
        "basis has \(newValue.columnStatus.count) columns and \(newValue.rowStatus.count) rows, expected \(n) and \(m)")
      let statuses = newValue.columnStatus + newValue.rowStatus
      let basicCount = statuses.reduce(0) { $0 + ($1 == .basic ? 1 : 0) }
      guard basicCount == m else {
        setSlackBasis()
        lastStatus = nil
        return
      }
      var positions: [Int] = []
      positions.reserveCapacity(m)
      for j in 0..<(n + m) {
        if statuses[j] == .basic {
          state[j] = .basic
          positions.append(j)
        } else {
          state[j] = nonbasicStatus(j, preferring: statuses[j])
          x[j] = nonbasicValue(j)
        }
      }
      basicIndex = positions
      weight = Array(repeating: 1, count: m)
      factorValid = false
      lastStatus = nil
    }
  }
}
