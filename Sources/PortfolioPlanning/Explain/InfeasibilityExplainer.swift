import MIPSolver
import OptimizationModel
import PortfolioDomain

/// A minimal set of conflicting constraint groups: with all of them no plan exists; without any one of
/// them (the others kept) one does.
public struct InfeasibilityReport: Sendable, Equatable {
  /// The groups, sorted.
  public var groups: [ConstraintGroup]
  /// One plain-language sentence per group, in the same order.
  public var sentences: [String]
}

/// Finds a minimal conflicting set of constraint groups by a deletion filter (Chinneck): start from every
/// relaxable group; drop each in turn (sorted order) and keep it dropped when the model stays infeasible.
/// Each feasibility test solves the LP relaxation first (LP-infeasible settles it) and the MILP only
/// when the relaxation is feasible, with a zero objective (the first feasible point ends the search).
public struct InfeasibilityExplainer: Sendable {
  /// The infeasible model.
  public let planning: PlanningModel
  /// The solver of the feasibility tests.
  public let solver: any ModelSolving

  /// Creates an explainer.
  public init(planning: PlanningModel, solver: any ModelSolving) {
    self.planning = planning
    self.solver = solver
  }

  /// The conflict, or `nil` when relaxing every group does not restore feasibility (cannot happen for
  /// models built by `PlanningFormulation`: without groups, funding nothing is feasible).
  public func explain() throws -> InfeasibilityReport? {
    var work = planning
    for j in work.model.variables.indices { work.model.variables[j].objective = 0 }
    work.model.objectiveConstant = 0
    let groups = work.groups
    for group in groups { work.relax(group) }
    guard try isFeasible(work.model) else { return nil }
    for group in groups { work.restore(group) }
    var conflict: [ConstraintGroup] = []
    for group in groups {
      work.relax(group)
      if try isFeasible(work.model) {
        work.restore(group)
        conflict.append(group)
      }
    }
    let describer = ConflictDescriber(planning: planning)
    return InfeasibilityReport(groups: conflict, sentences: conflict.map { describer.sentence(for: $0, conflict: conflict) })
  }

  /// Whether `model` has a feasible point.
  func isFeasible(_ model: LinearModel) throws -> Bool {
    var relaxation = model
    for j in relaxation.variables.indices { relaxation.variables[j].isInteger = false }
    let lp = try solver.solve(relaxation, options: SolverOptions(), incumbent: nil)
    if lp.status == .infeasible { return false }
    guard model.hasIntegers else { return lp.values != nil }
    var options = SolverOptions()
    options.relativeGap = 1
    options.absoluteGap = .infinity
    let mip = try solver.solve(model, options: options, incumbent: nil)
    return mip.values != nil
  }
}
