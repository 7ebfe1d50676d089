/// The dual ratio test: bound flipping ("long step") combined with Harris' two passes
/// (Harris 1973; Fourer 1994; Koberstein 2005, §3.2 and Algorithm 4).
extension DualSimplex {
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
    var flips = self.flips
    self.flips = []
    flips.removeAll(keepingCapacity: true)
    defer { self.flips = flips }
    let pivotTolerance = tolerances.pivot
    let relax = tolerances.dualFeasibility
    let state = self.state
    let lower = self.lower
    let upper = self.upper
    let alphaRow = self.alphaRow
    let d = self.d
    var found = breakpoints
    breakpoints = []
    found.removeAll(keepingCapacity: true)
    for j in alphaRowIndices {
      let a = sign * alphaRow[j]
      if abs(a) <= pivotTolerance || lower[j] == upper[j] { continue }
      let slack: Double
      switch state[j] {
      case .atLower:
        if a >= 0 { continue }
        slack = d[j]
      case .atUpper:
        if a <= 0 { continue }
        slack = -d[j]
      case .free: slack = 0
      case .basic: continue
      }
      let magnitude = abs(a)
      found.append(
        Breakpoint(
          ratio: slack / magnitude, relaxed: (slack + relax) / magnitude, alpha: magnitude, index: j,
          slopeDecrease: magnitude * (upper[j] - lower[j])))
    }
    defer { breakpoints = found }
    var remainingSlope = slope
    // First rounds: linear scans (most iterations stop in the first group). If many breakpoints
    // are passed, sort the rest once and walk them in order.
    for _ in 0..<SimplexParameters.unsortedRatioRounds {
      if found.isEmpty { return nil }
      var bound = Double.infinity
      for entry in found where entry.relaxed < bound { bound = entry.relaxed }
      var best = -1
      var bestAlpha = 0.0
      var groupRange = 0.0
      for entry in found where entry.ratio <= bound {
        if entry.alpha > bestAlpha || (entry.alpha == bestAlpha && entry.index < best) {
          bestAlpha = entry.alpha
          best = entry.index
        }
        groupRange += entry.slopeDecrease
      }
      if best < 0 { return nil }
      if !(groupRange.isFinite && remainingSlope - groupRange > 0) { return best }
      remainingSlope -= groupRange
      var kept = 0
      for t in found.indices {
        if found[t].ratio <= bound {
          flips.append(found[t].index)
        } else {
          found[kept] = found[t]
          kept += 1
        }
      }
      found.removeLast(found.count - kept)
    }
    // Quickselect-style passes: flip every breakpoint up to a median-of-three pivot ratio while
    // the slope stays positive, otherwise narrow the window to those breakpoints.
    var low = 0
    var high = found.count
    while high - low > SimplexParameters.sortedRatioWindow {
      let pivot = Self.medianOfThree(found[low].ratio, found[(low + high) / 2].ratio, found[high - 1].ratio)
      var split = low
      for t in low..<high where found[t].ratio <= pivot {
        found.swapAt(t, split)
        split += 1
      }
      var decrease = 0.0
      for t in low..<split { decrease += found[t].slopeDecrease }
      if decrease.isFinite && remainingSlope - decrease > 0 {
        remainingSlope -= decrease
        for t in low..<split { flips.append(found[t].index) }
        low = split
      } else if split == high {
        break
      } else {
        high = split
      }
    }
    while low < found.count {
      found[low..<high].sort { ($0.ratio, $0.index) < ($1.ratio, $1.index) }
      var start = low
      while start < high {
        // The Harris bound: the smallest relaxed ratio; later entries in ratio order cannot lower it.
        var bound = Double.infinity
        var end = start
        while end < high && found[end].ratio <= bound {
          bound = min(bound, found[end].relaxed)
          end += 1
        }
        var best = -1
        var bestAlpha = 0.0
        var groupDecrease = 0.0
        var groupEnd = start
        while groupEnd < end && found[groupEnd].ratio <= bound {
          let entry = found[groupEnd]
          if entry.alpha > bestAlpha {
            bestAlpha = entry.alpha
            best = entry.index
          }
          groupDecrease += entry.slopeDecrease
          groupEnd += 1
        }
        if best < 0 { return nil }
        if groupDecrease.isFinite && remainingSlope - groupDecrease > 0 {
          remainingSlope -= groupDecrease
          for t in start..<groupEnd { flips.append(found[t].index) }
          start = groupEnd
          continue
        }
        return best
      }
      low = high
      high = found.count
    }
    // Every breakpoint was passed and the slope is still positive: the dual is unbounded.
    return nil
  }

  static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
    max(min(a, b), min(max(a, b), c))
  }
}

/// A breakpoint of the dual ratio test: candidate `index` blocks at `ratio` (`relaxed` with the
/// Harris tolerance), with pivot magnitude `alpha`.
struct Breakpoint {
  var ratio: Double
  var relaxed: Double
  var alpha: Double
  var index: Int
  /// `alpha · (upper - lower)`: the drop of the dual slope when passing it (infinite if not boxed).
  var slopeDecrease: Double
}
