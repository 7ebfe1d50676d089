/// Basis bookkeeping: statuses, factorization with repair, and recomputation of primal and dual values.
extension DualSimplex {
  /// A valid non-basic status for variable `j` given its bounds, closest to `preferring`.
  func nonbasicStatus(_ j: Int, preferring: BasisStatus) -> BasisStatus {
    Self.nonbasicStatus(lower: lower[j], upper: upper[j], preferring: preferring)
  }

  /// The status a non-basic variable with bounds `lower` and `upper` takes, `preferring` one when both exist.
  @inline(__always)
  static func nonbasicStatus(lower: Double, upper: Double, preferring: BasisStatus) -> BasisStatus {
    switch (lower > -Double.infinity, upper < Double.infinity) {
    case (false, false): return .free
    case (true, false): return .atLower
    case (false, true): return .atUpper
    case (true, true): return preferring == .atUpper ? .atUpper : .atLower
    }
  }

  /// The value of non-basic variable `j` at its status.
  func nonbasicValue(_ j: Int) -> Double { Self.nonbasicValue(state[j], lower: lower[j], upper: upper[j]) }

  /// The value of a non-basic variable at `status` with bounds `lower` and `upper`.
  @inline(__always)
  static func nonbasicValue(_ status: BasisStatus, lower: Double, upper: Double) -> Double {
    switch status {
    case .atLower: return lower
    case .atUpper: return upper
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
      factorGeneration += 1
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
      dualsValid = false
    }
    // Repair did not converge (not seen in practice): fall back to the all-slack basis, B = I.
    for j in 0..<n where state[j] == .basic {
      state[j] = nonbasicStatus(j, preferring: .atLower)
      x[j] = nonbasicValue(j)
    }
    for i in 0..<m { state[n + i] = .basic }
    basicIndex = (0..<m).map { n + $0 }
    weight = Array(repeating: 1, count: m)
    dualsValid = false
    factorGeneration += 1
    let identity = factor.factor(
      dimension: m, starts: Array(0...m), rows: Array(0..<m), values: Array(repeating: 1, count: m),
      dropTolerance: tolerances.zero)
    precondition(identity, "the identity basis failed to factor")
    factorValid = true
  }

  /// Recomputes the basic values from the non-basic ones: `x_B = -B⁻¹ N x_N`.
  func computePrimal() {
    let n = self.n
    let state = self.state
    let x = self.x
    let aStart = self.aStart
    let aRow = self.aRow
    let aValue = self.aValue
    workRow.withUnsafeMutableBufferPointer { rhs in
      rhs.update(repeating: 0)
      for j in 0..<state.count where state[j] != .basic {
        let value = x[j]
        if value == 0 { continue }
        if j >= n {
          rhs[j - n] -= value
        } else {
          for e in aStart[j]..<aStart[j + 1] { rhs[aRow[e]] -= value * aValue[e] }
        }
      }
    }
    factor.solve(&workRow, into: &workPosition)
    let basicIndex = self.basicIndex
    let solution = workPosition
    self.x.withUnsafeMutableBufferPointer { xv in
      for p in 0..<basicIndex.count { xv[basicIndex[p]] = solution[p] }
    }
  }

  /// Recomputes `y = B⁻ᵀ c_B` and the reduced costs `d = c - [A I]ᵀ y` for `workCost`.
  func computeDuals() {
    let basicIndex = self.basicIndex
    let workCost = self.workCost
    workPosition.withUnsafeMutableBufferPointer { rhs in
      for p in 0..<basicIndex.count { rhs[p] = workCost[basicIndex[p]] }
    }
    factor.solveTransposed(&workPosition, into: &y)
    let n = self.n
    let state = self.state
    let y = self.y
    let aStart = self.aStart
    let aRow = self.aRow
    let aValue = self.aValue
    d.withUnsafeMutableBufferPointer { dv in
      for j in 0..<n {
        if state[j] == .basic {
          dv[j] = 0
          continue
        }
        var sum = workCost[j]
        for e in aStart[j]..<aStart[j + 1] { sum -= aValue[e] * y[aRow[e]] }
        dv[j] = sum
      }
      for i in 0..<y.count { dv[n + i] = state[n + i] == .basic ? 0 : workCost[n + i] - y[i] }
    }
    dualsValid = true
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
    let tolerance = tolerances.dualFeasibility
    let lower = self.lower
    let upper = self.upper
    for j in 0..<(n + m) {
      let status = state[j]
      if status == .basic || lower[j] == upper[j] { continue }
      let reduced = d[j]
      let violated: Bool
      switch status {
      case .atLower: violated = reduced < -tolerance
      case .atUpper: violated = reduced > tolerance
      case .free: violated = abs(reduced) > tolerance
      case .basic: violated = false
      }
      if !violated { continue }
      if lower[j] > -Double.infinity && upper[j] < .infinity {
        state[j] = reduced >= 0 ? .atLower : .atUpper
        x[j] = reduced >= 0 ? lower[j] : upper[j]
        flips += 1
      } else if shift {
        workCost[j] -= reduced
        d[j] = 0
        isPerturbed = true
      } else {
        remaining += 1
      }
    }
    return (flips, remaining)
  }

