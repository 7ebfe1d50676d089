/// Options that several commands share, so they read and document the same way everywhere.
extension ArgumentSpec {
  /// `--data DIR`, shared by every command that reads the dataset.
  static let dataOption = ArgumentSpec.option(
    "data", value: "DIR", help: "Dataset folder (default: ./Datasets/bih if present, else the bundled data).")
  /// `--scenario NAME|PATH`, shared by every command that reads the scenario.
  static let scenarioOption = ArgumentSpec.option(
    "scenario", value: "NAME|PATH", help: "Scenario variant: Config/scenarios/NAME.json, or a file.")
  /// `--format table|csv|json`.
  static let formatOption = ArgumentSpec.option(
    "format", value: "FORMAT", help: "Output format: table (default), csv or json.", choices: ["table", "csv", "json"])
  /// `--out FILE`: write the result there (atomically) instead of stdout.
  static let outOption = ArgumentSpec.option(
    "out", short: "o", value: "FILE", help: "Write the result to FILE (atomically) instead of stdout.")
}
