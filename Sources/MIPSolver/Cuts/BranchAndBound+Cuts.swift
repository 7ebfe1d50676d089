extension BranchAndBound {
  /// Root cut loop: separates lifted knapsack covers, c-MIR cuts and Gomory mixed-integer cuts from
  /// the current LP solution, adds the violated ones and re-solves, for a few rounds while the bound
  /// moves. In pure integer problems, cuts that are slack at the start of a round are removed first,
  /// so the LP stays small.
  func separateRootCuts() {
    let separator = KnapsackCoverSeparator(problem: problem, tolerances: tolerances)
    let mir = MIRSeparator(problem: problem, tolerances: tolerances)
    let gomory = GomorySeparator(problem: problem)
    let maxRounds = 20
    var stalled = 0
    for _ in 0..<maxRounds {
      let x = lp.columnValues
      if fractionalColumns(x).isEmpty { return }
      if isPureInteger { purgeSlackCuts() }
      var cuts = separator.separate(x: x, lower: rootLower, upper: rootUpper)
        + mir.separate(x: x, lower: rootLower, upper: rootUpper)
      // Gomory cuts only in pure integer problems: measured, in mixed ones (planner models with
      // continuous payments, bell5) they tighten the root but the tree grows (1.3x to 1.7x).
      if options.gomoryCuts && isPureInteger {
        cuts += gomory.separate(lp: lp, x: x, lower: rootLower, upper: rootUpper, cuts: cutRows)
      }
      if cuts.isEmpty { return }
      lp.addRows(cuts)
      cutRows += cuts
      cutCount += cuts.count
      lp.setObjectiveCutoff(lpCutoff)
      let status = lp.solve(iterationLimit: remainingIterations)
      if status == .cutoff { noteCutoff() }
      guard status == .optimal else { return }
      let objective = lp.objectiveValue
      trace?("cut round: \(cuts.count) cuts, bound \(objective), rows \(lp.rowCount)")
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

  /// Removes the added cuts that are not tight at the engine's current solution (slack above
  /// `1e-6` relative to the side), keeping the others in order.
  func purgeSlackCuts() {
    guard !cutRows.isEmpty else { return }
    let activity = lp.rowActivities
    var doomed: [Int] = []
    var kept: [LPRow] = []
    for (k, cut) in cutRows.enumerated() {
      let a = activity[problem.rowCount + k]
      let tightBelow = cut.lower.isFinite && a - cut.lower <= 1e-6 * max(1, abs(cut.lower))
      let tightAbove = cut.upper.isFinite && cut.upper - a <= 1e-6 * max(1, abs(cut.upper))
      if tightBelow || tightAbove {
        kept.append(cut)
      } else {
        doomed.append(problem.rowCount + k)
      }
    }
    if doomed.isEmpty { return }
    lp.removeRows(doomed)
    cutRows = kept
  }
}
