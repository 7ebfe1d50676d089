import Foundation
import Testing

@testable import PlannerCLI

@Suite("Data location", .tags(.medium))
struct DataLocatorTests {
  /// A context rooted at `directory` whose "bundled" data is a second folder the test controls.
  private func context(_ directory: TemporaryDirectory, bundled: URL?) -> CommandContext {
    var context = CommandContext.capturing(workingDirectory: directory.url).context
    context.bundledDatasets = bundled?.appendingPathComponent("Datasets")
    context.bundledConfig = bundled?.appendingPathComponent("Config")
    return context
  }

  private func makeBundle() throws -> TemporaryDirectory {
    let bundle = try TemporaryDirectory()
    try bundle.write("id\n", to: "Datasets/bih/firms.csv")
    try bundle.write("{ \"version\": 1 }\n", to: "Config/scenario.json")
    try bundle.write("{ \"version\": 1 }\n", to: "Config/scenarios/budget-48m.json")
    return bundle
  }

  @Test("Falls back to the bundled dataset and config")
  func bundledFallback() throws {
    let (work, bundle) = (try TemporaryDirectory(), try makeBundle())
    defer { work.remove(); bundle.remove() }
    let location = try DataLocator.locate(data: nil, scenario: nil, in: context(work, bundled: bundle.url))
    #expect(location.datasetDirectory == bundle.url.appendingPathComponent("Datasets/bih"))
    #expect(location.configDirectory == bundle.url.appendingPathComponent("Config"))
    #expect(location.variant == nil)
    #expect(location.scenarioName == "default")
  }

  @Test("Prefers Datasets/bih and Config under the working directory")
  func workingDirectoryFirst() throws {
    let (work, bundle) = (try TemporaryDirectory(), try makeBundle())
    defer { work.remove(); bundle.remove() }
    try work.write("id\n", to: "Datasets/bih/firms.csv")
    try work.write("{}", to: "Config/scenario.json")
    let location = try DataLocator.locate(data: nil, scenario: nil, in: context(work, bundled: bundle.url))
    #expect(location.datasetDirectory == work.url.appendingPathComponent("Datasets/bih"))
    #expect(location.configDirectory == work.url.appendingPathComponent("Config"))
  }

  @Test("--data picks a folder relative to the working directory; a missing one exits 66 with its path")
  func dataOption() throws {
    let (work, bundle) = (try TemporaryDirectory(), try makeBundle())
    defer { work.remove(); bundle.remove() }
    try work.write("id\n", to: "mine/firms.csv")
    let ctx = context(work, bundled: bundle.url)
    #expect(try DataLocator.datasetDirectory("mine", in: ctx) == work.url.appendingPathComponent("mine"))
    let error = try #require(throws: CLIError.self) { try DataLocator.datasetDirectory("nope", in: ctx) }
    #expect(error == .missingInput(path: "nope", reason: "no such dataset folder"))
    #expect(error.exitStatus == .missingInput)
  }

  @Test("--scenario takes a name or a path, and suggests the nearest name")
  func scenarioOption() throws {
    let (work, bundle) = (try TemporaryDirectory(), try makeBundle())
    defer { work.remove(); bundle.remove() }
    let ctx = context(work, bundled: bundle.url)
    let named = try DataLocator.locate(data: nil, scenario: "budget-48m", in: ctx)
    #expect(named.variant == bundle.url.appendingPathComponent("Config/scenarios/budget-48m.json"))
    #expect(named.scenarioName == "budget-48m")
    try work.write("{}", to: "my.json")
    let path = try DataLocator.locate(data: nil, scenario: "my.json", in: ctx)
    #expect(path.variant == work.url.appendingPathComponent("my.json"))
    #expect(path.scenarioName == "my")
    let typo = try #require(throws: CLIError.self) { try DataLocator.locate(data: nil, scenario: "budget-84m", in: ctx) }
    #expect(typo.exitStatus == .missingInput)
    #expect(typo.description.hasSuffix("no scenario named 'budget-84m'; did you mean 'budget-48m'?"))
    #expect(throws: CLIError.missingInput(path: "gone.json", reason: "no such file")) {
      try DataLocator.locate(data: nil, scenario: "gone.json", in: ctx)
    }
  }

  @Test("Shows paths inside the working directory relative to it")
  func displaysPaths() throws {
    let work = try TemporaryDirectory()
    defer { work.remove() }
    let ctx = context(work, bundled: nil)
    #expect(DataLocator.display(work.url.appendingPathComponent("a/b.csv"), in: ctx) == "a/b.csv")
    #expect(DataLocator.display(URL(fileURLWithPath: "/etc/x"), in: ctx) == "/etc/x")
  }
}
