extension BranchAndBound {
  /// The branching decision at a node.
  enum BranchingDecision {
    /// Branch on `column`; the bounds are the children's LP bounds when strong branching solved them.
    case branch(column: Int, downBound: Double, upBound: Double)
    /// Strong branching proved one direction infeasible: tighten and re-solve the node.
    case tighten([BoundChange])
    /// Strong branching proved both directions infeasible.
    case infeasible
  }

  /// Reliability branching (Achterberg 2007, §5.4): candidates are ranked by pseudo-cost score; those
  /// whose pseudo-costs have fewer than `reliability` observations are strong-branched (dual simplex
  /// with an iteration limit) until `maxStrongCandidates` were tried or several in a row did not
  /// improve the best score. Ties go to the lowest column index.
  func selectBranching(x: [Double], fractional: [Int], objective: Double, depth: Int, basis: LPBasis)
    -> BranchingDecision
  {
    var ranked: [(column: Int, score: Double)] = fractional.map { j in
      let fraction = x[j] - x[j].rounded(.down)
      return (j, pseudoCosts.score(column: j, fraction: fraction))
    }
    ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.column < $1.column }

    var best = ranked[0].column
    var bestScore = -Double.infinity
    var bestDown = -Double.infinity, bestUp = -Double.infinity
    var strongTried = 0
    var sinceImprovement = 0
    // Node LP iterations only (strong branching and heuristics excluded), so the budget cannot feed itself.
    let nodeIterations = max(1, lp.iterationCount - strongBranchingIterations - heuristicIterations)
    let perSolveLimit = max(20, 2 * nodeIterations / max(1, nodeCount + 1))
    let budgetOK =
      depth == 0 || strongBranchingIterations <= 2 * nodeIterations + 2000 + 5 * problem.columnCount
    let maxTries = depth == 0 ? 2 * maxStrongCandidates : maxStrongCandidates

    for (column, estimate) in ranked {
      var score = estimate
      var downBound = -Double.infinity, upBound = -Double.infinity
      let useStrong = budgetOK && strongTried < maxTries && sinceImprovement < 4
        && !pseudoCosts.isReliable(column: column, threshold: reliability)
      if useStrong {
        strongTried += 1
        let value = x[column]
        let down = strongBranch(column: column, lower: lpLower[column], upper: value.rounded(.down), limit: perSolveLimit, basis: basis)
        let up = strongBranch(column: column, lower: value.rounded(.up), upper: lpUpper[column], limit: perSolveLimit, basis: basis)
        switch (down, up) {
        case (nil, nil):
          return .infeasible
        case (nil, _):
          return .tighten([BoundChange(column: Int32(column), lower: value.rounded(.up), upper: lpUpper[column])])
        case (_, nil):
          return .tighten([BoundChange(column: Int32(column), lower: lpLower[column], upper: value.rounded(.down))])
        case (let downResult?, let upResult?):
          let downGain = max(0, downResult.value - objective)
          let upGain = max(0, upResult.value - objective)
          if downResult.exact {
            pseudoCosts.record(column: column, up: false, distance: value - value.rounded(.down), gain: downGain)
            downBound = downResult.value
          }
          if upResult.exact {
            pseudoCosts.record(column: column, up: true, distance: value.rounded(.up) - value, gain: upGain)
            upBound = upResult.value
          }
          score = PseudoCosts.productScore(down: downGain, up: upGain)
        }
      }
      if score > bestScore {
        bestScore = score
        best = column
        bestDown = downBound
        bestUp = upBound
        sinceImprovement = 0
      } else if useStrong {
        sinceImprovement += 1
      }
    }
    return .branch(column: best, downBound: bestDown, upBound: bestUp)
  }

  /// Solves the node LP with `column` restricted to `[lower, upper]` for at most `limit` iterations,
  /// then restores the bounds and the basis. Returns `nil` when the branch is infeasible or cut off;
  /// otherwise the objective and whether the LP finished (only then is it a bound).
  private func strongBranch(column: Int, lower: Double, upper: Double, limit: Int, basis: LPBasis)
    -> (value: Double, exact: Bool)?
  {
    let savedLower = lpLower[column], savedUpper = lpUpper[column]
    lp.setColumnBounds(column, lower: lower, upper: upper)
    lp.setObjectiveCutoff(lpCutoff)
    let before = lp.iterationCount
    let status = lp.solve(iterationLimit: min(limit, remainingIterations))
    strongBranchingIterations += lp.iterationCount - before
    let value = lp.objectiveValue
    if status == .cutoff || status == .infeasible || (status == .optimal && isPruned(value)) {
      lpLower[column] = lower
      lpUpper[column] = upper
      if status == .infeasible { learnFromInfeasibility() } else { learnFromCutoff() }
      lpLower[column] = savedLower
      lpUpper[column] = savedUpper
    }
    lp.setColumnBounds(column, lower: savedLower, upper: savedUpper)
    lp.basis = basis
    switch status {
    case .infeasible: return nil
    case .cutoff:
      noteCutoff()
      return nil
    case .optimal: return (isPruned(value) ? nil : (value, true))
    case .iterationLimit, .unbounded: return (value.isFinite ? value : -.infinity, false)
    }
  }
}
