import Foundation
import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("validate command", .tags(.medium))
struct ValidateCommandTests {
  @Test("A clean dataset prints its summary on stdout, nothing on stderr, and exits 0")
  func cleanDataset() throws {
    let result = runInProcess(["validate"], in: try miniFixture())
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    try expectSnapshot(result.stdout, named: "validate-mini.txt")
  }

  @Test("A scenario variant's warnings go to stderr with its path and do not block")
  func variantWarnings() throws {
    let result = runInProcess(["validate", "--scenario", "tight"], in: try miniFixture())
    #expect(result.status == .success)
    #expect(result.stdout.contains("scenario  tight (horizon 2024-2028, DCB budget 3,000,000..4,000,000 USD)"))
    #expect(result.stdout.contains("US         pact-pledge"))
    #expect(result.stdout.contains("disabled"))
    #expect(result.stderr.hasPrefix("warning: Config/scenarios/tight.json:$.dcbBudget.max: "))
    #expect(result.stderr.contains("\n  fix: "))
  }

  @Test("Every fault of a broken copy is reported with file and line, exit 65, nothing written")
  func brokenDataset() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let data = directory.url.appendingPathComponent("Datasets/bih")
    try edit(data, "candidates.csv") { $0.replacingOccurrences(of: "T01,Optics line transfer,technology-transfer,F03", with: "T01,Optics line transfer,technology-transfer,F09") }
    try edit(data, "tiers.csv") { $0.replacingOccurrences(of: "I01,basic,1,800000", with: "I01,basic,1,-800000") }
    try edit(data, "sources.csv") { $0.replacingOccurrences(of: "max_total", with: "max_totl") }
    try edit(data, "relations.csv") { $0 + "requires,DCB-D1,T01,1\n" }
    try edit(data, "firms.csv") { $0 + "F04,\"Unclosed,Tuzla,FBiH\n" }
    let before = directory.listing()
    let result = runInProcess(["validate"], in: directory.url)
    #expect(result.status == .invalidData)
    #expect(result.stdout.contains("findings: "))
    #expect(!result.stdout.contains("error:"))
    let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
    let expected = [
      ("Datasets/bih/candidates.csv:4:", "F09"),
      ("Datasets/bih/firms.csv:5:", "quote"),
      ("Datasets/bih/relations.csv:", "cycle"),
      ("Datasets/bih/sources.csv:1:", "max_totl"),
      ("Datasets/bih/tiers.csv:6:", "-800000"),
    ]
    for (location, word) in expected {
      #expect(
        errors.contains { $0.hasPrefix("error: \(location)") && $0.contains(word) },
        "no error at \(location) mentioning \(word) in:\n\(result.stderr)")
    }
    #expect(directory.listing() == before)
  }

  @Test("A missing dataset folder or scenario exits 66 with its path")
  func missingInputs() throws {
    let missingData = runInProcess(["validate", "--data", "nowhere"], in: try miniFixture())
    #expect(missingData.status == .missingInput)
    #expect(missingData.stderr == "error: nowhere: no such dataset folder\n")
    let missingScenario = runInProcess(["validate", "--scenario", "tigth"], in: try miniFixture())
    #expect(missingScenario.status == .missingInput)
    #expect(
      missingScenario.stderr
        == "error: Config/scenarios/tigth.json: no scenario named 'tigth'; did you mean 'tight'?\n")
    #expect(missingScenario.stdout.isEmpty)
  }

  @Test("A dataset folder without one of the nine tables exits 66 naming the file")
  func missingTable() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    try FileManager.default.removeItem(at: directory.url.appendingPathComponent("Datasets/bih/relations.csv"))
    let result = runInProcess(["validate"], in: directory.url)
    #expect(result.status == .missingInput)
    #expect(result.stderr.hasPrefix("error: Datasets/bih/relations.csv: no such file"))
  }

  @Test("Every table that cannot be read is named at once; a folder in a table's place is called one")
  func severalMissingTables() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let tables = directory.url.appendingPathComponent("Datasets/bih")
    try FileManager.default.removeItem(at: tables.appendingPathComponent("firms.csv"))
    try FileManager.default.removeItem(at: tables.appendingPathComponent("tiers.csv"))
    try FileManager.default.createDirectory(at: tables.appendingPathComponent("tiers.csv"), withIntermediateDirectories: false)
    let result = runInProcess(["validate"], in: directory.url)
    #expect(result.status == .missingInput)
    #expect(
      result.stderr.hasPrefix(
        "error: Datasets/bih: 2 tables cannot be read: firms.csv (no such file), tiers.csv (is a folder, not a file); "
          + "a dataset folder holds all nine tables"), "\(result.stderr)")
  }

  @Test("--data takes precedence over the working directory's dataset")
  func dataOption() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    try FileManager.default.moveItem(
      at: directory.url.appendingPathComponent("Datasets/bih"), to: directory.url.appendingPathComponent("other"))
    let result = runInProcess(["validate", "--data", "other"], in: directory.url)
    #expect(result.status == .success)
    #expect(result.stdout.hasPrefix("dataset   other\n"))
  }

  private func edit(_ folder: URL, _ name: String, _ change: (String) -> String) throws {
    let url = folder.appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let changed = change(text)
    #expect(changed != text, "the edit of \(name) changed nothing")
    try changed.write(to: url, atomically: true, encoding: .utf8)
  }
}
