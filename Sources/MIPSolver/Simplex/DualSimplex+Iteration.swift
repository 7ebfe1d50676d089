/// The dual simplex main loop (phase 2: the basis is dual feasible for `workCost`).
extension DualSimplex {
  /// How a run of the dual simplex ended.
  enum DualOutcome {
    /// Primal feasible (and dual feasible for `workCost`).
    case optimal
    /// The dual is unbounded along a verified ray: the primal is infeasible.
    case infeasible
    /// A proven lower bound passed the cutoff.
    case cutoff
    case iterationLimit
    /// The ratio test found no pivot but the infeasibility proof failed: decide with the primal.
    case numericalTrouble
  }

  /// Engine parameters that are not user tolerances (named constants, STYLE C8).
  enum SimplexParameters {
    /// Relative disagreement allowed between the pivot from the row and from the column.
    static let pivotAgreement = 1e-7
    /// Smallest dual steepest-edge weight kept.
    static let minimumWeight = 1e-8
    /// Base of the cost perturbation, relative to `1 + |c_j|`.
    static let perturbationBase = 5e-7
    /// Bounds of the auxiliary dual phase 1 problem for free variables.
    static let freeBoxInPhase1 = 1000.0
    /// Consecutive dual degenerate iterations before a warm start perturbs the costs.
    static let degenerateBeforePerturbing = 30
    /// Consecutive degenerate primal iterations before switching to Bland's rule.
    static let degenerateBeforeBland = 50
    /// Linear-scan rounds of the bound-flipping ratio test before the breakpoints are sorted.
    static let unsortedRatioRounds = 1
    /// Breakpoint windows at most this large are sorted; larger ones are split around a pivot first.
    static let sortedRatioWindow = 32
    /// Bases remembered for cheap restoration (see `DualSimplex.basis`).
    static let basisSnapshots = 4
    /// Rounds of solve-and-check before giving up on a clean solution.
    static let checkRounds = 3
  }

  /// Runs dual simplex iterations until optimality, infeasibility, cutoff or `limit` total iterations.
  ///
  /// With `mayPerturb`, the costs are perturbed once `degenerateBeforePerturbing` consecutive
  /// iterations made no dual progress.
  func dualPhase2(limit: Int, checkCutoff: Bool, mayPerturb: Bool = false) -> DualOutcome {
    var lastCutoffCheck = -1
    var degenerateRun = 0
    var perturbLater = mayPerturb
    // Rows whose ratio test failed without an infeasibility proof, skipped until the next pivot.
    var rejected = [Bool](repeating: false, count: m)
    var rejectedCount = 0
    while true {
      if !factorValid || factor.wantsRefactor {
        refactor()
        computePrimal()
        computeDuals()
        if repairDualFeasibility(shift: true).flips > 0 { computePrimal() }
      }
      guard let r = chooseLeavingRow(rejected: rejected) else {
        return rejectedCount > 0 ? .numericalTrouble : .optimal
      }
      // The limit is checked after pricing, so an optimal basis is recognised even at the limit.
      if totalIterations >= limit { return .iterationLimit }
      let leaving = basicIndex[r]
      let toLower = x[leaving] < lower[leaving]
      let slope = toLower ? lower[leaving] - x[leaving] : x[leaving] - upper[leaving]
      let sign: Double = toLower ? 1 : -1
      btranUnit(r)
      computePivotRow()
      guard let q = ratioTest(sign: sign, slope: slope) else {
        // The certificate is checked on the matrix itself, so a stale factorization cannot fake it.
        if provesInfeasibility() {
          recordFarkasRay()
          return .infeasible
        }
        if factor.updateCount > 0 {
          factorValid = false
          continue
        }
        rejected[r] = true
        rejectedCount += 1
        continue
      }
      ftranColumn(q)
      let pivotFromColumn = alphaColumn[r]
      let pivotFromRow = alphaRow[q]
      if abs(pivotFromColumn - pivotFromRow) > SimplexParameters.pivotAgreement * (1 + abs(pivotFromColumn))
        || abs(pivotFromColumn) < tolerances.zero
      {
        if factor.updateCount > 0 {
          factorValid = false
          continue
        }
        if abs(pivotFromColumn) < tolerances.pivot {
          rejected[r] = true
          rejectedCount += 1
          continue
        }
      }
      workRow = rho
      factor.solve(&workRow, into: &tau)

      // Dual update; a wrong-signed d_q (allowed by Harris) is shifted to zero first.
      if sign * d[q] / pivotFromRow > 0 {
        workCost[q] -= d[q]
        d[q] = 0
        isPerturbed = true
      }
      let thetaDual = d[q] / pivotFromRow
      if thetaDual != 0 { updateReducedCosts(theta: thetaDual) }
      degenerateRun = abs(thetaDual) <= tolerances.dualFeasibility ? degenerateRun + 1 : 0
      d[q] = 0
      d[leaving] = -thetaDual

      applyFlips()
      let bound = toLower ? lower[leaving] : upper[leaving]
      let thetaPrimal = (x[leaving] - bound) / pivotFromColumn
      if thetaPrimal != 0 { updateBasicValues(theta: thetaPrimal, column: alphaColumn) }
      x[q] += thetaPrimal
      state[leaving] = toLower ? .atLower : .atUpper
      x[leaving] = bound
      state[q] = .basic
      basicIndex[r] = q
      updateWeights(row: r)
      factor.update(position: r, alpha: alphaColumn, dropTolerance: tolerances.zero)
      totalIterations += 1
      if rejectedCount > 0 {
        for p in 0..<m { rejected[p] = false }
        rejectedCount = 0
      }
      if perturbLater && degenerateRun >= SimplexParameters.degenerateBeforePerturbing {
        perturbLater = false
        perturbCosts()
        computeDuals()
        repairDualFeasibility(shift: true)
      }

      if checkCutoff && cutoff < .infinity && totalIterations - lastCutoffCheck >= 1 {
        var objective = problem.objectiveOffset
        for (c, v) in zip(workCost, x) { objective += c * v }
        if objective > cutoff {
          lastCutoffCheck = totalIterations + 10
          if provenLowerBound() > cutoff { return .cutoff }
        }
      }
    }
  }

