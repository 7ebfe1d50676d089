/// Dual phase 1 on an auxiliary boxed problem, and the cost perturbation.
extension DualSimplex {
  /// Makes the basis dual feasible when flipping boxed variables is not enough.
  ///
  /// The auxiliary problem keeps the matrix and costs but replaces the bounds: free variables get
  /// `[-F, F]` (`F = freeBoxInPhase1`), lower-bounded ones `[0, 1]`, upper-bounded ones `[-1, 0]`,
  /// boxed and fixed ones `[0, 0]`. Every non-basic variable of a boxed problem can be made dual
  /// feasible by choosing its bound, so the dual phase 2 solves it; its optimum is 0 exactly when
  /// the original problem has a dual feasible basis, and its optimal basis is then one
  /// (Koberstein 2005, §4.1.2, the "subproblem approach" after Fourer 1994).
  ///
  /// - Returns: the number of dual infeasibilities left for the original bounds (0: success).
  func dualPhase1(limit: Int) -> Int {
    let savedLower = lower
    let savedUpper = upper
    for j in 0..<(n + m) {
      let hasLower = lower[j] > -Double.infinity
      let hasUpper = upper[j] < Double.infinity
      switch (hasLower, hasUpper) {
      case (false, false):
        lower[j] = -SimplexParameters.freeBoxInPhase1
        upper[j] = SimplexParameters.freeBoxInPhase1
      case (true, false):
        lower[j] = 0
        upper[j] = 1
      case (false, true):
        lower[j] = -1
        upper[j] = 0
      case (true, true):
        lower[j] = 0
        upper[j] = 0
      }
      if state[j] != .basic {
        state[j] = d[j] >= 0 ? .atLower : .atUpper
        x[j] = nonbasicValue(j)
      }
    }
    computePrimal()
    _ = dualPhase2(limit: limit, checkCutoff: false)
    lower = savedLower
    upper = savedUpper
    for j in 0..<(n + m) where state[j] != .basic {
      state[j] = nonbasicStatus(j, preferring: d[j] >= 0 ? .atLower : .atUpper)
      x[j] = nonbasicValue(j)
    }
    workCost = cost
    isPerturbed = false
    computePrimal()
    computeDuals()
    return repairDualFeasibility(shift: false).remaining
  }

  /// The next number of a fixed-seed SplitMix64 sequence, in [0, 1) (deterministic, STYLE C5).
  func nextUnitRandom() -> Double {
    randomState &+= 0x9E37_79B9_7F4A_7C15
    var z = randomState
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z = z ^ (z >> 31)
    return Double(z >> 11) * 0x1p-53
  }

  /// Perturbs the working costs against dual degeneracy: `δ_j = base (1 + |c_j|)(1 + ξ_j)`, in the
  /// direction that keeps the current statuses dual feasible (Koberstein 2005, §3.6.2; HiGHS).
  func perturbCosts() {
    let lower = self.lower
    let upper = self.upper
    let state = self.state
    let cost = self.cost
    var perturbed = workCost
    workCost = []
    for j in 0..<lower.count where lower[j] != upper[j] {
      let hasLower = lower[j] > -Double.infinity
      let hasUpper = upper[j] < Double.infinity
      if !hasLower && !hasUpper { continue }
      let delta = SimplexParameters.perturbationBase * (1 + abs(cost[j])) * (1 + nextUnitRandom())
      let direction: Double
      if hasLower && !hasUpper {
        direction = 1
      } else if hasUpper && !hasLower {
        direction = -1
      } else if state[j] == .basic {
        direction = cost[j] >= 0 ? 1 : -1
      } else {
        direction = state[j] == .atUpper ? -1 : 1
      }
      perturbed[j] += direction * delta
    }
    workCost = perturbed
    isPerturbed = true
  }

  /// A lower bound on the optimum (original units, offset included) that holds for any duals:
  /// the Lagrangian bound `Σ_j min over [l_j, u_j] of d_j x_j` with `d` from the true costs.
  ///
  /// Returns `-infinity` when a reduced cost beyond the dual tolerance faces an infinite bound.
  func provenLowerBound() -> Double {
    for p in 0..<m { workPosition[p] = cost[basicIndex[p]] }
    var trueDuals = [Double](repeating: 0, count: m)
    factor.solveTransposed(&workPosition, into: &trueDuals)
    var bound = problem.objectiveOffset
    for j in 0..<(n + m) {
      let reduced = cost[j] - columnDot(j, trueDuals)
      if reduced > 0 {
        if lower[j] > -Double.infinity {
          bound += reduced * lower[j]
        } else if reduced > tolerances.dualFeasibility {
          return -.infinity
        }
      } else if reduced < 0 {
        if upper[j] < Double.infinity {
          bound += reduced * upper[j]
        } else if reduced < -tolerances.dualFeasibility {
          return -.infinity
        }
      }
    }
    return bound
  }
}
