extension BranchAndBound {
  /// Fix-and-dive (coefficient diving, Achterberg 2007, §9.2): repeatedly fixes one fractional
  /// integer column, the one with the fewest locks in its rounding direction (ties: smallest
  /// fractionality, then lowest index), propagates, and re-solves the LP from the current basis,
  /// until the LP solution is integral (offered as a solution), infeasible twice in a row, cut off,
  /// or the iteration budget is spent. One backtrack flips the last fixing. The engine's bounds and
  /// basis are restored afterwards by the caller's basis and by reloading `lower`/`upper`.
  func dive(lower startLower: [Double], upper startUpper: [Double], maxIterations: Int) {
    let savedLower = lpLower, savedUpper = lpUpper
    let savedBasis = lp.basis
    defer {
      loadBounds(lower: savedLower, upper: savedUpper)
      lp.basis = savedBasis
    }
    var lower = startLower, upper = startUpper
    let startIterations = lp.iterationCount
    var x = lp.columnValues
    let maxSteps = 2 * problem.columnCount + 10
    for _ in 0..<maxSteps {
      let fractional = fractionalColumns(x)
      if fractional.isEmpty {
        offerSolution(x)
        return
      }
      if lp.iterationCount - startIterations > maxIterations || reachedLimit() != nil { return }
      // Choose the column and direction.
      var chosen = -1
      var chosenUp = false
      var bestLocks = Int32.max
      var bestFraction = Double.infinity
      for j in fractional {
        let fraction = x[j] - x[j].rounded(.down)
        let up = upLocks[j] < downLocks[j] || (upLocks[j] == downLocks[j] && fraction >= 0.5)
        let locks = up ? upLocks[j] : downLocks[j]
        let distance = up ? 1 - fraction : fraction
        if locks < bestLocks || (locks == bestLocks && distance < bestFraction) {
          chosen = j
          chosenUp = up
          bestLocks = locks
          bestFraction = distance
        }
      }
      var succeeded = false
      for attempt in 0..<2 {
        let up = attempt == 0 ? chosenUp : !chosenUp
        var trialLower = lower, trialUpper = upper
        if up { trialLower[chosen] = x[chosen].rounded(.up) } else { trialUpper[chosen] = x[chosen].rounded(.down) }
        if trialLower[chosen] > trialUpper[chosen] { continue }
        guard propagator.propagate(lower: &trialLower, upper: &trialUpper, startColumns: [chosen]) else { continue }
        loadBounds(lower: trialLower, upper: trialUpper)
        lp.setObjectiveCutoff(lpCutoff)
        let before = lp.iterationCount
        let status = lp.solve(iterationLimit: min(remainingIterations, max(100, maxIterations)))
        heuristicIterations += lp.iterationCount - before
        if status == .optimal {
          lower = trialLower
          upper = trialUpper
          x = lp.columnValues
          succeeded = true
          break
        }
        if status == .iterationLimit { return }
      }
      if !succeeded { return }
    }
  }
}
