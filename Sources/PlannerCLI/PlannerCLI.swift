/// Namespace for facts about the `PlannerCLI` module itself.
public enum PlannerCLIModule {
  /// The module's name, as used in diagnostics.
  public static let name = "PlannerCLI"
}
