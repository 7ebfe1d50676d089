/// LP-based branch-and-bound for a `MIPProblem`, generic over the LP engine so hot paths specialize.
///
/// Search: best-bound node selection ordered by (bound, deeper first, node id) with plunging (the
/// search dives into a child of the node just solved while its bound stays close to the best bound),
/// warm starts from the parent's basis, activity-based domain propagation at every node,
/// reliability branching on pseudo-costs initialized by strong branching, reduced-cost fixing,
/// an objective cutoff from the incumbent passed to the LP, root cuts (lifted knapsack covers) and
/// primal heuristics (simple rounding, fix-and-dive). When the objective is integral (every optimal
/// value lies on `offset + k * unit`) node bounds round up to the lattice, so a gap below one unit
/// is a proof. Deterministic: no hashing order or clock enters a decision; ties go to the lowest index.
///
/// References: Achterberg, *Constraint Integer Programming*, PhD thesis, TU Berlin 2007 (node
/// selection, reliability branching, propagation, reduced-cost fixing); Wolsey, *Integer
/// Programming*, 1998, §9.3 (cover inequalities and lifting).
final class BranchAndBound<LP: LPRelaxationSolver> {
  let problem: MIPProblem
  let lp: LP
  let options: SolverOptions
  let tolerances: Tolerances
  let clock = ContinuousClock()
  let start: ContinuousClock.Instant
  var deadline: ContinuousClock.Instant?
  let progress: ((SolveProgress) -> Void)?
  var lastProgress: ContinuousClock.Instant

  var propagator: DomainPropagator
  /// Global bounds: the model's, tightened by root propagation and root reduced-cost fixing.
  var rootLower: [Double]
  var rootUpper: [Double]
  /// The bounds currently set in the LP engine.
  var lpLower: [Double]
  var lpUpper: [Double]
  /// Rows in which raising (`upLocks`) or lowering (`downLocks`) each column can break a side.
  var upLocks: [Int32]
  var downLocks: [Int32]

  var incumbent: [Double]?
  var incumbentValue = Double.infinity
  /// The smallest bound (engine's minimization, on the objective lattice) of a region discarded only
  /// because it lay within the requested gap below the incumbent of its time (beyond round-off);
  /// `finish` never reports a bound above it, so a search stopped at a relative gap reports a true
  /// bound, not the incumbent.
  var gapPrunedBound = Double.infinity
  let objectiveUnit: Double?
  var queue = NodeQueue()
  var pseudoCosts: PseudoCosts
  var nodeCount = 0
  var nextNodeID = 1
  var strongBranchingIterations = 0
  var heuristicIterations = 0
  var rootObjective = -Double.infinity
  var cutCount = 0
  /// The rows added to the engine (cuts), in order: engine row `problem.rowCount + k` is `cutRows[k]`.
  var cutRows: [LPRow] = []
  /// How many times the search restarted from the root (see `restartFromRoot`).
  var restartCount = 0
  /// Whether every column is integer. Cut purging in every round, tree restarts and lattice plunging
  /// apply only then: measured, they did not pay on the mixed models (the planner's exports, bell5,
  /// vpm1), whose search therefore stays as it was.
  let isPureInteger: Bool
  /// Whether every integer column is binary (bounds within [0, 1]) in a mixed problem: only then do
  /// Gomory cuts join the root's cut loop (`separateRootCuts`); with general integers (bell5) they
  /// multiplied the tree by 25 to 1,300.
  let isMixedBinary: Bool
  /// Builds a fresh engine for a sub-MIP heuristic; `nil` disables sub-MIPs (as inside one).
  var makeEngine: ((LPProblem) -> LP)?
  /// Nodes spent in sub-MIP heuristics.
  var subMIPNodes = 0
  /// Simplex iterations spent in sub-MIP heuristics (their own engines).
  var subMIPIterations = 0
  /// The node count at the last sub-MIP call.
  var lastSubMIPNode = -1_000_000
  /// Dual proofs learnt from pruned nodes, propagated at every node (see `ConflictPool`).
  var conflictPool: ConflictPool
  var proofBuilder: DualProofBuilder
  /// Columns tightened by the conflict pool's last pass (preallocated work buffer).
  var conflictChanged: [Int] = []
  /// Development trace (root bound, cuts, incumbents); `nil` in normal use.
  var trace: ((String) -> Void)?

  /// Strong branching stops trusting a pseudo-cost after this many observations per direction.
  let reliability = 4
  /// At most this many candidates are strong-branched at one node.
  let maxStrongCandidates = 8

