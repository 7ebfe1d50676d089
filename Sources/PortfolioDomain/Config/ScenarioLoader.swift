/// One config file's name and contents (`scenario.json`, `scenarios/budget-48m.json`).
public struct ConfigFile: Sendable, Equatable {
  /// The name shown in findings (relative path).
  public var name: String
  /// The raw UTF-8 bytes.
  public var contents: [UInt8]
  /// Creates a file from bytes.
  public init(name: String, contents: [UInt8]) {
    self.name = name
    self.contents = contents
  }
  /// Creates a file from text.
  public init(name: String, text: String) {
    self.name = name
    self.contents = Array(text.utf8)
  }
}

/// The result of loading a scenario: the scenario when it could be built, and every finding.
public struct ScenarioLoadResult: Sendable {
  /// The resolved scenario; `nil` when a file does not parse or has errors.
  public var scenario: Scenario?
  /// Every problem found, with JSON paths.
  public var findings: [ValidationFinding]
  /// Whether any finding is an error.
  public var hasErrors: Bool { findings.hasErrors }
  /// Which file supplied each value (for findings on the resolved scenario, such as the validator's).
  public var origins: ScenarioOrigins
}

/// Reads `Config/scenario.json` and an optional named variant into a `Scenario` (DESIGN §3).
///
/// Both files must say `"version": 1`. The variant deep-merges into the default (`ScenarioMerge`).
/// Unknown keys, wrong types and out-of-range values are reported with their JSON path
/// (`$.policies.entityBounds.RS.lo`), all at once.
public enum ScenarioLoader {
  /// Loads the default scenario, merged with `variant` when given.
  /// - Parameters:
  ///   - defaultFile: `scenario.json`.
  ///   - variant: a named scenario file, or `nil`.
  ///   - name: the scenario's name; defaults to `default`, or the variant's file name without `.json`.
  public static func load(defaultFile: ConfigFile, variant: ConfigFile? = nil, name: String? = nil) -> ScenarioLoadResult {
    let sink = FindingSink()
    // Both files are parsed before giving up, so a syntax error in one does not hide the other's.
    let base = parse(defaultFile, sink: sink)
    let overlay = variant.flatMap { parse($0, sink: sink) }
    let origins = ScenarioOrigins(defaultFile: defaultFile.name, base: base, variantFile: variant?.name, overlay: overlay)
    guard var tree = base, variant == nil || overlay != nil else {
      return ScenarioLoadResult(scenario: nil, findings: sink.findings.inReportOrder(), origins: origins)
    }
    var label = defaultFile.name
    if let variant, let overlay {
      tree = ScenarioMerge.merge(tree, overlay)
      label = variant.name
    }
    let scenarioName = name ?? variant.map { baseName($0.name) } ?? "default"
    let scenario = decode(tree, name: scenarioName, file: label, sink: sink)
    // Decoding reads the merged tree; each finding names the file that holds the value it is about.
    let findings = origins.relabel(sink.findings).inReportOrder()
    return ScenarioLoadResult(scenario: findings.hasErrors ? nil : scenario, findings: findings, origins: origins)
  }

  /// Decodes a resolved (already merged) JSON tree.
  public static func decode(json: JSONValue, name: String, file: String = "scenario.json") -> ScenarioLoadResult {
    let sink = FindingSink()
    let scenario = decode(json, name: name, file: file, sink: sink)
    let findings = sink.findings.inReportOrder()
    return ScenarioLoadResult(
      scenario: findings.hasErrors ? nil : scenario, findings: findings,
      origins: ScenarioOrigins(defaultFile: file, base: json, variantFile: nil, overlay: nil))
  }

  static func baseName(_ path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    return last.hasSuffix(".json") ? String(last.dropLast(5)) : last
  }

  /// Parses one file and checks its `version`.
  static func parse(_ file: ConfigFile, sink: FindingSink) -> JSONValue? {
    let tree: JSONValue
    do {
      tree = try JSONParser.parse(file.contents)
    } catch {
      sink.add(
        ValidationFinding(
          .error, rule: "json-syntax", file: file.name, line: error.position.line, column: error.position.column,
          message: error.message, fix: "correct the JSON syntax"))
      return nil
    }
    guard case .object(let members) = tree else {
      sink.add(
        ValidationFinding(.error, rule: "config-type", file: file.name, jsonPath: "$", message: "the config must be a JSON object", fix: "wrap the settings in { }"))
      return nil
    }
    switch members["version"] {
    case .integer(1)?: break
    case nil:
      sink.add(
        ValidationFinding(
          .error, rule: "config-version", file: file.name, jsonPath: "$.version", field: "version",
          message: "missing \"version\"", fix: "add \"version\": 1"))
      return nil
    case .double(1)?:
      sink.add(
        ValidationFinding(
          .error, rule: "config-version", file: file.name, jsonPath: "$.version", field: "version", value: "1.0",
          message: "version must be the integer 1, found 1.0", fix: "write \"version\": 1"))
      return nil
    case let other?:
      sink.add(
        ValidationFinding(
          .error, rule: "config-version", file: file.name, jsonPath: "$.version", field: "version", value: other.canonicalText,
          message: "unsupported version \(other.canonicalText)", fix: "this tool reads \"version\": 1"))
      return nil
    }
    return tree
  }
}
