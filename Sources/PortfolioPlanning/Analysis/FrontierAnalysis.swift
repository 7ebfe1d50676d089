import MIPSolver
import OptimizationModel
import PortfolioDomain

/// One non-dominated point of a two-criterion frontier.
public struct FrontierPoint: Sendable {
  /// The untimed achievement on the x criterion.
  public var x: Double
  /// The untimed achievement on the y criterion.
  public var y: Double
  /// A proven upper bound on y over the plans with x at least `epsilon` (within the gap of `y` when the
  /// point is proven; higher when a node limit stopped its solve).
  public var yBound: Double
  /// Whether y is proven the best at the point's epsilon: its solve finished within the gap, or its proven
  /// bound on y (capped by the levels below) is y itself. Otherwise a node limit stopped the solve, and y
  /// may fall short of the best y at its epsilon by up to `yBound − y`.
  public var isProven: Bool
  /// The epsilon the point was found with (`A_x >= epsilon`); `nil` for the unconstrained top point.
  public var epsilon: Double?
  /// The scenario's primary objective at the point (DESIGN §4).
  public var objective: Double
  /// The total cost of the selection.
  public var totalCost: Money
  /// The funded candidates.
  public var choices: [FundedChoice]
  /// What changed against the previous point (everything enters at the first point).
  public var change: SelectionChange

  /// Creates a point (the analysis makes them; reports and tests may too).
  public init(
    x: Double, y: Double, yBound: Double, isProven: Bool, epsilon: Double?, objective: Double, totalCost: Money,
    choices: [FundedChoice], change: SelectionChange
  ) {
    self.x = x
    self.y = y
    self.yBound = yBound
    self.isProven = isProven
    self.epsilon = epsilon
    self.objective = objective
    self.totalCost = totalCost
    self.choices = choices
    self.change = change
  }
}

/// The frontier between two criteria, in order of rising x (falling y).
public struct FrontierResult: Sendable {
  /// The x criterion.
  public var x: CriterionID
  /// The y criterion.
  public var y: CriterionID
  /// The points, x rising; no point dominates another.
  public var points: [FrontierPoint]
  /// Whether every non-dominated point was enumerated (`--exact` that ran to the end).
  public var isExhaustive: Bool
  /// The relative gap each solve was proven to.
  public var gap: Double
  /// The number of MILP solves.
  public var solves: Int
  /// The node limit of each solve, if any.
  public var nodeLimit: Int?
  /// Whether the largest x (the grid's end) was proven; grid mode only.
  public var isXMaxProven: Bool
  /// The points whose solve a node limit stopped.
  public var unprovenCount: Int { points.filter { !$0.isProven }.count }

  /// Creates a result (the analysis makes them; reports and tests may too).
  public init(
    x: CriterionID, y: CriterionID, points: [FrontierPoint], isExhaustive: Bool, gap: Double, solves: Int, nodeLimit: Int?,
    isXMaxProven: Bool
  ) {
    self.x = x
    self.y = y
    self.points = points
    self.isExhaustive = isExhaustive
    self.gap = gap
    self.solves = solves
    self.nodeLimit = nodeLimit
    self.isXMaxProven = isXMaxProven
  }
}

