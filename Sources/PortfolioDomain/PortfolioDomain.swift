/// Namespace for facts about the `PortfolioDomain` module itself.
public enum PortfolioDomainModule {
  /// The module's name, as used in diagnostics.
  public static let name = "PortfolioDomain"
}
