extension BranchAndBound {
  /// Large neighbourhood search by a sub-MIP: RINS (Danna, Rothberg and Le Pape 2005) fixes every
  /// integer column on which the incumbent and the LP solution `x` agree; without an incumbent,
  /// RENS (Berthold 2014) fixes the columns that are integral in `x` and restricts the others to
  /// `[floor, ceil]`. The restricted problem is searched by a fresh `BranchAndBound` with a node
  /// limit and the incumbent as cutoff (no cuts, no nested sub-MIPs); any improvement is offered.
  /// Skipped when less than `minimumFixedShare` of the integer columns would be fixed.
  func subMIPHeuristic(x: [Double], lower: [Double], upper: [Double], nodeLimit: Int) {
    guard let makeEngine, reachedLimit() == nil else { return }
    let minimumFixedShare = 0.3
    var subLower = lower, subUpper = upper
    var fixed = 0, integers = 0
    for j in 0..<problem.columnCount where problem.isInteger[j] {
      integers += 1
      let value = x[j]
      let rounded = value.rounded()
      if let incumbent {
        if abs(incumbent[j] - value) <= tolerances.integrality, rounded >= lower[j], rounded <= upper[j] {
          subLower[j] = rounded
          subUpper[j] = rounded
          fixed += 1
        }
      } else if abs(value - rounded) <= tolerances.integrality {
        subLower[j] = max(lower[j], rounded)
        subUpper[j] = min(upper[j], rounded)
        fixed += 1
      } else {
        subLower[j] = max(lower[j], value.rounded(.down))
        subUpper[j] = min(upper[j], value.rounded(.up))
      }
    }
    guard integers > 0, Double(fixed) >= minimumFixedShare * Double(integers) else { return }
    var subProblem = problem
    subProblem.lp.columnLower = subLower
    subProblem.lp.columnUpper = subUpper
    var subOptions = options
    subOptions.nodeLimit = nodeLimit
    subOptions.cuts = false
    if let limit = options.iterationLimit { subOptions.iterationLimit = max(0, limit - lp.iterationCount) }
    let sub = BranchAndBound(problem: subProblem, lp: makeEngine(subProblem.lp), options: subOptions)
    sub.deadline = deadline
    sub.incumbentValue = incumbentValue
    let result = sub.run()
    subMIPNodes += result.nodes
    subMIPIterations += result.iterations
    if let solution = sub.incumbent {
      let improved = offerSolution(solution)
      trace?("sub-MIP (\(fixed)/\(integers) fixed, \(result.nodes) nodes): \(improved ? "improved to \(incumbentValue)" : "no improvement")")
    }
  }
}