  /// The current basis in the contract's form.
  ///
  /// Reading it also records a snapshot (basis positions, steepest-edge weights, place in the eta
  /// file), so that setting the same basis back later — as strong branching and diving do — only
  /// truncates the eta file instead of refactorizing.
  public var basis: LPBasis {
    get {
      let result = LPBasis(columnStatus: Array(state[0..<n]), rowStatus: Array(state[n..<(n + m)]))
      if factorValid {
        let snapshot = BasisSnapshot(
          generation: factorGeneration, updateCount: factor.updateCount, basis: result,
          basicIndex: basicIndex, weight: weight)
        snapshots.removeAll { $0.generation != factorGeneration || $0.basis == result }
        snapshots.append(snapshot)
        if snapshots.count > SimplexParameters.basisSnapshots { snapshots.removeFirst() }
      }
      return result
    }
    set {
      precondition(
        newValue.columnStatus.count == n && newValue.rowStatus.count == m,
        "basis has \(newValue.columnStatus.count) columns and \(newValue.rowStatus.count) rows, expected \(n) and \(m)")
      lastStatus = nil
      if factorValid,
        let snapshot = snapshots.last(where: {
          $0.generation == factorGeneration && $0.updateCount <= factor.updateCount && $0.basis == newValue
        })
      {
        factor.truncate(toUpdateCount: snapshot.updateCount)
        basicIndex = snapshot.basicIndex
        weight = snapshot.weight
        applyStatuses(newValue.columnStatus + newValue.rowStatus)
        dualsValid = false
        snapshots.removeAll { $0.updateCount > snapshot.updateCount }
        return
      }
      let statuses = newValue.columnStatus + newValue.rowStatus
      let basicCount = statuses.reduce(0) { $0 + ($1 == .basic ? 1 : 0) }
      guard basicCount == m else {
        setSlackBasis()
        return
      }
      applyStatuses(statuses)
      // Steepest-edge weights follow their variables where they stay basic (an estimate; 1 otherwise).
      var weightOf = [Double](repeating: 1, count: n + m)
      if basicIndex.count == m && weight.count == m {
        for p in 0..<m { weightOf[basicIndex[p]] = weight[p] }
      }
      basicIndex = (0..<(n + m)).filter { statuses[$0] == .basic }
      weight = basicIndex.map { weightOf[$0] }
      factorValid = false
      dualsValid = false
    }
  }

  /// Sets every variable's status (non-basic ones to a valid bound, at its value).
  ///
  /// One access to each array for the whole pass: element by element, every write to a class's stored
  /// array pays a dynamic exclusivity check and a uniqueness check (measured at about 3% of a
  /// branch-and-bound solve, which calls this at every node whose basis is restored).
  private func applyStatuses(_ statuses: [BasisStatus]) {
    let count = n + m
    lower.withUnsafeBufferPointer { lower in
      upper.withUnsafeBufferPointer { upper in
        state.withUnsafeMutableBufferPointer { state in
          x.withUnsafeMutableBufferPointer { x in
            for j in 0..<count {
              if statuses[j] == .basic {
                state[j] = .basic
                continue
              }
              let status = Self.nonbasicStatus(lower: lower[j], upper: upper[j], preferring: statuses[j])
              state[j] = status
              x[j] = Self.nonbasicValue(status, lower: lower[j], upper: upper[j])
            }
          }
        }
      }
    }
  }
}

/// A basis read through `DualSimplex.basis`, with what it takes to return to it without refactoring.
struct BasisSnapshot {
  var generation: Int
  var updateCount: Int
  var basis: LPBasis
  var basicIndex: [Int]
  var weight: [Double]
}
