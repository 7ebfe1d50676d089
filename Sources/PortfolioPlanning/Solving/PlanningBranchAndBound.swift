import MIPSolver
import OptimizationModel

/// A compact, deterministic best-first branch-and-bound over the public dual simplex (`DualSimplex`).
///
/// Stand-in until `MIPSolver` exposes its own branch-and-bound publicly (see `PlanningSolver`). Each node
/// LP warm-starts from the previous basis (only changed bounds are set); the search dives into the child
/// on the side of the rounding, keeps the other child in a best-bound list, and stops when the best open
/// bound is within `max(absoluteGap, relativeGap · |incumbent|)` of the incumbent (HiGHS's rule).
/// Branching: the most fractional integer column, lowest index on ties. Node limit as asked.
struct PlanningBranchAndBound {
  let model: LinearModel
  let options: SolverOptions

  private struct Node {
    var lower: [Double]
    var upper: [Double]
    var bound: Double
  }

  init(model: LinearModel, options: SolverOptions) {
    self.model = model
    self.options = options
  }

  func run(incumbent seed: [Double]?) throws -> SolveResult {
    let clock = ContinuousClock()
    let started = clock.now
    func seconds() -> Double {
      let duration = clock.now - started
      return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
    try validate()
    let (problem, factor) = LPConversion.problem(model)
    let engine = DualSimplex(problem: problem, tolerances: options.tolerances)
    let iterationCap = options.iterationLimit ?? Int(Int32.max)
    let integers = model.variables.indices.filter { model.variables[$0].isInteger }

    if integers.isEmpty {
      let status = engine.solve(iterationLimit: iterationCap)
      var result = SolveResult(status: .optimal, iterations: engine.iterationCount)
      switch status {
      case .optimal:
        let values = engine.columnValues
        result.values = values
        result.objective = model.objectiveValue(of: values)
        result.bound = result.objective
        result.rowActivities = model.rowActivities(of: values)
        result.rowDuals = engine.rowDuals.prefix(model.rows.count).map { factor * $0 }
        result.reducedCosts = engine.reducedCosts.map { factor * $0 }
        if LPConversion.violation(of: values, in: model) > options.tolerances.solutionCheck {
          result.status = .limitReached(.iterations)
        }
      case .infeasible: result.status = .infeasible
      case .unbounded: result.status = .unbounded
      case .cutoff, .iterationLimit: result.status = .limitReached(.iterations)
      }
      result.seconds = seconds()
      return result
    }

    var best: [Double]?
    var bestValue = Double.infinity  // engine (minimization) sense
    if let seed, seed.count == model.variables.count {
      var rounded = seed
      for j in integers { rounded[j] = rounded[j].rounded() }
      if LPConversion.violation(of: rounded, in: model) <= options.tolerances.solutionCheck {
        best = rounded
        bestValue = factor * model.objectiveValue(of: rounded)
      }
    }
    func allowance() -> Double {
      guard bestValue.isFinite else { return 0 }
      return max(options.absoluteGap, options.relativeGap * abs(bestValue), 1e-9 * max(1, abs(bestValue)))
    }

    var currentLower = integers.map { problem.columnLower[$0] }
    var currentUpper = integers.map { problem.columnUpper[$0] }
    var open: [Node] = []
    var dive: Node? = Node(lower: currentLower, upper: currentUpper, bound: -.infinity)
    var nodes = 0
    var limit: SolveLimit?
    var rootUnbounded = false
    var lostBound = -Double.infinity  // bounds of nodes whose LP stopped on a limit

    while true {
      let openBound = min(open.map(\.bound).min() ?? .infinity, dive?.bound ?? .infinity, lostBound == -.infinity ? .infinity : lostBound)
      if bestValue.isFinite && openBound >= bestValue - allowance() { break }
      var node: Node
      if let next = dive {
        node = next
        dive = nil
      } else {
        guard !open.isEmpty else { break }
        var pick = 0
        for k in open.indices where open[k].bound < open[pick].bound { pick = k }
        node = open.remove(at: pick)
      }
      if let nodeLimit = options.nodeLimit, nodes >= nodeLimit {
        open.append(node)
        limit = .nodes
        break
      }
      if engine.iterationCount >= iterationCap {
        open.append(node)
        limit = .iterations
        break
      }
      nodes += 1
      for (k, j) in integers.enumerated() where node.lower[k] != currentLower[k] || node.upper[k] != currentUpper[k] {
        engine.setColumnBounds(j, lower: node.lower[k], upper: node.upper[k])
        currentLower[k] = node.lower[k]
        currentUpper[k] = node.upper[k]
      }
      switch engine.solve(iterationLimit: max(1, iterationCap - engine.iterationCount)) {
      case .infeasible, .cutoff: continue
      case .unbounded:
        if nodes == 1 { rootUnbounded = true }
        continue
      case .iterationLimit:
        lostBound = lostBound == -.infinity ? node.bound : min(lostBound, node.bound)
        continue
      case .optimal: break
      }
      let value = engine.objectiveValue
      if bestValue.isFinite && value >= bestValue - allowance() { continue }
      let values = engine.columnValues
      var branch = -1
      var branchScore = 0.0
      for (k, j) in integers.enumerated() {
        let fraction = values[j] - values[j].rounded(.down)
        let score = min(fraction, 1 - fraction)
        if score > options.tolerances.integrality && score > branchScore + 1e-12 {
          branch = k
          branchScore = score
        }
      }
      if branch < 0 {
        var candidate = values
        for j in integers { candidate[j] = candidate[j].rounded() }
        if LPConversion.violation(of: candidate, in: model) > options.tolerances.solutionCheck {
          // Integers within tolerance of a whole number: fix them there and re-solve the continuous part.
          for (k, j) in integers.enumerated() {
            engine.setColumnBounds(j, lower: candidate[j], upper: candidate[j])
            currentLower[k] = candidate[j]
            currentUpper[k] = candidate[j]
          }
          if engine.solve(iterationLimit: max(1, iterationCap - engine.iterationCount)) == .optimal {
            candidate = engine.columnValues
            for j in integers { candidate[j] = candidate[j].rounded() }
          }
        }
        if LPConversion.violation(of: candidate, in: model) <= options.tolerances.solutionCheck {
          let objective = factor * model.objectiveValue(of: candidate)
          if objective < bestValue {
            best = candidate
            bestValue = objective
          }
        }
        continue
      }
      let j = integers[branch]
      var down = node
      down.upper[branch] = values[j].rounded(.down)
      down.bound = value
      var up = node
      up.lower[branch] = values[j].rounded(.up)
      up.bound = value
      let fraction = values[j] - values[j].rounded(.down)
      if fraction >= 0.5 {
        dive = up
        open.append(down)
      } else {
        dive = down
        open.append(up)
      }
    }

    var result = SolveResult(status: .optimal, nodes: nodes, iterations: engine.iterationCount)
    let remaining = min(
      open.map(\.bound).min() ?? .infinity, dive?.bound ?? .infinity, lostBound == -.infinity ? .infinity : lostBound)
    if let best {
      result.values = best
      result.objective = model.objectiveValue(of: best)
      result.rowActivities = model.rowActivities(of: best)
      let bound = min(remaining, bestValue)
      result.bound = factor * bound
      if let limit, remaining < bestValue - allowance() { result.status = .limitReached(limit) }
      if lostBound != -.infinity && lostBound < bestValue - allowance() { result.status = .limitReached(.iterations) }
    } else if let limit {
      result.status = .limitReached(limit)
      if remaining.isFinite { result.bound = factor * remaining }
    } else if rootUnbounded {
      result.status = .unbounded
    } else if lostBound != -.infinity {
      result.status = .limitReached(.iterations)
    } else {
      result.status = .infeasible
    }
    result.seconds = seconds()
    return result
  }

  /// Rejects NaN or infinite coefficients and crossed bounds (the facade's rule; `PlanningError.invalidModel`).
  private func validate() throws {
    var issues: [String] = []
    for (j, variable) in model.variables.enumerated() where
      variable.lowerBound.isNaN || variable.upperBound.isNaN || variable.lowerBound > variable.upperBound
      || !variable.objective.isFinite
    {
      issues.append("variable \(j) '\(variable.name)': invalid bounds or objective")
    }
    for (i, row) in model.rows.enumerated() {
      if row.lowerBound.isNaN || row.upperBound.isNaN || row.lowerBound > row.upperBound {
        issues.append("row \(i) '\(row.name)': invalid bounds [\(row.lowerBound), \(row.upperBound)]")
      }
      if row.coefficients.contains(where: { !$0.isFinite }) { issues.append("row \(i) '\(row.name)': coefficient is not finite") }
    }
    if !issues.isEmpty { throw PlanningError.invalidModel(issues) }
  }
}
