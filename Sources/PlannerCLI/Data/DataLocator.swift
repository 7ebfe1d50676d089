import PortfolioDomain
import Foundation

/// Where a command's inputs live: the dataset folder, the config folder and the scenario file (DESIGN §3).
public struct DataLocation: Sendable, Equatable {
  /// The dataset folder holding `firms.csv`, `candidates.csv`, ...
  public var datasetDirectory: URL
  /// The config folder holding `scenario.json` and `scenarios/`.
  public var configDirectory: URL
  /// The default scenario, `scenario.json` in the config folder.
  public var defaultScenario: URL
  /// The variant picked with `--scenario`, merged over the default; `nil` for the default alone.
  public var variant: URL?
  /// The scenario's name as reports show it: `default`, the variant's name, or the file's base name.
  public var scenarioName: String

  /// Creates a location from its parts.
  public init(datasetDirectory: URL, configDirectory: URL, defaultScenario: URL, variant: URL?, scenarioName: String) {
    self.datasetDirectory = datasetDirectory
    self.configDirectory = configDirectory
    self.defaultScenario = defaultScenario
    self.variant = variant
    self.scenarioName = scenarioName
  }
}

/// Resolves `--data` and `--scenario` to folders and files, with the fallbacks of DESIGN §3.
///
/// Dataset: `--data DIR` (relative to the working directory); else `Datasets/bih/` under the working
/// directory if it exists; else the bundled `Datasets/bih/`. Config: `Config/` under the working directory
/// if it holds `scenario.json`; else the bundled `Config/`. Scenario: a `NAME` (no `/`, no `.json`) is
/// `Config/scenarios/NAME.json`; anything else is a path relative to the working directory. Whatever is
/// named and missing is `CLIError.missingInput` (exit 66) with its path.
public enum DataLocator {
  /// The folder of the default dataset inside a `Datasets/` folder.
  public static let defaultDatasetName = "bih"

  /// Resolves every input of a data command.
  ///
  /// - Parameters:
  ///   - data: the `--data` value, if given.
  ///   - scenario: the `--scenario` value, if given.
  ///   - context: supplies the working directory and the bundled locations.
  /// - Throws: `CLIError.missingInput` naming the missing folder or file.
  public static func locate(data: String?, scenario: String?, in context: CommandContext) throws(CLIError)
    -> DataLocation
  {
    let dataset = try datasetDirectory(data, in: context)
    let config = try configDirectory(in: context)
    let defaultScenario = config.appendingPathComponent("scenario.json")
    try requireFile(defaultScenario)
    guard let scenario else {
      return DataLocation(
        datasetDirectory: dataset, configDirectory: config, defaultScenario: defaultScenario, variant: nil,
        scenarioName: "default")
    }
    let variant = try scenarioFile(scenario, config: config, in: context)
    return DataLocation(
      datasetDirectory: dataset, configDirectory: config, defaultScenario: defaultScenario, variant: variant,
      scenarioName: variant.deletingPathExtension().lastPathComponent)
  }

  /// The dataset folder for `--data` (or its default).
  ///
  /// - Throws: `CLIError.missingInput` when the named or bundled folder does not exist.
  public static func datasetDirectory(_ data: String?, in context: CommandContext) throws(CLIError) -> URL {
    if let data {
      let url = context.resolve(data)
      guard isDirectory(url) else {
        throw .missingInput(path: display(url, in: context), reason: "no such dataset folder")
      }
      return url
    }
    let local = context.workingDirectory.appendingPathComponent("Datasets").appendingPathComponent(defaultDatasetName)
    if isDirectory(local) { return local }
    guard let bundled = context.bundledDatasets?.appendingPathComponent(defaultDatasetName), isDirectory(bundled)
    else {
      throw .missingInput(path: "Datasets/\(defaultDatasetName)", reason: "no dataset here and none bundled; use --data DIR")
    }
    return bundled
  }

  /// The config folder: `Config/` under the working directory if it holds `scenario.json`, else the bundled one.
  ///
  /// - Throws: `CLIError.missingInput` when neither exists.
  public static func configDirectory(in context: CommandContext) throws(CLIError) -> URL {
    let local = context.workingDirectory.appendingPathComponent("Config")
    if isFile(local.appendingPathComponent("scenario.json")) { return local }
    guard let bundled = context.bundledConfig, isDirectory(bundled) else {
      throw .missingInput(path: "Config/scenario.json", reason: "no config here and none bundled")
    }
    return bundled
  }

  /// The file for `--scenario NAME|PATH`.
  ///
  /// - Throws: `CLIError.missingInput` naming the path, and for an unknown name the nearest known one.
  public static func scenarioFile(_ scenario: String, config: URL, in context: CommandContext) throws(CLIError)
    -> URL
  {
    let isPath = scenario.contains("/") || scenario.hasSuffix(".json")
    if isPath {
      let url = context.resolve(scenario)
      try requireFile(url, display: display(url, in: context))
      return url
    }
    let folder = config.appendingPathComponent("scenarios")
    let url = folder.appendingPathComponent("\(scenario).json")
    guard isFile(url) else {
      let known = scenarioNames(in: folder)
      var reason = "no scenario named '\(scenario)'"
      if let nearest = NameSuggester.nearest(to: scenario, in: known) {
        reason += "; did you mean '\(nearest)'?"
      } else if !known.isEmpty {
        reason += " (known: \(known.joined(separator: ", ")))"
      }
      throw .missingInput(path: display(url, in: context), reason: reason)
    }
    return url
  }

  /// The names of the variants in a `scenarios/` folder, sorted.
  public static func scenarioNames(in folder: URL) -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// Reads a whole input file as UTF-8.
  ///
  /// - Throws: `CLIError.missingInput` when it does not exist or cannot be read, `CLIError.invalidData`
  ///   when it is not UTF-8.
  public static func readText(_ url: URL, in context: CommandContext) throws(CLIError) -> String {
    let shown = display(url, in: context)
    guard isFile(url) else { throw .missingInput(path: shown, reason: "no such file") }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .missingInput(path: shown, reason: "cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else { throw .invalidData("\(shown): not UTF-8 text") }
    return text
  }

  /// `url` as a user would write it: relative to the working directory when inside it, else absolute.
  public static func display(_ url: URL, in context: CommandContext) -> String {
    let path = url.standardizedFileURL.path
    let base = context.workingDirectory.standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  static func isDirectory(_ url: URL) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
  }

  static func isFile(_ url: URL) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && !directory.boolValue
  }

  private static func requireFile(_ url: URL, display shown: String? = nil) throws(CLIError) {
    guard isFile(url) else { throw .missingInput(path: shown ?? url.path, reason: "no such file") }
  }
}
