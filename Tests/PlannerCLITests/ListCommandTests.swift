import Foundation
import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("list command", .tags(.medium))
struct ListCommandTests {
  @Test("Lists each table as aligned text", arguments: ["firms", "candidates", "sources", "milestones"])
  func tables(table: String) throws {
    let result = runInProcess(["list", table], in: try miniFixture())
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    try expectSnapshot(result.stdout, named: "list-\(table).txt")
  }

  @Test("CSV output re-parses with our RFC 4180 reader into the dataset's values")
  func csvRoundTrip() throws {
    let result = runInProcess(["list", "candidates", "--format", "csv"], in: try miniFixture())
    #expect(result.status == .success)
    let table = CSVReader.read(result.stdout)
    #expect(table.errors.isEmpty)
    #expect(table.header.map(\.value) == ["id", "kind", "firm_id", "partner", "mandatory", "start_window", "tiers", "min_cost_usd", "title"])
    let rows = table.records.map { $0.fields.map(\.value) }
    #expect(rows.map(\.first) == ["DCB-D1", "DCB-S1", "T01", "I01"])
    #expect(rows[3] == ["I01", "industry-capacity", "F02", "", "no", "2024-2027", "basic", "800000", "Overhaul line, phase \"one\""])
    #expect(rows[0][6] == "basic;full")
    #expect(rows[0][7] == "1500000")
  }

  @Test("JSON output is an array of objects with sorted keys and whole-dollar integers")
  func json() throws {
    let result = runInProcess(["list", "firms", "--format=json"], in: try miniFixture())
    #expect(result.status == .success)
    let objects = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(objects.count == 3)
    #expect(objects[0]["id"] as? String == "F01")
    #expect(objects[0]["exportUSD"] as? Int == 12_000_000)
    #expect(objects[1]["exportUSD"] is NSNull)
    try expectSnapshot(result.stdout, named: "list-firms.json")
  }

  @Test("--out writes the file atomically and prints nothing")
  func outFile() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let result = runInProcess(["list", "sources", "--format", "csv", "--out", "sources-out.csv"], in: directory.url)
    #expect(result.status == .success)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: directory.url.appendingPathComponent("sources-out.csv"), encoding: .utf8)
    #expect(written.hasPrefix("id,kind,country,min_total_usd,max_total_usd,max_share_percent,yearly_caps,eligibility,name\n"))
  }

  @Test("An unwritable --out exits 73 and leaves what was there")
  func unwritableOut() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let result = runInProcess(["list", "firms", "--out", "missing/firms.txt"], in: directory.url)
    #expect(result.status == .cannotWriteOutput)
    #expect(result.stderr.hasPrefix("error: cannot write \(directory.url.path)/missing/firms.txt: "))
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("missing").path))
  }

  @Test("A dataset with errors lists nothing and exits 65")
  func invalidDataset() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let firms = directory.url.appendingPathComponent("Datasets/bih/firms.csv")
    try (try String(contentsOf: firms, encoding: .utf8) + "F01,Duplicate,Zenica,FBiH,,,,,,,,,yes,\n")
      .write(to: firms, atomically: true, encoding: .utf8)
    let result = runInProcess(["list", "firms"], in: directory.url)
    #expect(result.status == .invalidData)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: Datasets/bih/firms.csv:5:"))
    #expect(result.stderr.hasSuffix("note: run 'dcbplan validate' for the full report\n"))
  }

  @Test("A missing, mistyped table or format exits 64 saying what is expected")
  func usageErrors() throws {
    let missing = runInProcess(["list"], in: try miniFixture())
    #expect(missing.status == .usageError)
    #expect(missing.stderr.hasPrefix("error: missing argument TABLE (one of firms, candidates, sources, milestones)\n"))
    let table = runInProcess(["list", "firm"], in: try miniFixture())
    #expect(table.status == .usageError)
    #expect(table.stderr.hasPrefix("error: invalid value 'firm' for TABLE: expected one of firms, candidates, sources, milestones; did you mean 'firms'?\n"))
    let format = runInProcess(["list", "firms", "--format", "cvs"], in: try miniFixture())
    #expect(format.status == .usageError)
    #expect(format.stderr.contains("did you mean 'csv'?"))
  }
}
