/// The primal simplex: the cleanup after the cost perturbation is removed, and the solver of
/// problems the dual cannot start on (no dual feasible basis: unbounded or infeasible).
///
/// Composite phase 1 (Wolfe 1965; Maros 2003, ch. 9): while basic variables break their bounds the
/// costs are -1 below the lower bound, +1 above the upper bound and 0 otherwise; the ratio test
/// stops an infeasible variable when it reaches the bound it approaches. Pricing is Dantzig's
/// largest reduced cost, switching to Bland's smallest-index rule after a run of degenerate steps.
/// The ratio test uses Harris' two passes.
extension DualSimplex {
  /// Runs the primal simplex from the current basis with the true costs.
  func primalSimplex(limit: Int) -> LPStatus {
    workCost = cost
    isPerturbed = false
    dualsValid = false
    var degenerateRun = 0
    var freshFactorTried = false
    while true {
      if !factorValid || factor.wantsRefactor {
        refactor()
        computePrimal()
      }
      var infeasible = false
      for p in 0..<m {
        let j = basicIndex[p]
        if x[j] < lower[j] - primalTolerance {
          workPosition[p] = -1
          infeasible = true
        } else if x[j] > upper[j] + primalTolerance {
          workPosition[p] = 1
          infeasible = true
        } else {
          workPosition[p] = 0
        }
      }
      if !infeasible { for p in 0..<m { workPosition[p] = cost[basicIndex[p]] } }
      factor.solveTransposed(&workPosition, into: &y)
      for j in 0..<(n + m) {
        d[j] = state[j] == .basic ? 0 : (infeasible ? 0 : cost[j]) - columnDot(j, y)
      }
      let bland = degenerateRun >= SimplexParameters.degenerateBeforeBland
      var q = -1
      var best = tolerances.dualFeasibility
      for j in 0..<(n + m) where state[j] != .basic {
        let violation = dualInfeasibility(j)
        if violation > best {
          q = j
          if bland { break }
          best = violation
        }
      }
      if q < 0 {
        if infeasible {
          if factor.updateCount > 0 {
            factorValid = false
            continue
          }
          return .infeasible
        }
        computeDuals()
        return .optimal
      }
      if totalIterations >= limit { return .iterationLimit }
      let direction: Double = d[q] < 0 ? 1 : -1
      ftranColumn(q)
      let (position, step, toUpper) = primalRatioTest(entering: q, direction: direction)
      if step == .infinity {
        if factor.updateCount > 0 || !freshFactorTried {
          freshFactorTried = true
          factorValid = false
          continue
        }
        return infeasible ? .infeasible : .unbounded
      }
      freshFactorTried = false
      degenerateRun = step <= primalTolerance ? degenerateRun + 1 : 0
      if step != 0 {
        x[q] += direction * step
        for p in 0..<m { x[basicIndex[p]] -= direction * step * alphaColumn[p] }
      }
      if position < 0 {
        state[q] = direction > 0 ? .atUpper : .atLower
        x[q] = nonbasicValue(q)
      } else {
        let leaving = basicIndex[position]
        state[leaving] = toUpper ? .atUpper : .atLower
        x[leaving] = toUpper ? upper[leaving] : lower[leaving]
        state[q] = .basic
        basicIndex[position] = q
        weight[position] = 1
        factor.update(position: position, alpha: alphaColumn, dropTolerance: tolerances.zero)
      }
      totalIterations += 1
    }
  }

  /// The primal ratio test for entering `q` moving in `direction` (column in `alphaColumn`).
  ///
  /// - Returns: the leaving position (-1 for a bound flip of `q`), the step length (`infinity`
  ///   when nothing blocks), and whether the leaving variable goes to its upper bound.
  func primalRatioTest(entering q: Int, direction: Double) -> (position: Int, step: Double, toUpper: Bool) {
    let tolerance = primalTolerance
    var bound = Double.infinity
    // Pass 1: the Harris bound with relaxed bounds.
    for p in 0..<m {
      let a = alphaColumn[p]
      if abs(a) <= tolerances.pivot { continue }
      let j = basicIndex[p]
      let rate = -direction * a
      if let (_, distance) = blockingTarget(j, rate: rate) {
        let ratio = (distance + tolerance) / abs(rate)
        if ratio < bound { bound = ratio }
      }
    }
    // Pass 2: the largest pivot among the breakpoints below the Harris bound.
    var position = -1
    var step = Double.infinity
    var toUpper = false
    var bestPivot = 0.0
    for p in 0..<m {
      let a = alphaColumn[p]
      if abs(a) <= tolerances.pivot { continue }
      let j = basicIndex[p]
      let rate = -direction * a
      guard let (targetUpper, distance) = blockingTarget(j, rate: rate) else { continue }
      let ratio = max(0, distance) / abs(rate)
      if ratio <= bound && abs(a) > bestPivot {
        bestPivot = abs(a)
        position = p
        step = ratio
        toUpper = targetUpper
      }
    }
    let range = upper[q] - lower[q]
    if range < step || (position < 0 && range.isFinite) { return (-1, range, false) }
    return (position, step, toUpper)
  }

  /// The bound basic variable `j` runs into when it changes at `rate` per unit step, and the
  /// distance to it; `nil` if it never blocks (moving away from a bound it already breaks).
  @inline(__always)
  func blockingTarget(_ j: Int, rate: Double) -> (toUpper: Bool, distance: Double)? {
    let value = x[j]
    if rate < 0 {
      if value > upper[j] + primalTolerance { return (true, value - upper[j]) }
      if lower[j] > -Double.infinity && value >= lower[j] - primalTolerance { return (false, value - lower[j]) }
      return nil
    }
    if value < lower[j] - primalTolerance { return (false, lower[j] - value) }
    if upper[j] < Double.infinity && value <= upper[j] + primalTolerance { return (true, upper[j] - value) }
    return nil
  }
}
