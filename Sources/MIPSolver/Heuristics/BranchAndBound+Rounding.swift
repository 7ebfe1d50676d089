extension BranchAndBound {
  /// Simple rounding (Achterberg 2007, §9.1): each fractional integer column is rounded in a
  /// direction in which no row locks it (a direction that can only make every row more feasible);
  /// the rounded point is offered as a solution when every column could be rounded.
  func simpleRounding(_ x: [Double]) {
    var rounded = x
    for j in 0..<x.count where problem.isInteger[j] {
      let value = x[j]
      if abs(value - value.rounded()) <= tolerances.integrality {
        rounded[j] = value.rounded()
        continue
      }
      if downLocks[j] == 0 {
        rounded[j] = value.rounded(.down)
      } else if upLocks[j] == 0 {
        rounded[j] = value.rounded(.up)
      } else {
        return
      }
    }
    offerSolution(rounded)
  }
}
