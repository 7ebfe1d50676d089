/// Rows of the simplex tableau, for Gomory mixed-integer cuts.
extension DualSimplex {
  /// The tableau row of a basic structural column, in original (unscaled) units.
  ///
  /// With `r_i = -(A x)_i` the logical of row `i`, the returned vector `t` (length `n + m`, columns
  /// first, then one entry per row's logical) satisfies `Σ_k t_k v_k = 0` for every `(x, r)` with
  /// `A x + r = 0`, where `v = (x, r)`; `t[column] = 1` and `t_k = 0` for the other basic variables.
  /// Computed as `ρ = B⁻ᵀ e_p` (BTRAN of the unit vector at the column's basis position) followed by
  /// the row-wise product `ρᵀ [A I]`, then unscaled.
  ///
  /// - Parameter column: a structural column (`0 ..< columnCount`).
  /// - Returns: `nil` when the column is not basic.
  public func tableauRow(basicColumn column: Int) -> [Double]? {
    guard column >= 0 && column < n, state[column] == .basic else { return nil }
    if !factorValid {
      refactor()
      computePrimal()
    }
    guard let position = basicIndex.firstIndex(of: column) else { return nil }
    btranUnit(position)
    var row = [Double](repeating: 0, count: n + m)
    // Scaled: x̃_j = x_j / c_j and r̃_i = R_i r_i; unscaled and normalized so t[column] = 1
    // (dividing by the basic column's own coefficient 1 / c_column).
    let basicScale = scaling.columnScale[column]
    for i in 0..<m {
      let ri = rho[i]
      if ri == 0 { continue }
      row[n + i] = ri * scaling.rowScale[i] * basicScale
      for e in rowStart[i]..<rowStart[i + 1] {
        row[rowColumn[e]] += ri * rowValue[e]
      }
    }
    for j in 0..<n where row[j] != 0 { row[j] *= basicScale / scaling.columnScale[j] }
    for j in basicIndex where j != column { row[j] = 0 }
    row[column] = 1
    return row
  }
}
