extension BranchAndBound {
  /// Gomory cuts in mixed problems: at most this many per round, the most efficacious.
  static var mixedGomoryCuts: Int { 40 }
  /// Gomory cuts in mixed problems: only in this many first rounds of each cut loop.
  static var mixedGomoryRounds: Int { 2 }

  /// Root cut loop: separates lifted knapsack covers, c-MIR cuts and Gomory mixed-integer cuts from
  /// the current LP solution, adds the violated ones and re-solves, for a few rounds while the bound
  /// moves. In pure integer problems, cuts that are slack at the start of a round are removed first,
  /// so the LP stays small.
  ///
  /// In mixed problems the cuts that are slack at the root optimum leave the LP at the end of the loop.
  /// Mixed problems whose integers are all binary (`isMixedBinary`, like the planner's models) also get
  /// Gomory cuts, in small doses: `mixedGomoryCuts` per round in the first `mixedGomoryRounds` rounds.
  /// Measured on 100 robust samples of the bundled planner model (gap 0.005): mean solve 3.47 s to
  /// 2.35 s, worst 60 s (unsolved) to 7.9 s, nodes 680k to 297k; the bundled plan's solve 7.0 s to
  /// 5.6 s. Unlimited (100 per round, every round, all kept) they tightened the root further but made
  /// every node LP slower: twice the time.
  func separateRootCuts() {
    let separator = KnapsackCoverSeparator(problem: problem, tolerances: tolerances)
    let mir = MIRSeparator(problem: problem, tolerances: tolerances)
    let gomory = GomorySeparator(problem: problem)
    let maxRounds = 20
    var stalled = 0
    // Whether the engine holds the optimum of the LP with all cuts (the purge reads its row activities).
    var optimal = true
    defer { if !isPureInteger && optimal { purgeSlackCuts() } }
    for round in 0..<maxRounds {
      let x = lp.columnValues
      if fractionalColumns(x).isEmpty { return }
      if isPureInteger { purgeSlackCuts() }
      var cuts = separator.separate(x: x, lower: rootLower, upper: rootUpper)
        + mir.separate(x: x, lower: rootLower, upper: rootUpper)
      if options.gomoryCuts && (isPureInteger || (isMixedBinary && round < Self.mixedGomoryRounds)) {
        cuts += gomory.separate(
          lp: lp, x: x, lower: rootLower, upper: rootUpper, cuts: cutRows,
          limit: isPureInteger ? gomory.maximumCuts : Self.mixedGomoryCuts)
      }
      if cuts.isEmpty { return }
      lp.addRows(cuts)
      cutRows += cuts
      cutCount += cuts.count
      lp.setObjectiveCutoff(lpCutoff)
      let status = lp.solve(iterationLimit: remainingIterations)
      if status == .cutoff { noteCutoff() }
      optimal = status == .optimal
      guard optimal else { return }
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
