extension BranchAndBound {
  /// At most this many restarts of the tree after the incumbent improves.
  var maxRestarts: Int { 3 }
  /// Restarts are considered only while the tree has at most this many nodes.
  var restartNodeLimit: Int { 20_000 }

  /// Keeps the cuts that are tight at the root optimum and pushes the root node.
  ///
  /// In pure integer problems only the tight cuts go into the tree (smaller node LPs); measured,
  /// keeping the tight Gomory cuts carries `pf_n40_s1`'s bound through the tree (proven in 6 s
  /// instead of not in 30 s).
  func pushRoot() {
    if isPureInteger && !cutRows.isEmpty {
      loadBounds(lower: rootLower, upper: rootUpper)
      lp.setObjectiveCutoff(.infinity)
      if lp.solve(iterationLimit: remainingIterations) == .optimal {
        purgeSlackCuts()
      }
      trace?("root keeps \(cutRows.count) cuts, rows \(lp.rowCount)")
    }
    learnRootProof()
    queue.push(
      SearchNode(
        id: nextNodeID, depth: 0, bound: rootObjective, changes: [], basis: lp.basis, branchColumn: -1,
        branchedUp: false, branchDistance: 0, parentObjective: rootObjective))
    nextNodeID += 1
  }

  /// After the incumbent improved in the tree: root reduced-cost fixing with the new cutoff (the
  /// fixings are global, kept in `rootLower`/`rootUpper` whatever follows). When it fixes at least
  /// 5% of the integer columns, the open nodes are dropped and the search restarts from the root
  /// on the smaller domain, with propagation, new cut rounds and the pseudo-costs learnt so far
  /// (HiGHS restarts similarly; Achterberg 2007, §10.9). Returns whether the tree was restarted.
  func restartFromRoot() -> Bool {
    let integerCount = problem.isInteger.filter { $0 }.count
    loadBounds(lower: rootLower, upper: rootUpper)
    lp.setObjectiveCutoff(lpCutoff)
    let status = lp.solve(iterationLimit: remainingIterations)
    switch status {
    case .cutoff, .infeasible:
      // No solution better than the incumbent (beyond the gap allowance) exists.
      noteCutoff()
      queue = NodeQueue()
      return true
    case .iterationLimit, .unbounded:
      return false
    case .optimal:
      break
    }
    var fixings: [BoundChange] = []
    reducedCostFixing(objective: lp.objectiveValue, lower: &rootLower, upper: &rootUpper, changes: &fixings)
    trace?("restart check at node \(nodeCount): \(fixings.count) fixings")
    if fixings.count * 20 < integerCount { return false }
    queue = NodeQueue()
    guard propagator.propagate(lower: &rootLower, upper: &rootUpper, startColumns: fixings.map { Int($0.column) })
    else {
      noteCutoff()
      return true
    }
    loadBounds(lower: rootLower, upper: rootUpper)
    lp.setObjectiveCutoff(lpCutoff)
    switch lp.solve(iterationLimit: remainingIterations) {
    case .cutoff, .infeasible:
      noteCutoff()
      return true
    case .iterationLimit, .unbounded:
      // Keep a root node so the search stays complete.
      pushRoot()
      return true
    case .optimal:
      break
    }
    rootObjective = max(rootObjective, lp.objectiveValue)
    if options.cuts { separateRootCuts() }
    trace?("restart at node \(nodeCount): bound \(rootObjective), cuts \(cutRows.count)")
    rootReducedCostRounds()
    pushRoot()
    return true
  }
}
