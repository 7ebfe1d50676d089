/// The dual ratio test: bound flipping ("long step") combined with Harris' two passes
/// (Harris 1973; Fourer 1994; Koberstein 2005, §3.2 and Algorithm 4).
extension DualSimplex {
  /// How far the reduced cost of candidate `j` may move before it changes sign for `j`'s status.
  @inline(__always)
  func dualSlack(_ j: Int) -> Double {
    switch state[j] {
    case .atLower: return d[j]
    case .atUpper: return -d[j]
    case .free, .basic: return 0
    }
  }

  /// Chooses the entering variable for a leaving row whose pivot row is in `alphaRow`.
  ///
  /// With the dual step `t >= 0`, the reduced costs move as `d_j + sign · t · α_j`; candidate `j`
  /// blocks at `t_j = slack_j / |α_j|`. Breakpoints of boxed variables are passed (the variable is
  /// flipped to its other bound, recorded in `flips`) while the slope of the dual objective, which
  /// starts at the primal infeasibility `slope` and drops by `|α_j| (u_j - l_j)` per flip, stays
  /// positive. Within each group of breakpoints below the Harris bound (slacks relaxed by the dual
  /// feasibility tolerance) the largest `|α_j|` is chosen, for stability.
  ///
  /// - Parameters:
  ///   - sign: +1 when the leaving variable goes to its lower bound, -1 to its upper bound.
  ///   - slope: the leaving variable's primal infeasibility (> 0).
  /// - Returns: the entering variable, or `nil` when the dual is unbounded along this row.
  func ratioTest(sign: Double, slope: Double) -> Int? {
    flips.removeAll(keepingCapacity: true)
    candidates.removeAll(keepingCapacity: true)
    let pivotTolerance = tolerances.pivot
    for j in 0..<(n + m) where state[j] != .basic && lower[j] != upper[j] {
      let a = sign * alphaRow[j]
      switch state[j] {
      case .atLower: if a < -pivotTolerance { candidates.append(j) }
      case .atUpper: if a > pivotTolerance { candidates.append(j) }
      case .free: if abs(a) > pivotTolerance { candidates.append(j) }
      case .basic: break
      }
    }
    var remainingSlope = slope
    let relax = tolerances.dualFeasibility
    while !candidates.isEmpty {
      var bound = Double.infinity
      for j in candidates {
        let ratio = (dualSlack(j) + relax) / abs(alphaRow[j])
        if ratio < bound { bound = ratio }
      }
      var best = -1
      var bestAlpha = 0.0
      var groupRange = 0.0
      var allBoxed = true
      for j in candidates where dualSlack(j) / abs(alphaRow[j]) <= bound {
        let a = abs(alphaRow[j])
        if a > bestAlpha {
          bestAlpha = a
          best = j
        }
        let range = upper[j] - lower[j]
        if range.isFinite { groupRange += a * range } else { allBoxed = false }
      }
      if best < 0 { return nil }
      if allBoxed && remainingSlope - groupRange > 0 {
        remainingSlope -= groupRange
        var kept = 0
        for t in candidates.indices {
          let j = candidates[t]
          if dualSlack(j) / abs(alphaRow[j]) <= bound {
            flips.append(j)
          } else {
            candidates[kept] = j
            kept += 1
          }
        }
        candidates.removeLast(candidates.count - kept)
        continue
      }
      return best
    }
    // Every breakpoint was passed and the slope is still positive: the dual is unbounded.
    return nil
  }
}
