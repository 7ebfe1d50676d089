import Foundation

/// Locates the dataset and config that ship inside the package as resources.
///
/// The CLI prefers `Datasets/bih/` and `Config/` under the working directory when they exist
/// (DESIGN §3); these URLs are the fallback so the built binary works from any directory.
public enum BundledData {
  /// The bundled `Datasets/` folder (holds `bih/` and `ledger/`), or `nil` if resources are missing.
  public static var datasetsURL: URL? { Bundle.module.url(forResource: "Datasets", withExtension: nil) }
  /// The bundled `Config/` folder (holds `scenario.json` and `scenarios/`), or `nil` if missing.
  public static var configURL: URL? { Bundle.module.url(forResource: "Config", withExtension: nil) }
}