  /// Prepares a search; `lp` must hold `problem.lp` (rows added by the caller are not allowed).
  init(problem: MIPProblem, lp: LP, options: SolverOptions, progress: ((SolveProgress) -> Void)? = nil) {
    precondition(lp.columnCount == problem.columnCount, "engine has \(lp.columnCount) columns, problem \(problem.columnCount)")
    self.problem = problem
    self.lp = lp
    self.options = options
    tolerances = options.tolerances
    start = clock.now
    lastProgress = start
    if let limit = options.timeLimit {
      deadline = start.advanced(by: .nanoseconds(Int64(max(0, min(limit, 1e9)) * 1e9)))
    } else {
      deadline = nil
    }
    self.progress = progress
    propagator = DomainPropagator(problem: problem, tolerances: options.tolerances)
    rootLower = problem.lp.columnLower
    rootUpper = problem.lp.columnUpper
    lpLower = problem.lp.columnLower
    lpUpper = problem.lp.columnUpper
    pseudoCosts = PseudoCosts(columnCount: problem.columnCount)
    isPureInteger = !problem.isInteger.contains(false)
    isMixedBinary =
      !isPureInteger
      && problem.isInteger.indices.allSatisfy { j in
        !problem.isInteger[j] || (problem.lp.columnLower[j] >= 0 && problem.lp.columnUpper[j] <= 1)
      }
    objectiveUnit = problem.objectiveUnit(tolerance: options.tolerances.zero * 1e5)
    // Dual proofs only where they measured a gain: pure integer problems and integral objectives
    // (a proof's cutoff then drops to the lattice point below the incumbent). On the planner's
    // mixed models with continuous costs they cost 1.2x to 1.5x nodes at gap 0.005 (18 samples,
    // geometric mean) and were neutral at 1e-3.
    let learns = isPureInteger || objectiveUnit != nil
    conflictPool = ConflictPool(
      capacity: learns ? max(0, options.conflictPoolCapacity) : 0, isInteger: problem.isInteger,
      tolerances: options.tolerances)
    proofBuilder = DualProofBuilder(problem: problem)
    conflictChanged.reserveCapacity(problem.columnCount)
    var up = [Int32](repeating: 0, count: problem.columnCount)
    var down = [Int32](repeating: 0, count: problem.columnCount)
    for i in 0..<problem.rowCount {
      let hasUpper = problem.lp.rowUpper[i].isFinite, hasLower = problem.lp.rowLower[i].isFinite
      for k in problem.rowStarts[i]..<problem.rowStarts[i + 1] {
        let j = problem.rowColumns[k]
        let positive = problem.rowValues[k] > 0
        if (positive && hasUpper) || (!positive && hasLower) { up[j] += 1 }
        if (positive && hasLower) || (!positive && hasUpper) { down[j] += 1 }
      }
    }
    upLocks = up
    downLocks = down
  }

  // MARK: - Bounds and limits

  /// Sets in the engine every column bound that differs from what it holds.
  func loadBounds(lower: [Double], upper: [Double]) {
    for j in 0..<lower.count where lower[j] != lpLower[j] || upper[j] != lpUpper[j] {
      lp.setColumnBounds(j, lower: lower[j], upper: upper[j])
      lpLower[j] = lower[j]
      lpUpper[j] = upper[j]
    }
  }

  /// The iteration budget left for one LP solve.
  var remainingIterations: Int {
    guard let limit = options.iterationLimit else { return Int(Int32.max) }
    return max(0, limit - lp.iterationCount)
  }

  /// The limit that is reached now, if any.
  func reachedLimit() -> SolveLimit? {
    if let limit = options.nodeLimit, nodeCount >= limit { return .nodes }
    if let limit = options.iterationLimit, lp.iterationCount >= limit { return .iterations }
    if let deadline, clock.now >= deadline { return .time }
    if incumbent != nil, let target = options.objectiveTarget, target.isFinite,
      incumbentValue <= problem.senseFactor * target
    {
      return .target
    }
    return nil
  }

  /// `value` rounded up to the objective lattice when the objective is integral.
  func roundedBound(_ value: Double) -> Double {
    guard let unit = objectiveUnit, value.isFinite else { return value }
    let offset = problem.lp.objectiveOffset
    let steps = ((value - offset) / unit - 1e-6).rounded(.up)
    return offset + steps * unit
  }

  /// How far below the incumbent a bound must be for a node to be worth solving.
  var gapAllowance: Double {
    guard incumbentValue.isFinite else { return 0 }
    let requested = max(options.absoluteGap, options.relativeGap * abs(incumbentValue))
    return max(requested, numericalAllowance)
  }

  /// The part of `gapAllowance` that is round-off, not a requested gap (1e-9 relative): a region
  /// discarded within it counts as proven no better than the incumbent.
  var numericalAllowance: Double { 1e-9 * max(1, abs(incumbentValue)) }

  /// Whether a node with LP bound `bound` can be pruned.
  /// Records the discarded region's bound in `gapPrunedBound` when it lies below the incumbent.
  func isPruned(_ bound: Double) -> Bool {
    guard incumbentValue.isFinite else { return false }
    let rounded = roundedBound(bound)
    guard rounded >= incumbentValue - gapAllowance else { return false }
    if rounded < incumbentValue - numericalAllowance { gapPrunedBound = min(gapPrunedBound, rounded) }
    return true
  }

