extension BranchAndBound {
  /// What processing one node produced.
  enum NodeOutcome {
    /// The node is infeasible, cut off, or integral (its solution was offered).
    case pruned
    /// A limit stopped the node's LP.
    case limit(SolveLimit)
    /// The node was split; `preferred` is the child to dive into.
    case branched(preferred: SearchNode, other: SearchNode)
  }

  /// Runs the search to the end or to a limit.
  func run() -> BranchAndBoundResult {
    // Root propagation.
    guard propagator.propagate(lower: &rootLower, upper: &rootUpper) else { return finish(.infeasible) }
    loadBounds(lower: rootLower, upper: rootUpper)
    lp.setObjectiveCutoff(.infinity)
    switch lp.solve(iterationLimit: remainingIterations) {
    case .infeasible: return finish(.infeasible)
    case .unbounded: return finish(.unbounded)
    case .iterationLimit, .cutoff: return finish(.limitReached(.iterations), openBound: -.infinity)
    case .optimal: break
    }
    rootObjective = lp.objectiveValue
    trace?("root lp \(rootObjective) iterations \(lp.iterationCount)")
    if options.cuts { separateRootCuts() }
    trace?("root after \(cutCount) cuts \(rootObjective) iterations \(lp.iterationCount)")
    if options.heuristics {
      let x = lp.columnValues
      if !fractionalColumns(x).isEmpty {
        simpleRounding(x)
        dive(lower: rootLower, upper: rootUpper, maxIterations: max(2000, 2 * lp.iterationCount))
        subMIPHeuristic(x: x, lower: rootLower, upper: rootUpper, nodeLimit: 500)
        lastSubMIPNode = 0
      } else {
        offerSolution(x)
      }
    }
    trace?("root heuristics incumbent \(incumbentValue) iterations \(lp.iterationCount)")
    rootReducedCostRounds()
    pushRoot()
    return search()
  }

  /// Root reduced-cost fixing with the incumbent; when it fixes many integer columns, propagation,
  /// another round of cuts on the smaller domain and a new dive follow (a light form of the root
  /// restarts of Achterberg 2007, §10.9), up to three times.
  func rootReducedCostRounds() {
    let integerCount = problem.isInteger.filter { $0 }.count
    for _ in 0..<4 {
      guard incumbentValue.isFinite, !isPruned(rootObjective) else { return }
      loadBounds(lower: rootLower, upper: rootUpper)
      lp.setObjectiveCutoff(lpCutoff)
      guard lp.solve(iterationLimit: remainingIterations) == .optimal else { return }
      rootObjective = max(rootObjective, lp.objectiveValue)
      var fixings: [BoundChange] = []
      reducedCostFixing(objective: lp.objectiveValue, lower: &rootLower, upper: &rootUpper, changes: &fixings)
      trace?("root reduced-cost fixing: \(fixings.count) bounds")
      if fixings.count * 20 < integerCount { return }
      guard propagator.propagate(lower: &rootLower, upper: &rootUpper, startColumns: fixings.map { Int($0.column) })
      else { return }
      loadBounds(lower: rootLower, upper: rootUpper)
      lp.setObjectiveCutoff(lpCutoff)
      guard lp.solve(iterationLimit: remainingIterations) == .optimal else { return }
      rootObjective = max(rootObjective, lp.objectiveValue)
      if options.cuts { separateRootCuts() }
      trace?("root after restart cuts \(cutCount) bound \(rootObjective)")
      if options.heuristics && !fractionalColumns(lp.columnValues).isEmpty {
        dive(lower: rootLower, upper: rootUpper, maxIterations: max(2000, lp.iterationCount))
      }
    }
  }

  /// The main loop: pop (or plunge), process, branch.
  private func search() -> BranchAndBoundResult {
    var plunge: SearchNode?
    var restartIncumbent = incumbentValue
    var restarts = 0
    while true {
      // Restarts only in the main search (sub-MIPs have no engine factory) of pure integer problems.
      if incumbentValue < restartIncumbent && restarts < maxRestarts && nodeCount <= restartNodeLimit
        && makeEngine != nil && isPureInteger && reachedLimit() == nil
      {
        restartIncumbent = incumbentValue
        if let child = plunge {
          queue.push(child)
          plunge = nil
        }
        if restartFromRoot() {
          restarts += 1
          restartCount += 1
        }
      }
      let openBound = min(queue.minimumBound, plunge?.bound ?? .infinity)
      if openBound == .infinity { break }
      if incumbentValue.isFinite && roundedBound(openBound) >= incumbentValue - gapAllowance { break }
      if let limit = reachedLimit() {
        if let plunge { queue.push(plunge) }
        return finish(.limitReached(limit), openBound: min(queue.minimumBound, openBound))
      }
      reportProgress(openBound: openBound)
      let node: SearchNode
      let warm: Bool
      if let child = plunge {
        node = child
        warm = true
        plunge = nil
      } else if let next = queue.pop() {
        node = next
        warm = false
      } else {
        break
      }
      if isPruned(node.bound) { continue }
      nodeCount += 1
      switch process(node, warm: warm) {
      case .pruned:
        continue
      case .limit(let limit):
        queue.push(node)
        return finish(.limitReached(limit), openBound: min(queue.minimumBound, node.bound))
      case .branched(let preferred, let other):
        queue.push(other)
        if shouldPlunge(into: preferred) { plunge = preferred } else { queue.push(preferred) }
      }
    }
    if incumbent != nil { return finish(.optimal, openBound: min(queue.minimumBound, plunge?.bound ?? .infinity)) }
    return finish(.infeasible)
  }

