extension BranchAndBound {
  /// Learns a dual proof after the engine's LP on the box `[lpLower, lpUpper]` reached the cutoff
  /// (stopped at it, or solved with an objective the cutoff prunes). Every added row is a root cut,
  /// valid for every point better than the incumbent, so the duals of all rows take part.
  func learnFromCutoff() {
    guard conflictPool.capacity > 0 else { return }
    let cutoff = proofCutoff
    guard cutoff.isFinite else { return }
    let duals = lp.rowDuals
    guard duals.count == problem.rowCount + cutRows.count else { return }
    let proof = proofBuilder.derive(
      duals: duals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: cutRows,
      usesCutoff: true, cutoff: cutoff, globalLower: rootLower, globalUpper: rootUpper, localLower: lpLower,
      localUpper: lpUpper, tolerance: tolerances.primalFeasibility)
    if let proof { conflictPool.add(proof, globalLower: rootLower, globalUpper: rootUpper) }
  }

  /// The objective value that every point still of interest attains or beats: `lpCutoff`, or with
  /// an integral objective the largest lattice point not above it (plus round-off), since every
  /// solution's value lies on the lattice.
  var proofCutoff: Double {
    let cutoff = lpCutoff
    guard let unit = objectiveUnit, cutoff.isFinite else { return cutoff }
    let offset = problem.lp.objectiveOffset
    let steps = ((cutoff - offset) / unit + 1e-6).rounded(.down)
    return min(cutoff, offset + steps * unit + 1e-6 * unit)
  }

  /// Learns a Farkas proof after the engine proved the LP on `[lpLower, lpUpper]` infeasible: the
  /// certificate's multipliers (or their negation, whichever the node violates) give a proof that
  /// holds for every feasible point.
  func learnFromInfeasibility() {
    guard conflictPool.capacity > 0, let ray = lp.farkasDuals, ray.count == problem.rowCount + cutRows.count
    else { return }
    for sign in [1.0, -1.0] {
      let duals = sign == 1 ? ray : ray.map { -$0 }
      let proof = proofBuilder.derive(
        duals: duals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: cutRows,
        usesCutoff: false, cutoff: 0, globalLower: rootLower, globalUpper: rootUpper, localLower: lpLower,
        localUpper: lpUpper, tolerance: tolerances.primalFeasibility)
      if let proof {
        conflictPool.add(proof, globalLower: rootLower, globalUpper: rootUpper)
        return
      }
    }
  }

  /// Re-solves the root LP (warm) and pins the proof from its duals: with the current cutoff it
  /// bounds every column by its reduced cost at the node's own bounds, a generalized reduced-cost
  /// fixing that strengthens as the incumbent improves.
  func learnRootProof() {
    guard conflictPool.capacity > 0 else { return }
    loadBounds(lower: rootLower, upper: rootUpper)
    lp.setObjectiveCutoff(.infinity)
    guard lp.solve(iterationLimit: remainingIterations) == .optimal else { return }
    let duals = lp.rowDuals
    guard duals.count == problem.rowCount + cutRows.count else { return }
    let proof = proofBuilder.derive(
      duals: duals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: cutRows,
      usesCutoff: true, cutoff: proofCutoff, globalLower: rootLower, globalUpper: rootUpper, localLower: rootLower,
      localUpper: rootUpper, tolerance: tolerances.primalFeasibility, pinned: true)
    conflictPool.pin(proof)
  }

  /// Model-row propagation (from `startColumns`, `nil`: every row) interleaved with passes over the
  /// conflict pool, at most two rounds. Returns `false` when the box holds no point better than
  /// the cutoff; a pruning or tightening that rests on an objective proof is noted like an LP cutoff.
  func propagateNode(lower: inout [Double], upper: inout [Double], startColumns: [Int]?) -> Bool {
    guard propagator.propagate(lower: &lower, upper: &upper, startColumns: startColumns) else { return false }
    guard conflictPool.count > 0 else { return true }
    let cutoff = proofCutoff
    for _ in 0..<2 {
      conflictChanged.removeAll(keepingCapacity: true)
      switch conflictPool.propagate(
        lower: &lower, upper: &upper, cutoff: cutoff,
        changed: &conflictChanged) {
      case .infeasible(let usedCutoff):
        if usedCutoff { noteCutoff() }
        return false
      case .propagated(let tightened, let usedCutoff):
        if tightened == 0 { return true }
        if usedCutoff { noteCutoff() }
        guard propagator.propagate(lower: &lower, upper: &upper, startColumns: conflictChanged) else { return false }
      }
    }
    return true
  }
}
