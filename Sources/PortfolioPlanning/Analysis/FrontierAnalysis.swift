import MIPSolver
import OptimizationModel
import PortfolioDomain

/// One non-dominated point of a two-criterion frontier.
public struct FrontierPoint: Sendable {
  /// The untimed achievement on the x criterion.
  public var x: Double
  /// The untimed achievement on the y criterion.
  public var y: Double
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
}

/// The Pareto frontier between two criteria by the epsilon-constraint method: maximize `A_y` subject to
/// `A_x >= epsilon`, then a second, lexicographic solve maximizes `A_x` keeping `A_y` at that optimum,
/// so each point is non-dominated (with exact solves). Unlike a weighted sum it finds non-supported
/// points (inside the convex hull). The other constraints of the model all hold.
///
/// Grid mode steps epsilon evenly from the top point's x to the largest x; the interior points are
/// solved in two fixed contiguous halves on separate threads, each carrying its neighbour's y as an
/// upper bound (`A_y <= y_previous`, valid as epsilon rises) and starting from the best plan found so far
/// in its half (or the largest-x plan) that meets the new epsilon (`bestSeed`). A level that the previous
/// point of its half already reaches takes that point without a solve: it is feasible there and optimal
/// over a larger set, since the feasible set only shrinks as epsilon rises. Exact mode
/// steps epsilon just above the last x (half the scores' decimal resolution) until no point remains.
public struct FrontierAnalysis: Sendable {
  /// The session.
  public let session: AnalysisSession
  /// The x criterion.
  public let x: CriterionID
  /// The y criterion.
  public let y: CriterionID

  /// Creates the analysis.
  /// - Throws: `PlanningError.unusableInputs` when a criterion is not in the scenario or both are the same.
  public init(session: AnalysisSession, x: CriterionID, y: CriterionID) throws {
    guard session.achievementTerms(x) != nil else { throw PlanningError.unusableInputs("unknown criterion '\(x)'") }
    guard session.achievementTerms(y) != nil else { throw PlanningError.unusableInputs("unknown criterion '\(y)'") }
    guard x != y else { throw PlanningError.unusableInputs("the two criteria must differ (both '\(x)')") }
    self.session = session
    self.x = x
    self.y = y
  }

  private var xTerms: LinearTerms { session.achievementTerms(x) ?? LinearTerms() }
  private var yTerms: LinearTerms { session.achievementTerms(y) ?? LinearTerms() }

  /// A tolerance for comparing achievements of size `value`.
  static func tolerance(_ value: Double) -> Double { 1e-6 * max(1, abs(value)) }

  /// Half the decimal resolution of the x scores (all scores are multiples of 10^-k): the exact step.
  func exactStep() -> Double {
    let scores = xTerms.coefficients
    for digits in 0...6 {
      let scale = pow10(digits)
      if scores.allSatisfy({ abs(($0 * scale) - ($0 * scale).rounded()) <= 1e-7 * max(1, abs($0 * scale)) }) {
        return 0.5 / scale
      }
    }
    return 1e-6
  }

  private func pow10(_ digits: Int) -> Double {
    var value = 1.0
    for _ in 0..<digits { value *= 10 }
    return value
  }