/// The Pareto frontier between two criteria by the epsilon-constraint method: maximize `A_y` subject to
/// `A_x >= epsilon`, then a second, lexicographic solve maximizes `A_x` keeping `A_y` at that optimum,
/// so each point is non-dominated (with exact solves). Unlike a weighted sum it finds non-supported
/// points (inside the convex hull). The other constraints of the model all hold.
///
/// Each point's first solve maximizes `A_y + augmentation · A_x` (the augmented epsilon-constraint
/// method), so its search already prefers the most x among plans of equal y.
///
/// Grid mode steps epsilon evenly from the top point's x to the largest x; the interior levels are
/// solved by two threads taking alternate levels (a fixed split, so the result never depends on timing),
/// each carrying its previous level's proven bound on y as an upper bound (`A_y <= bound`, valid as
/// epsilon rises) and starting from the best plan found so far on its thread (or the largest-x plan)
/// that meets the new epsilon (`bestSeed`). A level that the previous
/// point of its thread already reaches takes that point without a solve: it is feasible there and optimal
/// over a larger set, since the feasible set only shrinks as epsilon rises. Exact mode
/// steps epsilon just above the last x (half the x scores' resolution) until no point remains.
///
/// A node limit per solve keeps the run finite on instances whose single-criterion solves are hard to
/// prove (the bundled data: neither we nor HiGHS prove the interior points in a minute). A stopped solve
/// still gives a feasible point and a proven bound on y; the next level's cap on y is then that bound,
/// which stays valid, and points that another point dominates are dropped.
public struct FrontierAnalysis: Sendable {
  /// The session.
  public let session: AnalysisSession
  /// The x criterion.
  public let x: CriterionID
  /// The y criterion.
  public let y: CriterionID

  /// The node limit of each solve in grid mode unless the caller sets one: about 4-7 s per solve on the
  /// bundled model, so 20 points finish in minutes instead of not at all.
  public static let defaultGridNodeLimit = 10_000

  /// The node limit of each solve when the caller sets none: in grid mode `defaultGridNodeLimit`, or the
  /// scenario's limit if smaller; in exact mode the scenario's limit (an enumeration needs its proofs).
  public func defaultNodeLimit(exact: Bool) -> Int? {
    let scenarioLimit = session.options.nodeLimit
    return exact ? scenarioLimit : min(scenarioLimit ?? .max, Self.defaultGridNodeLimit)
  }

  /// Creates the analysis.
  /// - Throws: `PlanningError.unusableInputs` when a criterion is not in the scenario or both are the same.
  public init(session: AnalysisSession, x: CriterionID, y: CriterionID) throws {
    guard session.achievementTerms(x) != nil else { throw PlanningError.unusableInputs("unknown criterion '\(x)'") }
    guard session.achievementTerms(y) != nil else { throw PlanningError.unusableInputs("unknown criterion '\(y)'") }
    guard x != y else { throw PlanningError.unusableInputs("the two criteria must differ (both '\(x)')") }
    self.session = session
    self.x = x
    self.y = y
    let xTerms = session.achievementTerms(x) ?? LinearTerms()
    yResolution = Self.resolution(of: session.achievementTerms(y) ?? LinearTerms())
    xSpan = Self.span(of: xTerms, in: session.planning)
    augmentation = Self.augmentationShare * (yResolution ?? 1e-6) / (xSpan + 1)
  }

  private var xTerms: LinearTerms { session.achievementTerms(x) ?? LinearTerms() }
  private var yTerms: LinearTerms { session.achievementTerms(y) ?? LinearTerms() }

  /// A tolerance for comparing achievements of size `value`.
  static func tolerance(_ value: Double) -> Double { 1e-6 * max(1, abs(value)) }

  /// Half the resolution of the x scores (`resolution(of:)`): the exact step, since two plans' x differ by a multiple of it.
  func exactStep() -> Double { Self.resolution(of: xTerms).map { $0 / 2 } ?? 1e-6 }

  /// The resolution of `terms`' coefficients (`DecimalUnit`): a sum of such terms at a binary point
  /// is a multiple of it (the exports scores: 0.05); `nil` when the scores have none.
  static func resolution(of terms: LinearTerms) -> Double? { DecimalUnit.of(terms.coefficients, tolerance: 1e-7) }

  /// The share of y's resolution that x may add to a first solve's objective (`augmentation`).
  static let augmentationShare = 0.1