  /// `alphaRow[j] = rho · a_j` for every non-basic variable (0 for basic ones), accumulated over
  /// the rows where `rho` is non-zero (row-wise copy of the matrix); `alphaRowIndices` receives
  /// the pattern, so the ratio test and the dual update touch only those entries.
  func computePivotRow() {
    let n = self.n
    let m = self.m
    let rowStart = self.rowStart
    let rowColumn = self.rowColumn
    let rowValue = self.rowValue
    let basicIndex = self.basicIndex
    var indices = alphaRowIndices
    alphaRowIndices = []
    rho.withUnsafeBufferPointer { r in
      alphaRow.withUnsafeMutableBufferPointer { out in
        alphaRowMark.withUnsafeMutableBufferPointer { mark in
          for j in indices {
            out[j] = 0
            mark[j] = false
          }
          indices.removeAll(keepingCapacity: true)
          for i in 0..<m {
            let ri = r[i]
            if ri == 0 { continue }
            out[n + i] = ri
            mark[n + i] = true
            indices.append(n + i)
            for e in rowStart[i]..<rowStart[i + 1] {
              let j = rowColumn[e]
              out[j] += ri * rowValue[e]
              if !mark[j] {
                mark[j] = true
                indices.append(j)
              }
            }
          }
          for j in basicIndex { out[j] = 0 }
        }
      }
    }
    alphaRowIndices = indices
  }

  /// `d_j -= theta · alphaRow_j` over the pivot row's pattern (basic variables have `alphaRow_j = 0`).
  func updateReducedCosts(theta: Double) {
    let indices = alphaRowIndices
    alphaRow.withUnsafeBufferPointer { a in
      d.withUnsafeMutableBufferPointer { dv in
        for j in indices { dv[j] -= theta * a[j] }
      }
    }
  }

  /// `x_B -= theta · column` for a vector `column` indexed by basis position.
  func updateBasicValues(theta: Double, column: [Double]) {
    let basicIndex = self.basicIndex
    x.withUnsafeMutableBufferPointer { xv in
      for p in 0..<basicIndex.count { xv[basicIndex[p]] -= theta * column[p] }
    }
  }

  /// Moves the variables chosen by the bound-flipping ratio test to their other bound and
  /// updates the basic values accordingly.
  func applyFlips() {
    if flips.isEmpty { return }
    workRow.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    for j in flips {
      let newState: BasisStatus = state[j] == .atLower ? .atUpper : .atLower
      let newValue = newState == .atLower ? lower[j] : upper[j]
      addColumn(j, times: newValue - x[j], into: &workRow)
      state[j] = newState
      x[j] = newValue
    }
    factor.solve(&workRow, into: &workPosition)
    updateBasicValues(theta: 1, column: workPosition)
  }

  /// Checks the Farkas certificate carried by `rho`: every solution of `[A I] z = 0` satisfies
  /// `Σ_j α_j z_j = 0` with `α_j = rho · a_j`; if the bounds of all variables keep that sum away
  /// from zero, the problem is infeasible. `α_j` is recomputed from the matrix for basic variables,
  /// so the proof does not rest on the accuracy of the factorization.
  /// Keeps the certificate `rho` of the last infeasibility proof in original units (`farkasDuals`).
  func recordFarkasRay() {
    farkasRay.removeAll(keepingCapacity: true)
    for i in 0..<m { farkasRay.append(rho[i] * scaling.rowScale[i]) }
  }

  func provesInfeasibility() -> Bool {
    var low = 0.0
    var high = 0.0
    for j in 0..<(n + m) {
      let a = state[j] == .basic ? columnDot(j, rho) : alphaRow[j]
      if abs(a) <= tolerances.zero { continue }
      let atLow = a > 0 ? lower[j] : upper[j]
      let atHigh = a > 0 ? upper[j] : lower[j]
      if atLow.isFinite { low += a * atLow } else if abs(a) > tolerances.pivot { low = -.infinity }
      if atHigh.isFinite { high += a * atHigh } else if abs(a) > tolerances.pivot { high = .infinity }
    }
    return low > primalTolerance || high < -primalTolerance
  }
}