  /// Whether to keep diving into `child` rather than return to the best-bound node.
  private func shouldPlunge(into child: SearchNode) -> Bool {
    guard incumbentValue.isFinite else { return true }
    let best = min(queue.minimumBound, child.bound)
    // With an integral objective, nodes whose bounds round to the best bound's lattice point must
    // all be solved whatever the order, so depth first costs nothing and finds solutions sooner.
    if isPureInteger && objectiveUnit != nil && roundedBound(child.bound) <= roundedBound(best) { return true }
    return child.bound <= best + 0.25 * (incumbentValue - best)
  }

  /// The result for `outcome`; `openBound` is the smallest bound of the unexplored nodes.
  func finish(_ outcome: BranchAndBoundResult.Outcome, openBound: Double = .infinity) -> BranchAndBoundResult {
    var bound: Double
    switch outcome {
    case .infeasible, .unbounded:
      bound = outcome == .infeasible ? .infinity : -.infinity
    case .optimal, .limitReached:
      bound = min(roundedBound(openBound), incumbentValue, gapPrunedBound)
    }
    if outcome == .optimal && bound > incumbentValue { bound = incumbentValue }
    trace?("conflict pool: \(conflictPool.added) proofs learnt, \(conflictPool.count) kept, \(conflictPool.prunings) prunings, \(conflictPool.tightenings) tightenings")
    return BranchAndBoundResult(
      outcome: outcome, solution: outcome == .infeasible || outcome == .unbounded ? nil : incumbent,
      objective: incumbentValue, bound: bound, nodes: nodeCount, iterations: lp.iterationCount + subMIPIterations)
  }

  /// The integer columns of `x` that are fractional, in index order.
  func fractionalColumns(_ x: [Double]) -> [Int] {
    var result: [Int] = []
    for j in 0..<x.count where problem.isInteger[j] {
      if abs(x[j] - x[j].rounded()) > tolerances.integrality { result.append(j) }
    }
    return result
  }

  /// Processes one node: bounds, propagation, LP, then an incumbent or a branching.
  private func process(_ node: SearchNode, warm: Bool) -> NodeOutcome {
    var lower = rootLower, upper = rootUpper
    var changes = node.changes
    var touched: [Int] = []
    touched.reserveCapacity(changes.count)
    for change in changes {
      let j = Int(change.column)
      lower[j] = max(lower[j], change.lower)
      upper[j] = min(upper[j], change.upper)
      if lower[j] > upper[j] { return .pruned }
      touched.append(j)
    }
    guard propagateNode(lower: &lower, upper: &upper, startColumns: touched) else { return .pruned }
    loadBounds(lower: lower, upper: upper)
    if !warm, let basis = node.basis { lp.basis = basis }
    var firstSolve = true
    while true {
      lp.setObjectiveCutoff(lpCutoff)
      let status = lp.solve(iterationLimit: remainingIterations)
      switch status {
      case .cutoff:
        noteCutoff()
        learnFromCutoff()
        return .pruned
      case .infeasible:
        learnFromInfeasibility()
        return .pruned
      case .unbounded:
        return .pruned
      case .iterationLimit:
        return .limit(.iterations)
      case .optimal:
        break
      }
      let objective = max(lp.objectiveValue, node.bound)
      if firstSolve && node.branchColumn >= 0 {
        pseudoCosts.record(
          column: node.branchColumn, up: node.branchedUp, distance: node.branchDistance,
          gain: lp.objectiveValue - node.parentObjective)
      }
      firstSolve = false
      if isPruned(objective) {
        learnFromCutoff()
        return .pruned
      }
      let x = lp.columnValues
      let fractional = fractionalColumns(x)
      if fractional.isEmpty {
        offerSolution(x)
        return .pruned
      }
      if incumbentValue.isFinite {
        let before = changes.count
        reducedCostFixing(objective: lp.objectiveValue, lower: &lower, upper: &upper, changes: &changes)
        if changes.count > before { loadBounds(lower: lower, upper: upper) }
      }
      let basis = lp.basis
      if options.heuristics {
        simpleRounding(x)
        if incumbentValue.isFinite && nodeCount - lastSubMIPNode >= 200 && subMIPNodes <= nodeCount / 2 + 1000 {
          lastSubMIPNode = nodeCount
          subMIPHeuristic(x: x, lower: rootLower, upper: rootUpper, nodeLimit: 300)
        }
        if shouldDive(depth: node.depth) {
          dive(lower: lower, upper: upper, maxIterations: max(500, lp.iterationCount / max(1, nodeCount)))
          lp.basis = basis
        }
        if isPruned(objective) { return .pruned }
      }
      switch selectBranching(x: x, fractional: fractional, objective: objective, depth: node.depth, basis: basis) {
      case .infeasible:
        return .pruned
      case .tighten(let tightenings):
        for change in tightenings {
          let j = Int(change.column)
          lower[j] = max(lower[j], change.lower)
          upper[j] = min(upper[j], change.upper)
          if lower[j] > upper[j] { return .pruned }
          changes.append(change)
        }
        guard propagateNode(lower: &lower, upper: &upper, startColumns: tightenings.map { Int($0.column) })
        else { return .pruned }
        loadBounds(lower: lower, upper: upper)
        lp.basis = basis
        continue
      case .branch(let column, let downBound, let upBound):
        return makeChildren(
          column: column, value: x[column], objective: objective, depth: node.depth, changes: changes,
          basis: basis, lower: lower[column], upper: upper[column], downBound: downBound, upBound: upBound)
      }
    }
  }

