/// Namespace for facts about the `PortfolioAudit` module itself.
public enum PortfolioAuditModule {
  /// The module's name, as used in diagnostics.
  public static let name = "PortfolioAudit"
}