  /// The lexicographic point for `epsilon` (maximize y with `A_x >= epsilon` and `A_y <= yCap`, then
  /// maximize x at that y), or `nil` when no plan reaches epsilon. Two MILP solves.
  func point(epsilon: Double?, yCap: Double?, incumbent: [Double]?) throws -> (values: [Double], x: Double, y: Double)? {
    var model = session.planning.withObjective(yTerms, sense: .maximize)
    if let epsilon {
      model = AnalysisSession.adding(xTerms, lower: epsilon, upper: .infinity, name: "frontier_epsilon", to: model)
    }
    if let yCap {
      model = AnalysisSession.adding(yTerms, lower: -.infinity, upper: yCap + Self.tolerance(yCap), name: "frontier_ycap", to: model)
    }
    let first = try session.solveOnce(model, incumbent: incumbent)
    guard let firstValues = first.values else { return nil }
    let best = yTerms.value(at: firstValues)
    var second = AnalysisSession.adding(yTerms, lower: best - Self.tolerance(best), upper: .infinity, name: "frontier_lex", to: model)
    for j in second.variables.indices { second.variables[j].objective = 0 }
    for (column, coefficient) in zip(xTerms.columns, xTerms.coefficients) { second.variables[column].objective = coefficient }
    second.sense = .maximize
    let lex = try session.solveOnce(second, incumbent: firstValues)
    let values = lex.values ?? firstValues
    return (values, xTerms.value(at: values), yTerms.value(at: values))
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
  ///   - progress: called as points are found.
  public func run(
    points: Int = 20, exact: Bool = false, maximumPoints: Int = 1000, progress: AnalysisProgressHandler? = nil
  ) throws -> FrontierResult {
    var found: [(values: [Double], x: Double, y: Double, epsilon: Double?)] = []
    var solves = 0
    guard let top = try point(epsilon: nil, yCap: nil, incumbent: nil) else {
      return FrontierResult(x: x, y: y, points: [], isExhaustive: true, gap: session.options.gap, solves: 2)
    }
    solves += 2
    found.append((top.values, top.x, top.y, nil))
    var exhaustive = false

    if exact {
      let step = exactStep()
      progress?(1, 0)
      while found.count < maximumPoints {
        guard let last = found.last else { break }
        let epsilon = last.x + step
        solves += 1
        guard let next = try point(epsilon: epsilon, yCap: last.y, incumbent: last.values) else {
          exhaustive = true
          break
        }
        solves += 1
        found.append((next.values, next.x, next.y, epsilon))
        progress?(found.count, 0)
      }
    } else {
      // The largest x: maximize A_x, then the best y there (reusing `point` with the roles of a floor).
      var xModel = session.planning.withObjective(xTerms, sense: .maximize)
      xModel.name = "frontier_xmax"
      let xBest = try session.solveOnce(xModel, incumbent: top.values)
      solves += 1
      let xMax = xBest.values.map { xTerms.value(at: $0) } ?? top.x
      let count = max(2, points)
      let tracker = AnalysisProgress(total: count, report: progress)
      tracker.step()
      let levels = (1..<count).map { i in top.x + (xMax - top.x) * Double(i) / Double(count - 1) }
      let adjusted = levels.enumerated().map { i, level in i == levels.count - 1 ? xMax - Self.tolerance(xMax) : level }
      let ranges = AnalysisParallel.chunks(adjusted.count, into: 2)
      let seed = top
      let outcomes = try AnalysisParallel.map(count: ranges.count) { part in
        var results: [(values: [Double], x: Double, y: Double, epsilon: Double?)?] = []
        var previous: (values: [Double], x: Double, y: Double)? = part == 0 ? (seed.values, seed.x, seed.y) : nil
        var pool: [[Double]] = xBest.values.map { [$0] } ?? []
        var solvedHere = 0
        for index in ranges[part] {
          defer { tracker.step() }
          let epsilon = adjusted[index]
          // The previous point already reaches this epsilon: it is feasible here and optimal over a
          // larger set, so it is this level's point too (the feasible set only shrinks as epsilon rises).
          if let previous, previous.x >= epsilon - Self.tolerance(epsilon) {
            results.append((previous.values, previous.x, previous.y, epsilon))
            continue
          }
          let yCap = previous?.y ?? seed.y
          let start = bestSeed(in: pool, epsilon: epsilon, yCap: yCap)
          let next = try point(epsilon: epsilon, yCap: yCap, incumbent: start)
          solvedHere += 2
          results.append(next.map { ($0.values, $0.x, $0.y, epsilon) })
          if let next {
            previous = (next.values, next.x, next.y)
            pool.append(next.values)
          }
        }
        return (points: results, solves: solvedHere)
      }
      solves += outcomes.map(\.solves).reduce(0, +)
      for outcome in outcomes.flatMap(\.points) {
        guard let outcome, let last = found.last else { continue }
        if abs(outcome.x - last.x) <= Self.tolerance(last.x) && abs(outcome.y - last.y) <= Self.tolerance(last.y) { continue }
        found.append(outcome)
      }
    }

    var result: [FrontierPoint] = []
    var previous: [FundedChoice] = []
    for entry in found {
      let choices = session.choices(at: entry.values)
      result.append(
        FrontierPoint(
          x: entry.x, y: entry.y, epsilon: entry.epsilon, objective: session.planning.primaryValue(at: entry.values),
          totalCost: session.totalCost(at: entry.values), choices: choices, change: SelectionChange(from: previous, to: choices)))
      previous = choices
    }
    return FrontierResult(x: x, y: y, points: result, isExhaustive: exhaustive, gap: session.options.gap, solves: solves)
  }
}
