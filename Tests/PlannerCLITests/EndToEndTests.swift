import Foundation
import PortfolioDomain
import Testing

@Suite("dcbplan binary end to end", .tags(.large))
struct EndToEndTests {
  @Test("--help prints the golden text on stdout and exits 0")
  func help() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["--help"], in: directory.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    try expectSnapshot(result.stdout, named: "dcbplan-help.txt")
  }

  @Test("--version prints the version")
  func version() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["--version"], in: directory.url)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("dcbplan "))
  }

  @Test("An unknown command exits 64 with a suggestion on stderr and nothing on stdout")
  func unknownCommand() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["hepl"], in: directory.url)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: unknown command 'hepl'; did you mean 'help'?\n"))
  }

  @Test("validate on the bundled data, from any directory, exits 0 with a summary and no errors")
  func validateBundled() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["validate"], in: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("scenario  default (horizon 2024-2028, DCB budget 48,000,000..53,000,000 USD)"))
    #expect(result.stdout.contains("findings: 0 errors"))
    #expect(!result.stderr.contains("error:"))
    #expect(directory.listing().isEmpty)
  }

  @Test("validate on a copy of the bundled data with five faults exits 65, lists each with file and line, writes nothing")
  func brokenDataset() throws {
    let directory = try bundledDatasetCopy()
    defer { directory.remove() }
    let data = directory.url.appendingPathComponent("Datasets/bih")
    let faults = try DatasetFaults.inject(into: data)
    let before = directory.listing()
    let result = try BuiltBinary.run(["validate"], in: directory.url)
    #expect(result.status == 65)
    #expect(result.stdout.hasPrefix("dataset   Datasets/bih\n"))
    #expect(!result.stdout.contains("error:"))
    #expect(result.stdout.contains("findings: "))
    let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
    for fault in faults {
      let prefix = "error: Datasets/bih/\(fault.file):\(fault.line):"
      #expect(
        errors.contains { $0.hasPrefix(prefix) && $0.localizedCaseInsensitiveContains(fault.word) },
        "\(fault) is not reported in:\n\(result.stderr)")
    }
    #expect(directory.listing() == before, "validate wrote or removed files")
  }

  @Test("list candidates --format csv re-parses with our reader into one record per candidate")
  func listCSV() throws {
    let directory = try bundledDatasetCopy()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["list", "candidates", "--format", "csv"], in: directory.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let table = CSVReader.read(result.stdout)
    #expect(table.errors.isEmpty)
    let source = CSVReader.read(
      try String(contentsOf: directory.url.appendingPathComponent("Datasets/bih/candidates.csv"), encoding: .utf8))
    let idColumn = try #require(source.header.firstIndex { $0.value == "id" })
    let titleColumn = try #require(source.header.firstIndex { $0.value == "title" })
    #expect(table.records.map { $0.fields[0].value } == source.records.map { $0.fields[idColumn].value })
    #expect(table.records.map { $0.fields[8].value } == source.records.map { $0.fields[titleColumn].value })
  }

  @Test(
    "solve exits 0 optimal, 2 infeasible, 5 unbounded, and writes the solution",
    arguments: [
      ("optimal", Int32(0), " UP BND       X          4\n UP BND       Y          1.5\n"),
      ("infeasible", 2, " UP BND       X          1\n LO BND       Y          5\n UP BND       Y          6\n"),
      ("unbounded", 5, " MI BND       X\n UP BND       X          4\n PL BND       Y\n"),
    ])
  func solve(status: String, code: Int32, bounds: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    // minimize -x - 2y  subject to  x + y <= 4.5 (x integer); the bounds decide the outcome.
    try directory.write(
      """
      NAME          TINY
      ROWS
       N  COST
       L  LIM1
      COLUMNS
          MARKER    'MARKER'   'INTORG'
          X         COST       -1.0       LIM1       1.0
          MARKER    'MARKER'   'INTEND'
          Y         COST       -2.0       LIM1       1.0
      RHS
          RHS       LIM1       4.5
      BOUNDS

      """ + bounds + "ENDATA\n", to: "tiny.mps")
    let result = try BuiltBinary.run(["solve", "tiny.mps", "--format", "json", "--solution", "tiny.sol"], in: directory.url)
    #expect(result.status == code, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("\"status\": \"\(status)\""))
    if code == 0 {
      #expect(result.stdout.contains("\"objective\": -6.0"))
      #expect(result.stderr.isEmpty)
      #expect(try String(contentsOf: directory.url.appendingPathComponent("tiny.sol"), encoding: .utf8) == "X 3\nY 1.5\n")
    } else {
      #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("tiny.sol").path))
    }
  }
}
