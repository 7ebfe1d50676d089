extension BranchAndBound {
  /// Root cut loop: separates lifted knapsack covers and c-MIR cuts from the current LP solution,
  /// adds the violated ones and re-solves, for a few rounds while the bound moves.
  func separateRootCuts() {
    let separator = KnapsackCoverSeparator(problem: problem, tolerances: tolerances)
    let mir = MIRSeparator(problem: problem, tolerances: tolerances)
    let maxRounds = 20
    var stalled = 0
    for _ in 0..<maxRounds {
      let x = lp.columnValues
      if fractionalColumns(x).isEmpty { return }
      let cuts = separator.separate(x: x, lower: rootLower, upper: rootUpper)
        + mir.separate(x: x, lower: rootLower, upper: rootUpper)
      if cuts.isEmpty { return }
      lp.addRows(cuts)
      cutCount += cuts.count
      lp.setObjectiveCutoff(lpCutoff)
      let status = lp.solve(iterationLimit: remainingIterations)
      if status == .cutoff { noteCutoff() }
      guard status == .optimal else { return }
      let objective = lp.objectiveValue
      trace?("cut round: \(cuts.count) cuts, bound \(objective)")
      let improvement = objective - rootObjective
      rootObjective = max(rootObjective, objective)
      if improvement <= 1e-6 * max(1, abs(objective)) {
        stalled += 1
        if stalled >= 2 { return }
      } else {
        stalled = 0
      }
    }
  }
}
