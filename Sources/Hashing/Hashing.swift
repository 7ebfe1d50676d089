/// Namespace for facts about the `Hashing` module itself.
public enum HashingModule {
  /// The module's name, as used in diagnostics.
  public static let name = "Hashing"
}
