import Hashing
import PortfolioDomain

/// The input manifest hash of DESIGN §3: SHA-256 over one line `HEX  NAME\n` per input, sorted by name,
/// where HEX is the SHA-256 of each dataset CSV's raw bytes and, under the name `scenario.json`, of the
/// resolved scenario's canonical JSON. `sha256sum *.csv scenario.json | sort -k2 | sha256sum` recomputes it.
public enum InputManifest {
  /// The manifest's text (the lines that are hashed).
  public static func text(files: [DatasetFiles.File], scenario: Scenario) -> String {
    var lines = files.filter { $0.name.hasSuffix(".csv") }.map { (name: $0.name, hex: SHA256.hash($0.contents).hex) }
    lines.append((name: "scenario.json", hex: SHA256.hash(scenario.canonicalJSONBytes).hex))
    lines.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    return lines.map { "\($0.hex)  \($0.name)\n" }.joined()
  }

  /// The lowercase hex SHA-256 of `text(files:scenario:)`.
  public static func sha256(files: [DatasetFiles.File], scenario: Scenario) -> String {
    SHA256.hash(utf8: text(files: files, scenario: scenario)).hex
  }
}
