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

  /// Creates options; the defaults build exactly the scenario's model.
  public init(objective: ObjectiveMode? = nil, benefitTiming: Bool? = nil, describeRows: Bool = true) {
    self.objective = objective
    self.benefitTiming = benefitTiming
    self.describeRows = describeRows
  }
}
