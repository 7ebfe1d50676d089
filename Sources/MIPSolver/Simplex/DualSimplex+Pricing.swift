/// Dual steepest-edge pricing (Forrest and Goldfarb 1992; Koberstein 2005, §3.3).
extension DualSimplex {
  /// The basis position whose primal infeasibility `δ²/w` is largest (ties: lowest position), or
  /// `nil` when the basis is primal feasible within `tolerances.primalFeasibility`.
  ///
  /// Positions marked in `rejected` (rows whose ratio test just failed numerically) are skipped.
  func chooseLeavingRow(rejected: [Bool]) -> Int? {
    let basicIndex = self.basicIndex
    let x = self.x
    let lower = self.lower
    let upper = self.upper
    let weight = self.weight
    let tolerance = primalTolerance
    var best = -1
    var bestScore = 0.0
    for p in 0..<basicIndex.count where !rejected[p] {
      let j = basicIndex[p]
      let value = x[j]
      let infeasibility: Double
      if value < lower[j] - tolerance {
        infeasibility = lower[j] - value
      } else if value > upper[j] + tolerance {
        infeasibility = value - upper[j]
      } else {
        continue
      }
      let score = infeasibility * infeasibility / weight[p]
      if score > bestScore {
        bestScore = score
        best = p
      }
    }
    return best >= 0 ? best : nil
  }

  /// Updates the steepest-edge weights `w_p = ‖e_pᵀ B⁻¹‖²` after the pivot in row `r`.
  ///
  /// Uses `rho = B⁻ᵀ e_r`, `tau = B⁻¹ rho` and the entering column `alphaColumn` of the old basis:
  /// `w_p ← w_p - 2 (α_p/α_r) τ_p + (α_p/α_r)² w_r` and `w_r ← w_r / α_r²`, with `w_r = ‖rho‖²`
  /// recomputed exactly.
  func updateWeights(row r: Int) {
    let pivot = alphaColumn[r]
    let rowWeight = rho.reduce(0) { $0 + $1 * $1 }
    let alpha = alphaColumn
    let tau = self.tau
    let minimum = SimplexParameters.minimumWeight
    weight.withUnsafeMutableBufferPointer { w in
      for p in 0..<alpha.count where p != r {
        let a = alpha[p]
        if a == 0 { continue }
        let ratio = a / pivot
        w[p] = max(w[p] + ratio * (ratio * rowWeight - 2 * tau[p]), minimum)
      }
      w[r] = max(rowWeight / (pivot * pivot), minimum)
    }
  }
}
