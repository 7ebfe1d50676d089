import Foundation

/// Finds the shared fixtures bundled with `PlannerTestSupport` (the `Fixtures/` folder).
public enum TestFixtures {
  /// The URL of `Fixtures/<relativePath>`, or `nil` when it is not bundled.
  public static func url(_ relativePath: String) -> URL? {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return nil }
    let url = root.appendingPathComponent(relativePath)
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The UTF-8 text of `Fixtures/<relativePath>`.
  public static func text(_ relativePath: String) throws -> String {
    guard let url = url(relativePath) else { throw MissingFixture(path: relativePath) }
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// A fixture that is not in the bundle.
  public struct MissingFixture: Error, CustomStringConvertible {
    /// The path asked for, relative to `Fixtures/`.
    public var path: String
    /// A message naming the missing path.
    public var description: String { "fixture '\(path)' is not bundled with PlannerTestSupport" }
  }
}
