/// The dataset and scenario read together, with every finding of both: what `validate` and `plan` start from.
public struct PlanningInputs: Sendable {
  /// The portfolio (best effort when there are errors).
  public var portfolio: Portfolio
  /// The resolved scenario; `nil` when the config has errors.
  public var scenario: Scenario?
  /// Every finding: config, dataset and cross-checks, in report order.
  public var findings: [ValidationFinding]
  /// Where the dataset's entities were read from.
  public var origins: DatasetOrigins
  /// Whether any finding is an error (the CLI exits 65).
  public var hasErrors: Bool { findings.hasErrors }

  /// Reads the config, then the dataset against the scenario's horizon, then cross-checks them.
  /// - Parameters:
  ///   - dataset: the dataset files by name.
  ///   - defaultScenario: `Config/scenario.json`.
  ///   - variant: a named scenario file to merge in, or `nil`.
  ///   - name: the scenario's name (default: `default` or the variant's base name).
  public static func load(
    dataset: DatasetFiles, defaultScenario: ConfigFile, variant: ConfigFile? = nil, name: String? = nil
  ) -> PlanningInputs {
    let config = ScenarioLoader.load(defaultFile: defaultScenario, variant: variant, name: name)
    let horizon = config.scenario?.horizon ?? Horizon(first: 2024, last: 2028)
    let data = DatasetLoader.load(dataset, horizon: horizon)
    var findings = config.findings + data.findings
    if let scenario = config.scenario {
      findings += config.origins.relabel(
        ScenarioValidator.validate(scenario, against: data.portfolio, file: variant?.name ?? defaultScenario.name, ids: data.ids))
    }
    return PlanningInputs(portfolio: data.portfolio, scenario: config.scenario, findings: findings.inReportOrder(), origins: data.origins)
  }
}
