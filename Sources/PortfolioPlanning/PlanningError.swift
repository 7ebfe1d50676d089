/// A failure of the planner that is not an outcome of the model (those are statuses).
public enum PlanningError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The model handed to the solver is invalid (a bug in the formulation or a caller's extra row).
  case invalidModel([String])
  /// The scenario cannot be planned (no DCB fund, no criteria...), with the reason.
  case unusableInputs(String)

  public var description: String {
    switch self {
    case .invalidModel(let issues): "invalid planning model: " + issues.joined(separator: "; ")
    case .unusableInputs(let reason): reason
    }
  }
}
