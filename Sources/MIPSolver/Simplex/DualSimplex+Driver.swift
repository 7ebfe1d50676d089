/// The solve driver: dual phase 1 when needed, perturbed dual phase 2, unperturbing with a primal
/// cleanup, and the final check of the solution against the original problem.
extension DualSimplex {
  /// Solves from the current basis, performing at most `iterationLimit` simplex iterations.
  ///
  /// An `.optimal` answer has passed the check against the original (unscaled) rows and bounds
  /// with `tolerances.solutionCheck`; when the check fails, the engine refactorizes, tightens its
  /// primal tolerance and solves again (up to `SimplexParameters.checkRounds` rounds).
  public func solve(iterationLimit: Int) -> LPStatus {
    let (sum, overflow) = totalIterations.addingReportingOverflow(max(0, iterationLimit))
    let limit = overflow ? Int.max : sum
    primalTolerance = tolerances.primalFeasibility
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
    lastStatus = status
    return status
  }

  /// One pass of the solve logic from the current basis.
  func runSolve(limit: Int) -> LPStatus {
    if !factorValid { refactor() }
    workCost = cost
    isPerturbed = false
    computePrimal()
    computeDuals()
    var mayPerturb = true
    for _ in 0..<SimplexParameters.checkRounds + 2 {
      let repair = repairDualFeasibility(shift: false)
      if repair.flips > 0 { computePrimal() }
      if repair.remaining > 0 {
        if dualPhase1(limit: limit) > 0 { return primalSimplex(limit: limit) }
        if totalIterations >= limit { return .iterationLimit }
      }
      if mayPerturb && hasPrimalInfeasibility() {
        perturbCosts()
        computeDuals()
        mayPerturb = false
      }
      switch dualPhase2(limit: limit, checkCutoff: true) {
      case .infeasible: return .infeasible
      case .cutoff: return .cutoff
      case .iterationLimit: return .iterationLimit
      case .numericalTrouble: return primalSimplex(limit: limit)
      case .optimal:
        workCost = cost
        isPerturbed = false
        computeDuals()
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
