import Foundation
import Testing

@testable import PlannerCLI

/// `dcbplan report` on the bundled data with the checked-in plan (`Fixtures/report/bih-plan.json`) and the shipped
/// example ledger: files, determinism, agreement between formats, IATI validity and goldens.
@Suite("report command", .tags(.medium))
struct ReportCommandTests {
  @Test("report all --format html writes one self-contained, well-formed file, the same bytes on every run")
  func htmlFile() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let first = ReportTestSupport.run(["all", "--format", "html", "--out", "report.html"], in: directory)
    #expect(first.status == .success, "\(first.stderr)")
    #expect(first.stdout.isEmpty)
    let second = ReportTestSupport.run(["all", "--format", "html", "--out", "again.html"], in: directory)
    #expect(second.status == .success)
    let html = try ReportTestSupport.read("report.html", in: directory)
    #expect(html == (try ReportTestSupport.read("again.html", in: directory)))
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(ReportTestSupport.xmlError(html) == nil, "\(ReportTestSupport.xmlError(html) ?? "")")
    let lower = html.lowercased()
    for needle in ["http://", "https://", "//", "url(", "src=", "<script", "<link", "@import"] {
      #expect(!lower.contains(needle), "the report contains '\(needle)'")
    }
    // Both parts, with charts, and the example ledger named as such.
    #expect(html.components(separatedBy: "<svg").count - 1 >= 5)
    for heading in ["Executive summary", "Funded items", "Money by year and source", "Earned value", "Ledger checkpoint"] {
      #expect(html.contains(heading), "missing section \(heading)")
    }
    #expect(html.contains("shipped example"))
    #expect(directory.listing().filter { $0.hasPrefix(".") }.isEmpty, "a temporary file was left behind")
  }

  @Test("Every format matches its golden file for the bundled data and repeats byte for byte")
  func goldens() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    for (format, name) in [("md", "report-all.md"), ("json", "report-all.json"), ("html", "report-all.html"), ("iati", "report-all-iati.xml")] {
      let run = ReportTestSupport.run(["all", "--format", format], in: directory)
      #expect(run.status == .success, "\(format): \(run.stderr)")
      #expect(ReportTestSupport.run(["all", "--format", format], in: directory).stdout == run.stdout, "\(format) differs between runs")
      try expectSnapshot(run.stdout, named: name)
    }
    let csv = ReportTestSupport.run(["all", "--format", "csv", "--out", "csv"], in: directory)
    #expect(csv.status == .success, "\(csv.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.appendingPathComponent("csv").path).sorted()
    #expect(names.count >= 10 && names.allSatisfy { $0.hasSuffix(".csv") })
    var joined = ""
    for name in names { joined += "==> \(name) <==\n" + (try ReportTestSupport.read("csv/\(name)", in: directory)) }
    try expectSnapshot(joined, named: "report-all-csv.txt")
    let portfolio = ReportTestSupport.run(["portfolio", "--format", "md"], in: directory)
    #expect(portfolio.status == .success)
    try expectSnapshot(portfolio.stdout, named: "report-portfolio.md")
  }

  @Test("Markdown, CSV and JSON carry the same money by year and source, and it adds up to the plan's totals")
  func formatsAgreeOnMoney() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let markdown = ReportTestSupport.run(["all", "--format", "md"], in: directory).stdout
    let json = ReportTestSupport.run(["all", "--format", "json"], in: directory).stdout
    #expect(ReportTestSupport.run(["all", "--format", "csv", "--out", "csv"], in: directory).status == .success)
    let csv = ReportTestSupport.parseCSV(try ReportTestSupport.read("csv/money-by-year-source.csv", in: directory))
    let table = try ReportTestSupport.jsonTable("money-by-year-source", in: json)
    #expect(table.count == csv.count - 1, "JSON rows + totals vs CSV rows without the header")
    for row in table {
      let key = row[0].value
      let csvRow = try #require(csv.first { $0.first == key }, "no CSV row \(key)")
      #expect(csvRow == row.map(\.value), "CSV and JSON differ for \(key)")
      let mdRow = try ReportTestSupport.markdownRow(key, after: "Money by year and source", in: markdown)
      #expect(mdRow == row.map(\.display), "Markdown and JSON differ for \(key)")
    }
    // Independently of the renderers: each source's total is the plan's money for that source.
    let plan = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: try ReportTestSupport.planFixture())) as? [String: Any])
    let totals = try #require((plan["totals"] as? [String: Any])?["bySourceYear"] as? [[String: Any]])
    var bySource: [String: Int64] = [:]
    for cell in totals {
      let source = try #require(cell["source"] as? String)
      bySource[source, default: 0] += try #require((cell["amountUSD"] as? NSNumber)?.int64Value)
    }
    #expect(!bySource.isEmpty)
    for (source, amount) in bySource {
      let csvRow = try #require(csv.first { $0.first == source }, "source \(source) missing from the report")
      #expect(csvRow.last == String(amount), "\(source): report total \(csvRow.last ?? "") vs plan \(amount)")
    }
    let grand = try #require(csv.first { $0.first == "Total" })
    #expect(grand.last == String(bySource.values.reduce(0, +)))
  }

  @Test("Markdown, CSV and JSON carry the same earned value, which matches the ledger's hand computation")
  func formatsAgreeOnEarnedValue() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let markdown = ReportTestSupport.run(["audit", "--format", "md", "--as-of", "2025-12-31"], in: directory).stdout
    let json = ReportTestSupport.run(["audit", "--format", "json", "--as-of", "2025-12-31"], in: directory).stdout
    #expect(ReportTestSupport.run(["audit", "--format", "csv", "--out", "csv", "--as-of", "2025-12-31"], in: directory).status == .success)
    let csv = ReportTestSupport.parseCSV(try ReportTestSupport.read("csv/evm-by-project.csv", in: directory))
    let table = try ReportTestSupport.jsonTable("evm-by-project", in: json)
    #expect(table.count >= 13)
    for row in table {
      let key = row[0].value
      let csvRow = try #require(csv.first { $0.first == key }, "no CSV row \(key)")
      // JSON numbers are read back as numbers (1.00 becomes 1.0), so compare numbers as numbers.
      #expect(csvRow.count == row.count && zip(csvRow, row.map(\.value)).allSatisfy { $0 == $1 || (Double($0) != nil && Double($0) == Double($1)) },
        "CSV and JSON differ for \(key): \(csvRow) vs \(row.map(\.value))")
      #expect(try ReportTestSupport.markdownRow(key, after: "Earned value by project", in: markdown) == row.map(\.display))
    }
    // Datasets/ledger/README.md: BAC 196,300,000, PV 110,730,000, EV 80,670,000, AC 82,686,000 as of 2025-12-31.
    let portfolio = try #require(csv.first { $0.first == "Portfolio" })
    #expect(Array(portfolio[1...4]) == ["196300000", "110730000", "80670000", "82686000"])
    let d2 = try #require(csv.first { $0.first == "DCB-D2" })
    #expect(Array(d2[1...4]) == ["2000000", "2000000", "1000000", "1080000"])
  }

  @Test("--format iati validates against the IATI 2.03 schema, with and without the ledger",
    .enabled(if: ReportTestSupport.xmllint != nil, "xmllint is not on the PATH; install libxml2-utils to validate the IATI export"))
  func iatiValidates() throws {
    let xmllint = try #require(ReportTestSupport.xmllint)
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    for part in ["all", "portfolio"] {
      let run = ReportTestSupport.run([part, "--format", "iati", "--out", "\(part).xml"], in: directory)
      #expect(run.status == .success, "\(run.stderr)")
      let file = directory.url.appendingPathComponent("\(part).xml")
      let (status, message) = try ReportTestSupport.validateIATI(file, xmllint: xmllint)
      #expect(status == 0, "xmllint: \(message)")
      #expect(message.contains("validates"))
      let xml = try ReportTestSupport.read("\(part).xml", in: directory)
      #expect(xml.components(separatedBy: "<iati-activity ").count - 1 == 12, "one activity per DCB project")
      #expect(xml.contains("<transaction") == (part == "all"), "ledger costs only when the audit part is asked")
    }
  }

  @Test("Dates come from --as-of, else the last ledger entry, else the horizon start")
  func asOfDates() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let ledger = try String(contentsOf: try ReportTestSupport.exampleLedger(), encoding: .utf8)
    // Each entry's date: the top-level "time" comes after "payload" (keys sorted), so take the last one on the line.
    let dates = ledger.split(separator: "\n").compactMap { line -> String? in
      line.range(of: "\"time\":\"", options: .backwards).map { String(line[$0.upperBound...].prefix(10)) }
    }
    let lastDate = try #require(dates.last)
    let audit = ReportTestSupport.run(["audit", "--format", "md"], in: directory)
    #expect(audit.stdout.contains("**As of:** \(lastDate)"))
    let portfolio = ReportTestSupport.run(["portfolio", "--format", "md"], in: directory)
    #expect(portfolio.stdout.contains("**As of:** 2024-01-01"))
    let earlier = ReportTestSupport.run(["audit", "--format", "md", "--as-of", "2024-06-30"], in: directory)
    #expect(earlier.status == .success)
    #expect(earlier.stdout.contains("**As of:** 2024-06-30"))
    // The whole ledger is read, as audit status reads it (entries dated by 2024-06-30 but recorded later count).
    #expect(earlier.stdout.contains("**Ledger entries:** \(dates.count)"))
  }

  @Test("A ledger given with --ledger is reported as that file, not as the example")
  func namedLedger() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    try FileManager.default.copyItem(at: try ReportTestSupport.exampleLedger(), to: directory.url.appendingPathComponent("mine.jsonl"))
    let run = ReportTestSupport.run(["audit", "--format", "md", "--ledger", "mine.jsonl"], in: directory)
    #expect(run.status == .success)
    #expect(run.stdout.contains("**Ledger:** mine.jsonl"))
    #expect(!run.stdout.contains("shipped example"))
    let viaEnvironment = ReportTestSupport.run(["audit", "--format", "md"], in: directory, environment: ["DCBPLAN_LEDGER": "mine.jsonl"])
    #expect(viaEnvironment.stdout == run.stdout)
  }

  @Test("Without --plan the planner runs in process and gives the same report as its plan JSON")
  func inProcessPlan() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let solved = runInProcess(["report", "portfolio", "--format", "json"], in: directory.url)
    #expect(solved.status == .success, "\(solved.stderr)")
    #expect(runInProcess(["plan", "--format", "json", "--out", "plan.json"], in: directory.url).status == .success)
    let fromFile = runInProcess(["report", "portfolio", "--format", "json", "--plan", "plan.json"], in: directory.url)
    #expect(fromFile.status == .success)
    #expect(solved.stdout == fromFile.stdout)
    #expect(solved.stdout.contains("\"inputsSHA256\""))
  }

  @Test(
    "The in-process solve of the bundled data gives the checked-in plan's report (DCBPLAN_SLOW_TESTS=1)",
    .enabled(if: ProcessInfo.processInfo.environment["DCBPLAN_SLOW_TESTS"] == "1", "slow: solves the bundled model in a debug build"))
  func inProcessBundledPlan() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let solved = runInProcess(["report", "portfolio", "--format", "json"], in: directory.url)
    #expect(solved.status == .success, "\(solved.stderr)")
    let checkedIn = ReportTestSupport.run(["portfolio", "--format", "json"], in: directory).stdout
    // The decision and its money (the wording of binding constraints may change between planner versions).
    for table in ["funded", "money-by-year-source", "sources-vs-caps", "criteria-vs-goals"] {
      let fresh = try ReportTestSupport.jsonTable(table, in: solved.stdout).map { $0.map(\.display) }
      let fixture = try ReportTestSupport.jsonTable(table, in: checkedIn).map { $0.map(\.display) }
      #expect(fresh == fixture, "table \(table) differs between the in-process solve and the checked-in plan")
    }
  }

  @Test("The built binary writes the same HTML as the in-process run")
  func builtBinary() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["report", "all", "--format", "html", "--out", "binary.html", "--plan", "plan.json"], in: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(ReportTestSupport.run(["all", "--format", "html", "--out", "process.html"], in: directory).status == .success)
    #expect(try ReportTestSupport.read("binary.html", in: directory) == (try ReportTestSupport.read("process.html", in: directory)))
  }

  @Test("Warns when the ledger's baseline was frozen from another plan than the one reported, not when it is the same")
  func baselineFromAnotherPlan() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    // The plan the example ledger was baselined from (shipped beside it, recorded by its SHA-256 in the ledger).
    let examplePlan = try ReportTestSupport.exampleLedger().deletingLastPathComponent().appendingPathComponent("example-plan.json")
    try FileManager.default.removeItem(at: directory.url.appendingPathComponent("plan.json"))
    try FileManager.default.copyItem(at: examplePlan, to: directory.url.appendingPathComponent("plan.json"))
    let same = ReportTestSupport.run(["all", "--format", "md"], in: directory)
    #expect(same.status == .success, "\(same.stderr)")
    #expect(same.stderr.isEmpty, "\(same.stderr)")
    // Another plan file for the same inputs (here: the same plan with its keys' spacing changed) is not the baseline's.
    let text = try ReportTestSupport.read("plan.json", in: directory)
    try directory.write(text.replacingOccurrences(of: "\" : ", with: "\": "), to: "plan.json")
    let other = ReportTestSupport.run(["all", "--format", "md"], in: directory)
    #expect(other.status == .success)
    #expect(other.stderr.contains("baseline was frozen from another plan"))
  }
}
