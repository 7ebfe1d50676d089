/// The solve driver: dual phase 1 when needed, perturbed dual phase 2, unperturbing with a primal
/// cleanup, and the final check of the solution against the original problem.
extension DualSimplex {
  /// Solves from the current basis, performing at most `iterationLimit` simplex iterations.
  ///
  /// An `.optimal` answer has passed the check against the original (unscaled) rows and bounds
  /// with `tolerances.solutionCheck`; when the check fails, the engine refactorizes, tightens its
  /// primal tolerance and solves again (up to `SimplexParameters.checkRounds` rounds), and as a
  /// last resort drops the scaling and solves the unscaled problem from the same basis. If even
  /// that fails the check the status stays `.optimal` (the caller's own check decides).
  public func solve(iterationLimit: Int) -> LPStatus {
    let (sum, overflow) = totalIterations.addingReportingOverflow(max(0, iterationLimit))
    let limit = overflow ? Int.max : sum
    primalTolerance = tolerances.primalFeasibility
    farkasRay.removeAll(keepingCapacity: true)
    for j in 0..<n where problem.columnLower[j] > problem.columnUpper[j] {
      lastStatus = .infeasible
      return .infeasible
    }
    var status = runSolve(limit: limit)
    var round = 1
    while status == .optimal && maximumViolation() > tolerances.solutionCheck
      && round < SimplexParameters.checkRounds
    {
      primalTolerance *= 0.1
      factorValid = false
      status = runSolve(limit: limit)
      round += 1
    }
    if status == .optimal && maximumViolation() > tolerances.solutionCheck && isScaled {
      removeScaling()
      primalTolerance = tolerances.primalFeasibility
      status = runSolve(limit: limit)
    }
    lastStatus = status
    return status
  }

  /// Whether the computational form is scaled (some factor differs from 1).
  var isScaled: Bool {
    scaling.rowScale.contains { $0 != 1 } || scaling.columnScale.contains { $0 != 1 }
  }

  /// Switches to the unscaled problem, keeping the basis (values are converted, non-basic
  /// variables put back exactly on their bounds).
  func removeScaling() {
    for j in 0..<n { x[j] *= scaling.columnScale[j] }
    for i in 0..<m { x[n + i] /= scaling.rowScale[i] }
    scaling = LPScaling(rowCount: m, columnCount: n)
    buildComputationalForm()
    for j in 0..<(n + m) where state[j] != .basic {
      state[j] = nonbasicStatus(j, preferring: state[j])
      x[j] = nonbasicValue(j)
    }
    weight = Array(repeating: 1, count: m)
    snapshots = []
  }

  /// One pass of the solve logic from the current basis.
  func runSolve(limit: Int) -> LPStatus {
    if !factorValid {
      refactor()
      dualsValid = false
    }
    if isPerturbed || !dualsValid {
      workCost = cost
      isPerturbed = false
      computeDuals()
    }
    computePrimal()
    // A cold start is perturbed at once; a warm start only when it stalls (see `dualPhase2`).
    var mayPerturb = true
    let coldStart = totalIterations == 0
    for _ in 0..<SimplexParameters.checkRounds + 2 {
      let repair = repairDualFeasibility(shift: false)
      if repair.flips > 0 { computePrimal() }
      if repair.remaining > 0 {
        if dualPhase1(limit: limit) > 0 { return primalSimplex(limit: limit) }
        if totalIterations >= limit { return .iterationLimit }
      }
      if mayPerturb && coldStart && hasPrimalInfeasibility() {
        perturbCosts()
        computeDuals()
        mayPerturb = false
      }
      let outcome = dualPhase2(limit: limit, checkCutoff: true, mayPerturb: mayPerturb)
      mayPerturb = false
      switch outcome {
      case .infeasible: return .infeasible
      case .cutoff: return .cutoff
      case .iterationLimit: return .iterationLimit
      case .numericalTrouble: return primalSimplex(limit: limit)
      case .optimal:
        if isPerturbed {
          workCost = cost
          isPerturbed = false
          computeDuals()
        }
        let cleanup = repairDualFeasibility(shift: false)
        if cleanup.flips > 0 { computePrimal() }
        if cleanup.remaining > 0 { return primalSimplex(limit: limit) }
        if cleanup.flips > 0 { continue }
        return .optimal
      }
    }
    return primalSimplex(limit: limit)
  }

  /// Whether some basic variable breaks its bounds.
  func hasPrimalInfeasibility() -> Bool {
    for p in 0..<m where primalInfeasibility(basicIndex[p]) > 0 { return true }
    return false
  }
}
