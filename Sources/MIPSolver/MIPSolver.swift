/// Namespace for facts about the `MIPSolver` module itself.
public enum MIPSolverModule {
  /// The module's name, as used in diagnostics.
  public static let name = "MIPSolver"
}