  /// Records that an LP stopped at `lpCutoff` (or bounds were fixed by it): the discarded region's
  /// bound is at least the cutoff, which may lie within the gap allowance below the incumbent.
  func noteCutoff() {
    let rounded = roundedBound(lpCutoff)
    if rounded < incumbentValue - numericalAllowance { gapPrunedBound = min(gapPrunedBound, rounded) }
  }

  /// The value passed to `setObjectiveCutoff`: an LP objective above it prunes the node.
  var lpCutoff: Double {
    guard incumbentValue.isFinite else { return .infinity }
    if let unit = objectiveUnit {
      // Anything above incumbent - unit rounds up to at least the incumbent.
      return max(incumbentValue - unit + 1e-6 * unit, incumbentValue - gapAllowance)
    }
    return incumbentValue - gapAllowance
  }

  /// Reports progress at most once per second.
  func reportProgress(openBound: Double) {
    guard let progress else { return }
    let now = clock.now
    guard now - lastProgress >= .seconds(1) else { return }
    lastProgress = now
    let factor = problem.senseFactor
    let incumbentModel = incumbentValue.isFinite ? factor * incumbentValue : nil
    let bound = min(roundedBound(openBound), gapPrunedBound, incumbentValue)
    let boundModel = bound.isFinite ? factor * bound : nil
    var gap: Double?
    if let incumbentModel, let boundModel {
      let difference = abs(incumbentModel - boundModel)
      gap = difference == 0 ? 0 : difference / max(abs(incumbentModel), 1e-10)
    }
    progress(
      SolveProgress(
        nodes: nodeCount, incumbent: incumbentModel, bound: boundModel, gap: gap,
        seconds: Self.seconds(now - start)))
  }

  /// Seconds in a duration.
  static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }

  // MARK: - Incumbent

  /// Whether `x` satisfies the problem's bounds, integrality and rows (rows relative to their
  /// largest side, as `check_mps_solution.py` does).
  func isFeasible(_ x: [Double]) -> Bool {
    let check = tolerances.solutionCheck
    for j in 0..<problem.columnCount {
      if x[j] < problem.lp.columnLower[j] - check || x[j] > problem.lp.columnUpper[j] + check { return false }
      if problem.isInteger[j] && abs(x[j] - x[j].rounded()) > check { return false }
    }
    for i in 0..<problem.rowCount {
      var activity = 0.0
      for k in problem.rowStarts[i]..<problem.rowStarts[i + 1] {
        activity += problem.rowValues[k] * x[problem.rowColumns[k]]
      }
      let low = problem.lp.rowLower[i], high = problem.lp.rowUpper[i]
      let scale = max(1, low.isFinite ? abs(low) : 0, high.isFinite ? abs(high) : 0)
      if (low - activity) / scale > check || (activity - high) / scale > check { return false }
    }
    return true
  }

  /// The objective of `x` (offset included).
  func objective(of x: [Double]) -> Double {
    var total = problem.lp.objectiveOffset
    for j in 0..<x.count where problem.lp.objective[j] != 0 { total += problem.lp.objective[j] * x[j] }
    return total
  }

  /// Offers a candidate: integers are rounded, and a candidate that fails the check with continuous
  /// columns is polished by an LP with the integers fixed. Returns whether it became the incumbent.
  @discardableResult
  func offerSolution(_ candidate: [Double]) -> Bool {
    var x = candidate
    for j in 0..<x.count where problem.isInteger[j] { x[j] = x[j].rounded() }
    for j in 0..<x.count {
      x[j] = min(max(x[j], problem.lp.columnLower[j]), problem.lp.columnUpper[j])
    }
    var value = objective(of: x)
    if value >= incumbentValue { return false }
    if !isFeasible(x) {
      guard let polished = polish(x) else { return false }
      x = polished
      value = objective(of: x)
      if value >= incumbentValue || !isFeasible(x) { return false }
    }
    incumbent = x
    incumbentValue = value
    pruneQueue()
    return true
  }

  /// Drops open nodes that the new incumbent prunes.
  func pruneQueue() {
    guard incumbentValue.isFinite else { return }
    queue.prune { isPruned($0.bound) }
  }

  /// Re-solves the continuous part with the integer columns fixed at `x`'s values.
  func polish(_ x: [Double]) -> [Double]? {
    guard problem.isInteger.contains(false) else { return nil }
    let savedLower = lpLower, savedUpper = lpUpper
    let savedBasis = lp.basis
    var lower = problem.lp.columnLower, upper = problem.lp.columnUpper
    for j in 0..<x.count where problem.isInteger[j] {
      lower[j] = x[j]
      upper[j] = x[j]
    }
    loadBounds(lower: lower, upper: upper)
    lp.setObjectiveCutoff(.infinity)
    let before = lp.iterationCount
    let status = lp.solve(iterationLimit: min(remainingIterations, 10_000))
    heuristicIterations += lp.iterationCount - before
    var result: [Double]?
    if status == .optimal {
      var values = lp.columnValues
      for j in 0..<values.count where problem.isInteger[j] { values[j] = x[j] }
      result = values
    }
    loadBounds(lower: savedLower, upper: savedUpper)
    lp.basis = savedBasis
    return result
  }
}
