extension BranchAndBound {
  /// Seeds the search before `run()`: a known point becomes the starting incumbent and an objective
  /// value becomes a cutoff, so the root's reduced-cost fixing, node pruning and the gap test work
  /// against them from the first node.
  ///
  /// - Parameters:
  ///   - point: a point in this problem's columns; integers are rounded, and it is taken only when it
  ///     passes `isFeasible` (after polishing the continuous columns, as any offered solution).
  ///   - cutoff: an objective value in the computational (minimization) sense; the search looks only
  ///     for points strictly below it (within the gap), reporting none when there are none. `nil`: none.
  /// - Returns: whether `point` became the incumbent.
  @discardableResult
  func seed(point: [Double]?, cutoff: Double?) -> Bool {
    var accepted = false
    if let point, point.count == problem.columnCount, point.allSatisfy(\.isFinite) {
      accepted = offerSolution(point)
    }
    if let cutoff, cutoff.isFinite, cutoff < incumbentValue {
      // A better bound than the point: anything found must beat it; the point no longer matters.
      incumbent = nil
      incumbentValue = cutoff
    }
    return accepted
  }
}