  /// Two children on `column`: `x <= floor(value)` and `x >= ceil(value)`.
  private func makeChildren(
    column: Int, value: Double, objective: Double, depth: Int, changes: [BoundChange], basis: LPBasis,
    lower: Double, upper: Double, downBound: Double, upBound: Double
  ) -> NodeOutcome {
    let down = value.rounded(.down), up = value.rounded(.up)
    var downChanges = changes
    downChanges.append(BoundChange(column: Int32(column), lower: lower, upper: down))
    var upChanges = changes
    upChanges.append(BoundChange(column: Int32(column), lower: up, upper: upper))
    let downNode = SearchNode(
      id: nextNodeID, depth: depth + 1, bound: max(objective, downBound), changes: downChanges, basis: basis,
      branchColumn: column, branchedUp: false, branchDistance: value - down, parentObjective: objective)
    let upNode = SearchNode(
      id: nextNodeID + 1, depth: depth + 1, bound: max(objective, upBound), changes: upChanges, basis: basis,
      branchColumn: column, branchedUp: true, branchDistance: up - value, parentObjective: objective)
    nextNodeID += 2
    // Dive towards the better child; on a tie, upwards (it fixes more of a 0-1 model).
    if downNode.bound < upNode.bound { return .branched(preferred: downNode, other: upNode) }
    return .branched(preferred: upNode, other: downNode)
  }

  /// Whether to run the diving heuristic at a node of depth `depth`.
  private func shouldDive(depth: Int) -> Bool {
    if heuristicIterations > lp.iterationCount / 4 + 1000 { return false }
    return nodeCount % 10 == 1
  }

  /// Tightens bounds of integer columns whose reduced cost proves that moving them further from
  /// their bound would push the LP bound above the cutoff; appends the changes to `changes`.
  func reducedCostFixing(objective: Double, lower: inout [Double], upper: inout [Double], changes: inout [BoundChange]) {
    var added: [BoundChange] = []
    fixByReducedCost(objective: objective, lower: &lower, upper: &upper) { added.append($0) }
    changes.append(contentsOf: added)
  }

  private func fixByReducedCost(
    objective: Double, lower: inout [Double], upper: inout [Double], record: (BoundChange) -> Void
  ) {
    let cutoff = lpCutoff
    guard cutoff.isFinite else { return }
    let slack = cutoff - objective
    guard slack >= 0 else { return }
    var fixed = false
    defer { if fixed { noteCutoff() } }
    let costs = lp.reducedCosts
    let threshold = tolerances.dualFeasibility
    for j in 0..<problem.columnCount where problem.isInteger[j] && lower[j] < upper[j] {
      let d = costs[j]
      if d > threshold && lower[j].isFinite {
        let limit = (lower[j] + slack / d + tolerances.integrality).rounded(.down)
        if limit < upper[j] {
          upper[j] = limit
          fixed = true
          record(BoundChange(column: Int32(j), lower: lower[j], upper: limit))
        }
      } else if d < -threshold && upper[j].isFinite {
        let limit = (upper[j] + slack / d - tolerances.integrality).rounded(.up)
        if limit > lower[j] {
          lower[j] = limit
          fixed = true
          record(BoundChange(column: Int32(j), lower: limit, upper: upper[j]))
        }
      }
    }
  }
}