  /// The weight of x in each point's first solve, `maximize A_y + augmentation · A_x` (the augmented
  /// epsilon-constraint method): a tenth of y's resolution spread over x's range (`xSpan`), so a gain
  /// of one step of y always outweighs any change of x. The search then prefers the most x among the
  /// plans of equal y, which leaves the second, lexicographic solve little to do.
  let augmentation: Double

  /// An upper bound on `|A_x(p) − A_x(q)|` over plans `p`, `q`: each candidate funds at most one tier and
  /// start, so it adds its largest coefficient's magnitude (a column that is no choice adds its own).
  /// The sum over all columns would be several times larger, and a weight that small makes the
  /// search slower (measured: 11,559 nodes against 2,485 on the bundled top point).
  let xSpan: Double

  /// The resolution of the y scores (`resolution(of:)`), if they have one.
  let yResolution: Double?

  /// `xSpan` for `terms` in `planning`.
  static func span(of terms: LinearTerms, in planning: PlanningModel) -> Double {
    var candidateOf: [Int: CandidateID] = [:]
    for choice in planning.choices { candidateOf[choice.column] = choice.candidate }
    var largest: [CandidateID: Double] = [:]
    var others = 0.0
    for (column, coefficient) in zip(terms.columns, terms.coefficients) {
      if let candidate = candidateOf[column] {
        largest[candidate] = max(largest[candidate] ?? 0, abs(coefficient))
      } else {
        others += abs(coefficient)
      }
    }
    // Summed in candidate order: a hash-ordered sum could differ in the last bit from run to run.
    return largest.sorted { $0.key < $1.key }.reduce(others) { $0 + $1.value }
  }

  /// The absolute gap of a point's first solve: a node whose bound is below the incumbent's value plus
  /// this cannot hold a plan better by one step of y's resolution (such a plan's objective is at least
  /// the incumbent's plus the step, minus the most that x can take away: a tenth of the step), so it is
  /// pruned as the pure-y objective's lattice would prune it. `nil` when the y scores have no resolution.
  var firstSolveAbsoluteGap: Double? { yResolution.map { $0 * (1 - Self.augmentationShare) * (1 - 1e-6) } }

  /// The least `A_x` over the columns' bounds (−∞ when a column with a term is unbounded on that side).
  private var xFloor: Double {
    var total = 0.0
    for (column, coefficient) in zip(xTerms.columns, xTerms.coefficients) {
      let variable = session.planning.model.variables[column]
      total += coefficient * (coefficient >= 0 ? variable.lowerBound : variable.upperBound)
    }
    return total.isNaN ? -.infinity : total
  }

  /// The largest multiple of y's resolution at most `value` (y at a plan is such a multiple, so this
  /// stays a bound); `value` itself when the scores have no decimal resolution.
  func yLatticeFloor(_ value: Double) -> Double {
    guard value.isFinite, let step = yResolution else { return value }
    return (value / step + 1e-6).rounded(.down) * step
  }

  /// The node limit of a point's second, lexicographic solve: a 25th of the first one's. It starts from
  /// the first solve's plan, which the augmented objective has already pushed towards the most x. On the
  /// bundled data (first solves at 10,000 nodes) a quarter and a tenth gave the same 20 points, a 25th
  /// moved one point to an equally non-dominated neighbour (x 16.98 and y 180.90 against 17.00 and
  /// 180.75) in 7% less time, and a hundredth lost y at two points.
  static func lexNodeLimit(_ nodeLimit: Int?) -> Int? { nodeLimit.map { max(1, $0 / 25) } }

  /// The node limit of the largest-x solve, which only places the grid's end: a tenth of a point's. On
  /// the bundled data 1,000, 2,500 and 10,000 nodes all find x = 18.235 with the bound at 18.255, so the
  /// larger budget bought nothing but 4 s, during which the other thread waited.
  static func xMaxNodeLimit(_ nodeLimit: Int?) -> Int? { nodeLimit.map { max(1, $0 / 10) } }

