/// Dual steepest-edge pricing (Forrest and Goldfarb 1992; Koberstein 2005, §3.3).
extension DualSimplex {
  /// The basis position whose primal infeasibility `δ²/w` is largest (ties: lowest position), or
  /// `nil` when the basis is primal feasible within `tolerances.primalFeasibility`.
  func chooseLeavingRow() -> Int? {
    var best = -1
    var bestScore = 0.0
    for p in 0..<m {
      let infeasibility = primalInfeasibility(basicIndex[p])
      if infeasibility == 0 { continue }
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
    var rowWeight = 0.0
    for i in 0..<m { rowWeight += rho[i] * rho[i] }
    for p in 0..<m where p != r {
      let a = alphaColumn[p]
      if a == 0 { continue }
      let ratio = a / pivot
      weight[p] = max(weight[p] + ratio * (ratio * rowWeight - 2 * tau[p]), SimplexParameters.minimumWeight)
    }
    weight[r] = max(rowWeight / (pivot * pivot), SimplexParameters.minimumWeight)
  }
}
