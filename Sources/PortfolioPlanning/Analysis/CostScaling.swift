import MIPSolver
import OptimizationModel
import PortfolioDomain

/// How the planning model depends on one candidate's cost scale `1 + t` (every tier and year scaled
/// alike), for the cost bisection of `CandidateExplainer`.
///
/// Costs enter the model only as coefficients of the candidate's choice columns (linear in `t`) and as
/// the upper bounds of its payments (which its coverage rows already imply). So for a fixed selection
/// that funds the candidate, one LP with `t` as a column finds the largest `t` in a range at which the
/// selection's payments can still be split within every row: the end of the interval over which that
/// plan stays a witness. The bisection then jumps to it instead of halving towards it, step by step.
///
/// The coefficients are read off two builds of the model (at `t = 0` and `t = 1/2`); costs are rounded
/// to whole cents in each build, so the slopes are exact to about a cent per coefficient, far inside
/// `margin`.
struct CostScaling {
  /// The model at `t = 0`, with the candidate forced in.
  let base: PlanningModel
  /// Per row, the candidate's choice columns whose coefficient changes with `t`, and its slope.
  let slopes: [[(column: Int, slope: Double)]]
  /// The candidate's payment columns (their upper bounds follow the costs; the LP drops them).
  let paymentColumns: [Int]

  /// How far inside the LP's largest `t` a jump lands (a fraction of the cost, 10^-6): the rounding of
  /// costs to cents and the LP's feasibility tolerance never reach that far.
  static let margin = 1e-6

  /// Reads the slopes off `atZero` and `atHalf` (the same model at `t = 0` and `t = 1/2`), or `nil` when
  /// the two differ anywhere else than in `candidate`'s choice coefficients and payment bounds (then the
  /// bisection goes on without jumps).
  init?(candidate: CandidateID, atZero: PlanningModel, atHalf: PlanningModel) {
    let zero = atZero.model, half = atHalf.model
    guard zero.rows.count == half.rows.count, zero.variables.count == half.variables.count else { return nil }
    let choiceColumns = Set(atZero.choiceColumns(of: candidate))
    let payments = Set(atZero.payments.filter { $0.candidate == candidate }.map(\.column))
    for (j, (a, b)) in zip(zero.variables, half.variables).enumerated() {
      let sameBounds = a.lowerBound == b.lowerBound && (a.upperBound == b.upperBound || payments.contains(j))
      guard sameBounds, a.objective == b.objective, a.isInteger == b.isInteger else { return nil }
    }
    var slopes: [[(column: Int, slope: Double)]] = []
    slopes.reserveCapacity(zero.rows.count)
    for (a, b) in zip(zero.rows, half.rows) {
      guard a.indices == b.indices, a.lowerBound == b.lowerBound, a.upperBound == b.upperBound else { return nil }
      var row: [(column: Int, slope: Double)] = []
      for (k, column) in a.indices.enumerated() where a.coefficients[k] != b.coefficients[k] {
        guard choiceColumns.contains(column) else { return nil }
        row.append((column, (b.coefficients[k] - a.coefficients[k]) / 0.5))
      }
      slopes.append(row)
    }
    self.base = atZero
    self.slopes = slopes
    self.paymentColumns = payments.sorted()
  }

  /// The largest `t` in `range`, less `margin`, at which the selection of `values` (which funds the
  /// candidate) can still be paid within every row; `nil` when it cannot be paid anywhere in the range.
  func largestPayable(_ values: [Double], in range: ClosedRange<Double>, session: AnalysisSession) throws -> Double? {
    var model = AnalysisSession.fixedSelection(base, values: values)
    for column in paymentColumns { model.variables[column].upperBound = .infinity }
    let t = model.variables.count
    model.variables.append(
      LinearModel.Variable(name: "cost_scale_t", lowerBound: range.lowerBound, upperBound: range.upperBound, objective: 1))
    for (i, row) in slopes.enumerated() where !row.isEmpty {
      var coefficient = 0.0
      for (column, slope) in row where column < values.count { coefficient += slope * values[column].rounded() }
      guard coefficient != 0 else { continue }
      model.rows[i].indices.append(t)
      model.rows[i].coefficients.append(coefficient)
    }
    model.sense = .maximize
    let result = try session.solveOnce(model, gap: 0)
    guard result.status == .optimal, let solution = result.values, t < solution.count else { return nil }
    return max(range.lowerBound, min(range.upperBound, solution[t]) - Self.margin)
  }
}
