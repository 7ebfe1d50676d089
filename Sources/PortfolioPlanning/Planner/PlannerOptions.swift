import MIPSolver
import PortfolioDomain

/// How the planner solves: gap, limits and the formulation's options.
public struct PlannerOptions: Sendable, Hashable {
  /// The relative gap the primary solve is proven to (DESIGN §4; `0` asks for a full proof).
  public var gap: Double
  /// The most branch-and-bound nodes per solve; `nil`: no limit.
  public var nodeLimit: Int?
  /// Whether the lexicographic second solve (least total cost at the primary optimum) runs (on by default).
  public var lexicographic: Bool
  /// Whether left-out candidates get a reason (a few small LPs each; on by default).
  public var explainLeftOut: Bool
  /// The formulation's options.
  public var formulation: FormulationOptions

  /// Creates options.
  public init(
    gap: Double = 1e-4, nodeLimit: Int? = nil, lexicographic: Bool = true, explainLeftOut: Bool = true,
    formulation: FormulationOptions = FormulationOptions()
  ) {
    self.gap = gap
    self.nodeLimit = nodeLimit
    self.lexicographic = lexicographic
    self.explainLeftOut = explainLeftOut
    self.formulation = formulation
  }

  /// The scenario's solver settings as planner options.
  public init(scenario: Scenario) {
    self.init(gap: scenario.solver.gap, nodeLimit: scenario.solver.nodeLimit)
  }

  /// The solver options of one solve.
  public var solverOptions: SolverOptions {
    var options = SolverOptions()
    options.relativeGap = gap
    options.absoluteGap = gap == 0 ? 0 : options.absoluteGap
    options.nodeLimit = nodeLimit
    return options
  }
}
