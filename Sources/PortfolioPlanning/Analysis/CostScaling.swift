import MIPSolver
import OptimizationModel
import PortfolioDomain

/// How the planning model depends on a cost scale `1 + t` of some candidates (every tier and year of each
/// scaled alike): one candidate for the cost bisection of `CandidateExplainer`, all of them for the cost
/// margin of `RobustnessAnalysis`.
///
/// Costs enter the model only as coefficients of the candidates' choice columns (linear in `t`) and as
/// the upper bounds of their payments (which their coverage rows already imply). So for a fixed selection,
/// one LP with `t` as a column finds the largest `t` in a range at which the selection's payments can
/// still be split within every row: in explain, the end of the interval over which that plan stays a
/// witness (the bisection then jumps to it instead of halving towards it, step by step); in robust, the
/// uniform overrun the base plan absorbs.
///
/// The coefficients are read off two builds of the model (at `t = 0` and `t = 1/2`); costs are rounded
/// to whole cents in each build, so the slopes are exact to about a cent per coefficient, far inside
/// `margin`. Both builds keep the capacity rows that cannot bind at their scale
/// (`FormulationOptions.keepsSlackCapacityRows`): left out, a row that binds only at a larger `t` would be
/// missing from the LP, which would then overstate the largest payable `t`.
struct CostScaling {
  /// The model at `t = 0` (in explain, with the candidate forced in).
  let base: PlanningModel
  /// Per row, the scaled candidates' choice columns whose coefficient changes with `t`, and its slope.
  let slopes: [[(column: Int, slope: Double)]]
  /// The scaled candidates' payment columns (their upper bounds follow the costs; the LP drops them).
  let paymentColumns: [Int]

  /// How far inside the LP's largest `t` a jump lands (a fraction of the cost, 10^-6): the rounding of
  /// costs to cents and the LP's feasibility tolerance never reach that far.
  static let margin = 1e-6

  /// Builds the session's model with the costs of `candidates` scaled at `t = 0` and `t = 1/2`, every
  /// capacity row kept, and `adjust` applied to each build (explain forces its candidate in), and reads the
  /// slopes off the two; `nil` when they differ anywhere else than in the choice coefficients and payment
  /// bounds of `candidates` (explain's bisection then goes on without jumps).
  init?(scaling candidates: Set<CandidateID>, in session: AnalysisSession, adjust: (inout PlanningModel) -> Void = { _ in }) {
    var options = session.options.formulation
    options.keepsSlackCapacityRows = true
    func build(_ t: Double) -> PlanningModel {
      let portfolio = session.portfolio.scalingCosts { candidates.contains($0.id) ? 1 + t : 1 }
      var planning = PlanningFormulation.build(portfolio: portfolio, scenario: session.scenario, options: options)
      adjust(&planning)
      return planning
    }
    self.init(candidates: candidates, atZero: build(0), atHalf: build(0.5))
  }

  /// Reads the slopes off `atZero` and `atHalf` (the same model at `t = 0` and `t = 1/2`).
  private init?(candidates: Set<CandidateID>, atZero: PlanningModel, atHalf: PlanningModel) {
    let zero = atZero.model, half = atHalf.model
    guard zero.rows.count == half.rows.count, zero.variables.count == half.variables.count else { return nil }
    let choiceColumns = Set(atZero.choices.filter { candidates.contains($0.candidate) }.map(\.column))
    let payments = Set(atZero.payments.filter { candidates.contains($0.candidate) }.map(\.column))
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

  /// The largest `t` in `range`, less `margin` (but not below the range), at which the selection of
  /// `values` can still be paid within every row; `nil` when it cannot be paid anywhere in the range.
  func largestPayable(_ values: [Double], in range: ClosedRange<Double>, session: AnalysisSession) throws -> Double? {
    try payableLimit(values, in: range, session: session)?.t
  }

  /// `largestPayable`, with the rows of `base` that stop `t` there: those with a nonzero dual in the LP
  /// (ascending; empty when `t` stops at the range's end).
  func payableLimit(_ values: [Double], in range: ClosedRange<Double>, session: AnalysisSession) throws -> (t: Double, limitingRows: [Int])? {
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
    let rows = base.model.rows.count
    let limiting = (result.rowDuals ?? []).prefix(rows).enumerated().filter { abs($0.element) > 1e-9 }.map(\.offset)
    return (max(range.lowerBound, min(range.upperBound, solution[t]) - Self.margin), limiting)
  }
}

extension Portfolio {
  /// This portfolio with each candidate's costs (every tier and year) scaled by `factor(candidate)`, each
  /// amount rounded to whole cents.
  func scalingCosts(by factor: (Candidate) -> Double) -> Portfolio {
    var candidates = self.candidates
    for c in candidates.indices {
      let scale = factor(candidates[c])
      guard scale != 1 else { continue }
      for t in candidates[c].tiers.indices {
        candidates[c].tiers[t].costProfile = candidates[c].tiers[t].costProfile.map {
          Money(cents: Int64((Double($0.cents) * scale).rounded()))
        }
      }
    }
    return Portfolio(firms: firms, candidates: candidates, sources: sources, relations: relations)
  }
}
