/// Namespace for facts about the `PortfolioReports` module itself.
public enum PortfolioReportsModule {
  /// The module's name, as used in diagnostics.
  public static let name = "PortfolioReports"
}
