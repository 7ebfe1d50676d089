import Foundation
import Testing

@testable import PlannerCLI

/// A fresh, unique temporary directory for one test; removed by `remove()`.
struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dcbplan-cli-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }

  /// Writes `text` to `relativePath`, creating folders.
  @discardableResult
  func write(_ text: String, to relativePath: String) throws -> URL {
    let file = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: false, encoding: .utf8)
    return file
  }

  /// Every file below the directory, as sorted relative paths.
  func listing() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: url.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String { paths.append(path) }
    return paths.sorted()
  }
}

/// The outcome of one in-process run.
struct CapturedRun {
  var status: CLIStatus
  var stdout: String
  var stderr: String
}

/// Runs `dcbplan ARGS` in process with a capturing context rooted at `directory`.
func runInProcess(
  _ arguments: [String], in directory: URL, root: CommandGroup = CommandRegistry.root,
  environment: [String: String] = [:], terminal: Bool = false
) -> CapturedRun {
  let (context, out, err) = CommandContext.capturing(
    workingDirectory: directory, environment: environment, terminal: terminal)
  let status = CommandLineTool.run(arguments: ["dcbplan"] + arguments, context: context, root: root)
  return CapturedRun(status: status, stdout: out.text, stderr: err.text)
}

/// Compares `text` with `Snapshots/<name>`; with `RECORD_SNAPSHOTS=1` it rewrites the file instead.
func expectSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try text.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try #require(
    try? String(contentsOf: url, encoding: .utf8),
    "snapshot \(name) is missing; run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
  #expect(text == expected, "output differs from Snapshots/\(name)", sourceLocation: sourceLocation)
}

/// The hand-made `Fixtures/mini` portfolio (laid out like the repository: `Datasets/bih/`, `Config/`).
func miniFixture() throws -> URL {
  let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures not bundled")
  return fixtures.appendingPathComponent("mini")
}

/// A writable copy of `Fixtures/mini` in a fresh temporary directory.
func miniCopy() throws -> TemporaryDirectory {
  let directory = try TemporaryDirectory()
  for folder in ["Datasets", "Config"] {
    try FileManager.default.copyItem(
      at: try miniFixture().appendingPathComponent(folder), to: directory.url.appendingPathComponent(folder))
  }
  return directory
}

/// A writable copy of the bundled `Datasets/bih` at `Datasets/bih` in a fresh temporary directory
/// (no `Config/`, so commands fall back to the bundled scenario).
func bundledDatasetCopy() throws -> TemporaryDirectory {
  let bundled = try #require(
    CommandContext.capturing(workingDirectory: URL(fileURLWithPath: "/")).context.bundledDatasets,
    "the bundled Datasets folder is missing")
  let directory = try TemporaryDirectory()
  try FileManager.default.createDirectory(
    at: directory.url.appendingPathComponent("Datasets"), withIntermediateDirectories: true)
  try FileManager.default.copyItem(
    at: bundled.appendingPathComponent("bih"), to: directory.url.appendingPathComponent("Datasets/bih"))
  return directory
}