  /// One point: its values, achievements, the proven bound on y and whether y is proven (`FrontierPoint.isProven`).
  typealias Found = (values: [Double], x: Double, y: Double, yBound: Double, proven: Bool)

  /// The lexicographic point for `epsilon` (maximize `A_y + augmentation · A_x` with `A_x >= epsilon` and
  /// `A_y <= yCap`, then maximize x at that y), or `nil` when no plan reaches epsilon (or none was found
  /// within the node limit: `status` says which). Two MILP solves, the second with `lexNodeLimit`.
  ///
  /// The bound on y comes from the first solve's bound `B`: every plan with `A_x >= epsilon` has
  /// `A_y <= B − augmentation · epsilon`, rounded down to y's resolution, and at most `yCap`.
  func point(epsilon: Double?, yCap: Double?, incumbent: [Double]?, nodeLimit: Int?) throws -> (found: Found?, status: SolveStatus) {
    var model = session.planning.withObjective(yTerms, sense: .maximize)
    let weight = augmentation
    for (column, coefficient) in zip(xTerms.columns, xTerms.coefficients) { model.variables[column].objective += weight * coefficient }
    if let epsilon {
      model = AnalysisSession.adding(xTerms, lower: epsilon, upper: .infinity, name: "frontier_epsilon", to: model)
    }
    if let yCap {
      model = AnalysisSession.adding(yTerms, lower: -.infinity, upper: yCap + Self.tolerance(yCap), name: "frontier_ycap", to: model)
    }
    let first = try session.solveOnce(model, absoluteGap: firstSolveAbsoluteGap, incumbent: incumbent, nodeLimit: nodeLimit)
    guard let firstValues = first.values else { return (nil, first.status) }
    let best = yTerms.value(at: firstValues)
    var yBound = first.bound.map { $0 - weight * (epsilon ?? xFloor) } ?? .infinity
    if let yCap { yBound = min(yBound, yCap + Self.tolerance(yCap)) }
    yBound = max(best, yLatticeFloor(yBound))
    // A stopped solve whose bound on y, on y's lattice, is y itself has still proven y.
    let proven = first.status == .optimal || Self.reaches(best, yBound)
    var second = AnalysisSession.adding(yTerms, lower: best - Self.tolerance(best), upper: .infinity, name: "frontier_lex", to: model)
    for j in second.variables.indices { second.variables[j].objective = 0 }
    for (column, coefficient) in zip(xTerms.columns, xTerms.coefficients) { second.variables[column].objective = coefficient }
    second.sense = .maximize
    let lex = try session.solveOnce(second, incumbent: firstValues, nodeLimit: Self.lexNodeLimit(nodeLimit))
    let values = lex.values ?? firstValues
    return ((values, xTerms.value(at: values), yTerms.value(at: values), yBound, proven), first.status)
  }

  /// The plan of `pool` with the most y among those feasible for the point at `epsilon` under `yCap`
  /// (`A_x >= epsilon`, `A_y <= yCap` within the tolerance `point` adds): the warm start of its first solve.
  func bestSeed(in pool: [[Double]], epsilon: Double, yCap: Double) -> [Double]? {
    var best: (values: [Double], y: Double)?
    for values in pool {
      let xValue = xTerms.value(at: values), yValue = yTerms.value(at: values)
      guard xValue >= epsilon, yValue <= yCap + Self.tolerance(yCap) else { continue }
      if best.map({ yValue > $0.y }) ?? true { best = (values, yValue) }
    }
    return best?.values
  }

