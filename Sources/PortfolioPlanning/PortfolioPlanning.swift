/// Namespace for facts about the `PortfolioPlanning` module itself.
public enum PortfolioPlanningModule {
  /// The module's name, as used in diagnostics.
  public static let name = "PortfolioPlanning"
}
