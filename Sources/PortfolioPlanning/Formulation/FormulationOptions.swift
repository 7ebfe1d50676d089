import PortfolioDomain

/// Choices that change how `PlanningFormulation` builds the model, beyond the scenario itself.
///
/// Decision analysis builds from a modified `Scenario` (budget band, forced items, locks) and then adds
/// rows to the returned `PlanningModel`; these options cover what the scenario cannot say.
public struct FormulationOptions: Sendable, Hashable {
  /// The objective; `nil`: the scenario's.
  public var objective: ObjectiveMode?
  /// Benefit timing; `nil`: the scenario's.
  public var benefitTiming: Bool?
  /// Whether the model's rows carry plain-language descriptions (on; off saves a little time in large sweeps).
  public var describeRows: Bool

  /// Whether implied knapsack rows in the binaries are added (`ImpliedRows.swift`; off: on the bundled
  /// model they gave the solver more nodes, not fewer).
  public var impliedRows: Bool

  /// Whether capacity rows are written even where no selection can exceed the capacity: the absorptive
  /// capacity rows (`PolicyRows.swift`) and the implied Hall rows. Off (the default) such rows are left out,
  /// as they never bind. The cost analyses (`CostScaling`) turn it on: they scale costs, and a row left out
  /// at one scale may bind at a larger one, so they need the same rows at every scale.
  public var keepsSlackCapacityRows: Bool

  /// Creates options; the defaults build exactly the scenario's model.
  public init(
    objective: ObjectiveMode? = nil, benefitTiming: Bool? = nil, describeRows: Bool = true, impliedRows: Bool = false,
    keepsSlackCapacityRows: Bool = false
  ) {
    self.impliedRows = impliedRows
    self.keepsSlackCapacityRows = keepsSlackCapacityRows
    self.objective = objective
    self.benefitTiming = benefitTiming
    self.describeRows = describeRows
  }
}