  /// The frontier.
  /// - Parameters:
  ///   - points: grid mode with this many epsilon levels (at least 2); ignored when `exact`.
  ///   - exact: enumerate every non-dominated point, up to `maximumPoints`.
  ///   - nodeLimit: the most branch-and-bound nodes of each solve (`nil`: `defaultNodeLimit(exact:)`).
  ///   - progress: called as points are found.
  public func run(
    points: Int = 20, exact: Bool = false, maximumPoints: Int = 1000, nodeLimit: Int? = nil,
    progress: AnalysisProgressHandler? = nil
  ) throws -> FrontierResult {
    var found: [(point: Found, epsilon: Double?)] = []
    var solves = 0
    let limit = nodeLimit ?? defaultNodeLimit(exact: exact)
    // The two ends are independent: in grid mode the top point and the largest x are solved at once.
    var xMaxModel = session.planning.withObjective(xTerms, sense: .maximize)
    xMaxModel.name = "frontier_xmax"
    let xModel = xMaxModel
    let ends = try AnalysisParallel.map(count: exact ? 1 : 2) { part -> (top: Found?, xBest: SolveResult?) in
      part == 0
        ? (try point(epsilon: nil, yCap: nil, incumbent: nil, nodeLimit: limit).found, nil)
        : (nil, try session.solveOnce(xModel, nodeLimit: Self.xMaxNodeLimit(limit)))
    }
    guard let top = ends[0].top else {
      return FrontierResult(
        x: x, y: y, points: [], isExhaustive: true, gap: session.options.gap, solves: 2, nodeLimit: limit, isXMaxProven: true)
    }
    solves += 2
    found.append((top, nil))
    var exhaustive = false
    var xMaxProven = true

    if exact {
      let step = exactStep()
      progress?(1, 0)
      while found.count < maximumPoints {
        guard let last = found.last?.point else { break }
        let epsilon = last.x + step
        solves += 1
        let outcome = try point(epsilon: epsilon, yCap: last.yBound, incumbent: last.values, nodeLimit: limit)
        guard let next = outcome.found else {
          // Exhaustive only when every solve was proven, the last one that no plan reaches epsilon.
          exhaustive = outcome.status == .infeasible && found.allSatisfy(\.point.proven)
          break
        }
        solves += 1
        found.append((next, epsilon))
        progress?(found.count, 0)
      }
    } else if let xBest = ends.last?.xBest {
      // The largest x (the last level then finds the best y there).
      xMaxProven = xBest.status == .optimal
      solves += 1
      let xMax = xBest.values.map { xTerms.value(at: $0) } ?? top.x
      let count = max(2, points)
      let tracker = AnalysisProgress(total: count, report: progress)
      tracker.step()
      let levels = (1..<count).map { i in top.x + (xMax - top.x) * Double(i) / Double(count - 1) }
      let adjusted = levels.enumerated().map { i, level in i == levels.count - 1 ? xMax - Self.tolerance(xMax) : level }
      // Two threads take alternate levels, so that the hard levels (they cluster) are shared evenly.
      let parts = AnalysisParallel.strides(adjusted.count, into: 2)
      let seed = top
      let outcomes = try AnalysisParallel.map(count: parts.count) { part in
        var results: [(index: Int, point: Found, epsilon: Double?)?] = []
        var previous: Found? = part == 0 ? seed : nil
        var pool: [[Double]] = xBest.values.map { [$0] } ?? []
        var solvedHere = 0
        for index in parts[part] {
          defer { tracker.step() }
          let epsilon = adjusted[index]
          // The previous point already reaches this epsilon: it is feasible here and optimal over a
          // larger set, so it is this level's point too (the feasible set only shrinks as epsilon rises).
          if let previous, previous.x >= epsilon - Self.tolerance(epsilon) {
            results.append((index, previous, epsilon))
            continue
          }
          // The best y can only fall as epsilon rises: the previous level's proven bound caps it.
          let yCap = previous?.yBound ?? seed.yBound
          let start = bestSeed(in: pool, epsilon: epsilon, yCap: yCap)
          let next = try point(epsilon: epsilon, yCap: yCap, incumbent: start, nodeLimit: limit).found
          solvedHere += 2
          results.append(next.map { (index, $0, epsilon) })
          if let next {
            previous = next
            pool.append(next.values)
          }
        }
        return (points: results, solves: solvedHere)
      }
      solves += outcomes.map(\.solves).reduce(0, +)
      // In level order. A level's bound also caps every higher level's (its feasible set is smaller).
      var cap = top.yBound
      let solved = outcomes.flatMap(\.points).compactMap({ $0 }).sorted(by: { $0.index < $1.index })
      let everyPoint = [top] + solved.map(\.point)
      for var outcome in solved {
        // A point that another level found and that reaches this epsilon is feasible here too: a solve stopped
        // by the node limit may have found less y than it.
        if let epsilon = outcome.epsilon, let better = Self.best(among: everyPoint, reaching: epsilon),
          better.y > outcome.point.y + Self.tolerance(outcome.point.y)
        {
          outcome.point = (better.values, better.x, better.y, outcome.point.yBound, outcome.point.proven)
        }
        cap = min(cap, outcome.point.yBound)
        outcome.point.yBound = max(outcome.point.y, cap)
        if Self.reaches(outcome.point.y, outcome.point.yBound) { outcome.point.proven = true }
        guard let last = found.last?.point else { continue }
        if abs(outcome.point.x - last.x) <= Self.tolerance(last.x) && abs(outcome.point.y - last.y) <= Self.tolerance(last.y) {
          continue
        }
        found.append((outcome.point, outcome.epsilon))
      }
    }
    found = Self.nonDominated(found).sorted { $0.point.x != $1.point.x ? $0.point.x < $1.point.x : $0.point.y > $1.point.y }

    var result: [FrontierPoint] = []
    var previous: [FundedChoice] = []
    for (entry, epsilon) in found {
      let choices = session.choices(at: entry.values)
      result.append(
        FrontierPoint(
          x: entry.x, y: entry.y, yBound: entry.yBound, isProven: entry.proven, epsilon: epsilon,
          objective: session.planning.primaryValue(at: entry.values), totalCost: session.totalCost(at: entry.values),
          choices: choices, change: SelectionChange(from: previous, to: choices)))
      previous = choices
    }
    return FrontierResult(
      x: x, y: y, points: result, isExhaustive: exhaustive, gap: session.options.gap, solves: solves, nodeLimit: limit,
      isXMaxProven: xMaxProven)
  }

