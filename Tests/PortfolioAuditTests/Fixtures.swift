import Foundation

/// Loads files from this target's `Fixtures/` folder.
enum Fixtures {
  struct Missing: Error, CustomStringConvertible {
    var name: String
    var description: String { "fixture '\(name)' is not bundled" }
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { throw Missing(name: name) }
    return Array(try Data(contentsOf: root.appendingPathComponent(name)))
  }
}
