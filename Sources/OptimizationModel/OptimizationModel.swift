/// Namespace for facts about the `OptimizationModel` module itself.
public enum OptimizationModelModule {
  /// The module's name, as used in diagnostics.
  public static let name = "OptimizationModel"
}