  /// The point of `points` with the most y (then the most x, then the first) among those whose x reaches
  /// `epsilon` (within the tolerance), or `nil` when none does.
  static func best(among points: [Found], reaching epsilon: Double) -> Found? {
    var best: Found?
    for point in points where point.x >= epsilon - tolerance(epsilon) {
      guard let current = best else {
        best = point
        continue
      }
      if point.y > current.y + tolerance(current.y)
        || (abs(point.y - current.y) <= tolerance(current.y) && point.x > current.x + tolerance(current.x))
      {
        best = point
      }
    }
    return best
  }

  /// Whether `y` is its own proven bound `yBound` (within the tolerance): then no plan at the point's epsilon
  /// has more y, whatever stopped the solve.
  static func reaches(_ y: Double, _ yBound: Double) -> Bool { yBound <= y + tolerance(y) }

  /// `found` without the points another one dominates (at least as good on both criteria and better on
  /// one, beyond the tolerance), in order. Proven solves never give such points; solves stopped by a node
  /// limit can.
  static func nonDominated(_ found: [(point: Found, epsilon: Double?)]) -> [(point: Found, epsilon: Double?)] {
    found.filter { entry in
      !found.contains { other in
        let xAtLeast = other.point.x >= entry.point.x - tolerance(entry.point.x)
        let yAtLeast = other.point.y >= entry.point.y - tolerance(entry.point.y)
        let better = other.point.x > entry.point.x + tolerance(entry.point.x) || other.point.y > entry.point.y + tolerance(entry.point.y)
        return xAtLeast && yAtLeast && better
      }
    }
  }
}
