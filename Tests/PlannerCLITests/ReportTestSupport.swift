import BundledData
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import PlannerCLI

/// Shared set-up of the `dcbplan report` tests: a working directory with the checked-in plan of the bundled data,
/// readers for the CSV set and the JSON document, and the strict XML check.
enum ReportTestSupport {
  /// The checked-in plan of the bundled data (`Fixtures/report/bih-plan.json`, see the fixtures README).
  static func planFixture() throws -> URL {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures not bundled")
    return fixtures.appendingPathComponent("report/bih-plan.json")
  }

  /// An empty working directory (so the bundled data, scenario and example ledger are used) holding `plan.json`.
  static func directory() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try FileManager.default.copyItem(at: try planFixture(), to: directory.url.appendingPathComponent("plan.json"))
    return directory
  }

  /// The bundled example ledger's URL.
  static func exampleLedger() throws -> URL {
    try #require(BundledData.datasetsURL?.appendingPathComponent("ledger/example.jsonl"), "the example ledger is not bundled")
  }

  /// Runs `report ARGS --plan plan.json` in process in `directory`.
  static func run(_ arguments: [String], in directory: TemporaryDirectory, environment: [String: String] = [:]) -> CapturedRun {
    runInProcess(["report"] + arguments + ["--plan", "plan.json"], in: directory.url, environment: environment)
  }

  /// The text of `name` in `directory`.
  static func read(_ name: String, in directory: TemporaryDirectory) throws -> String {
    try String(contentsOf: directory.url.appendingPathComponent(name), encoding: .utf8)
  }

  /// Parses RFC 4180 CSV (quoted fields, doubled quotes, `\n` or `\r\n` line ends) into rows of fields.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text).makeIterator()
    var pending: Character? = nil
    while let c = pending ?? chars.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          if let next = chars.next() {
            if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"": quoted = true
      case ",": row.append(field); field = ""
      case "\n", "\r\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }

  /// The table with `id` in a report JSON document: its rows followed by its totals row, as `[cell]` where a cell is
  /// `(value as text, display)`.
  static func jsonTable(_ id: String, in json: String) throws -> [[(value: String, display: String)]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    var found: [String: Any]?
    func walk(_ node: Any) {
      if found != nil { return }
      if let dict = node as? [String: Any] {
        if dict["id"] as? String == id, dict["columns"] != nil { found = dict; return }
        for key in dict.keys.sorted() { if let value = dict[key] { walk(value) } }
      } else if let list = node as? [Any] {
        for value in list { walk(value) }
      }
    }
    walk(object)
    let table = try #require(found, "no table '\(id)' in the JSON report")
    var rows = (table["rows"] as? [[[String: Any]]]) ?? []
    if let totals = table["totals"] as? [[String: Any]] { rows.append(totals) }
    return rows.map { cells in
      cells.map { cell in
        let value: String
        switch cell["value"] {
        case let n as NSNumber: value = n.stringValue
        case let s as String: value = s
        default: value = ""
        }
        return (value, cell["display"] as? String ?? "")
      }
    }
  }

  /// The cells of the Markdown table row that starts with `| KEY |` (the first such row after `title`), with the
  /// Markdown escapes and bold markers removed.
  static func markdownRow(_ key: String, after title: String, in markdown: String) throws -> [String] {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.contains(title) }, "no '\(title)' in the Markdown report")
    let line = try #require(
      lines[start...].first { $0.hasPrefix("| \(key) |") || $0.hasPrefix("| **\(key)** |") }, "no row '\(key)' after '\(title)'")
    return line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "**", with: "")
    }
  }

  /// Parses `text` (without its DOCTYPE line) with a strict XML parser; returns the first error, or nil.
  static func xmlError(_ text: String) -> String? {
    let body = text.hasPrefix("<!DOCTYPE html>\n") ? String(text.dropFirst("<!DOCTYPE html>\n".count)) : text
    let parser = XMLParser(data: Data(body.utf8))
    let delegate = XMLErrorCollector()
    parser.delegate = delegate
    let ok = parser.parse()
    return ok ? delegate.error : (delegate.error ?? "parse failed")
  }

  /// The full path of `xmllint` on the PATH, or nil.
  static var xmllint: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The IATI 2.03 activity schema copied under `Tests/PortfolioReportsTests/Fixtures/iati-2.03/`.
  static func iatiSchema(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("PortfolioReportsTests/Fixtures/iati-2.03/iati-activities-schema.xsd")
  }

  /// Runs `xmllint --noout --nonet --schema SCHEMA FILE`; returns its exit status and stderr.
  static func validateIATI(_ file: URL, xmllint: String) throws -> (status: Int32, message: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--nonet", "--schema", iatiSchema().path, file.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}

/// Keeps the first error of an XML parse.
final class XMLErrorCollector: NSObject, XMLParserDelegate, @unchecked Sendable {
  var error: String?
  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if error == nil { error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)" }
  }
}
