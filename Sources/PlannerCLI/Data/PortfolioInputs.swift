import Foundation
import PortfolioDomain

/// The inputs of a data command, read and validated: dataset, scenario and every finding.
///
/// Reading is the CLI's job (the domain library never touches files): the nine tables of DESIGN §3
/// are read from the dataset folder, the scenario from the config folder, and both handed to the
/// domain loaders. Findings name files by the path a user would type (`Datasets/bih/firms.csv`).
public struct PortfolioInputs: Sendable {
  /// Where everything was read from.
  public var location: DataLocation
  /// The raw dataset files (the inputs of the manifest hash).
  public var files: DatasetFiles
  /// The dataset and scenario as the domain loaded them, with the domain's findings.
  public var planning: PlanningInputs
  /// Every finding (config, dataset, cross-checks) in report order, with display paths.
  public var findings: [Diagnostic]

  /// The portfolio (best effort when there are errors).
  public var portfolio: Portfolio { planning.portfolio }

  /// The resolved scenario, or `nil` when the config has errors.
  public var scenario: Scenario? { planning.scenario }

  /// The horizon shown when the scenario cannot be read (the one the domain then checks the dataset against).
  static let fallbackHorizon = Horizon(first: 2024, last: 2028)

  /// Whether any finding is an error (exit 65).
  public var hasErrors: Bool { findings.contains { $0.severity == .error } }

  /// Resolves `--data` and `--scenario`, reads every file and validates.
  ///
  /// - Throws: `CLIError.missingInput` (exit 66) for a missing folder or file, naming its path.
  public static func load(data: String?, scenario: String?, in context: CommandContext) throws(CLIError)
    -> PortfolioInputs
  {
    let location = try DataLocator.locate(data: data, scenario: scenario, in: context)
    var files: [DatasetFiles.File] = []
    var unreadable: [(url: URL, reason: String)] = []
    for name in DatasetFiles.tableNames {
      let url = location.datasetDirectory.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
        unreadable.append((url, "no such file"))
      } else if isFolder.boolValue {
        unreadable.append((url, "is a folder, not a file"))
      } else if let data = FileManager.default.contents(atPath: url.path) {
        files.append(DatasetFiles.File(name: name, contents: Array(data)))
      } else {
        unreadable.append((url, "cannot be read"))
      }
    }
    // Every table that cannot be read is named at once.
    let help = "a dataset folder holds all nine tables; see Datasets/bih/README.md"
    if unreadable.count == 1, let only = unreadable.first {
      throw .missingInput(path: DataLocator.display(only.url, in: context), reason: "\(only.reason) (\(help))")
    } else if !unreadable.isEmpty {
      let list = unreadable.map { "\($0.url.lastPathComponent) (\($0.reason))" }.joined(separator: ", ")
      throw .missingInput(
        path: DataLocator.display(location.datasetDirectory, in: context),
        reason: "\(unreadable.count) tables cannot be read: \(list); \(help)")
    }
    let datasetFiles = DatasetFiles(files)
    let defaultScenario = ConfigFile(
      name: DataLocator.display(location.defaultScenario, in: context),
      contents: Array(try DataLocator.readText(location.defaultScenario, in: context).utf8))
    var variant: ConfigFile?
    if let url = location.variant {
      variant = ConfigFile(
        name: DataLocator.display(url, in: context), contents: Array(try DataLocator.readText(url, in: context).utf8))
    }
    let planning = PlanningInputs.load(
      dataset: datasetFiles, defaultScenario: defaultScenario, variant: variant, name: location.scenarioName)
    let paths = displayPaths(location, in: context)
    return PortfolioInputs(
      location: location, files: datasetFiles, planning: planning,
      findings: planning.findings.map { diagnostic(for: $0, paths: paths) })
  }

  /// Prints every finding on stderr.
  public func printFindings(in context: CommandContext) {
    let printer = context.diagnostics
    for finding in findings { printer.print(finding) }
  }

  /// The display path of each input file name a finding may name.
  private static func displayPaths(_ location: DataLocation, in context: CommandContext) -> [String: String] {
    var paths: [String: String] = [:]
    for name in DatasetFiles.tableNames {
      paths[name] = DataLocator.display(location.datasetDirectory.appendingPathComponent(name), in: context)
    }
    return paths
  }

  /// A domain finding as a diagnostic, with the file's display path and the fix.
  static func diagnostic(for finding: ValidationFinding, paths: [String: String]) -> Diagnostic {
    let file = paths[finding.file] ?? finding.file
    var diagnostic = Diagnostic(
      finding.isError ? .error : .warning, file: file, line: finding.line, column: finding.column,
      message: finding.message, fix: finding.fix.isEmpty ? nil : finding.fix)
    if finding.line == nil, let jsonPath = finding.jsonPath { diagnostic.file = "\(file):\(jsonPath)" }
    return diagnostic
  }
}
