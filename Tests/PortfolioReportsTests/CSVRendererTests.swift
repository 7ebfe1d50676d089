import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("CSV renderer")
struct CSVRendererTests {
  @Test("Neutralizes formula triggers in text", arguments: HostileDocument.formulas)
  func neutralizes(_ text: String) {
    let field = CSVRenderer.field(.text(text))
    let unquoted = field.hasPrefix("\"") ? String(field.dropFirst()) : field
    #expect(unquoted.hasPrefix("'"), "field \(field)")
  }

  @Test("Keeps genuine numbers as numbers, negatives included")
  func numbers() {
    #expect(CSVRenderer.field(.money(-1_200)) == "-1200")
    #expect(CSVRenderer.field(.integer(-7)) == "-7")
    #expect(CSVRenderer.field(.percent(-12.5, decimals: 1)) == "-12.5")
    #expect(CSVRenderer.field(.ratio(-0.5, decimals: 2)) == "-0.50")
    #expect(CSVRenderer.field(.text("-12.5")) == "-12.5")
    #expect(CSVRenderer.field(.text("-12.5e3")) == "'-12.5e3")
    #expect(CSVRenderer.field(.text("-")) == "'-")
  }

  @Test("Quotes per RFC 4180")
  func quoting() {
    #expect(CSVRenderer.field(.text("a,b")) == "\"a,b\"")
    #expect(CSVRenderer.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
    #expect(CSVRenderer.field(.text("two\nlines")) == "\"two\nlines\"")
    #expect(CSVRenderer.field(.text("\rReturn")) == "\"'\rReturn\"")
    #expect(CSVRenderer.field(.text("plain")) == "plain")
  }

  /// Text where a combining mark (U+0301) follows a quote, a comma, a line feed or a carriage return, so the two
  /// scalars form one `Character`; and the field each must become.
  static let combining: [(String, String)] = [
    ("Combining \"\u{0301}, quote", "\"Combining \"\"\u{0301}, quote\""),
    ("a\"\u{0301}b", "\"a\"\"\u{0301}b\""),
    ("a,\u{0301}b", "\"a,\u{0301}b\""),
    ("two\n\u{0301}lines", "\"two\n\u{0301}lines\""),
    ("two\r\u{0301}lines", "\"two\r\u{0301}lines\""),
    ("e\u{0301}", "e\u{0301}"),
  ]

  @Test("Quotes and doubles quotes on Unicode scalars, also where a combining mark follows", arguments: combining)
  func combiningMarks(_ text: String, _ field: String) {
    #expect(Array(CSVRenderer.field(.text(text)).unicodeScalars) == Array(field.unicodeScalars))
  }

  @Test("A table with combining marks after quotes, commas and newlines reads back with every row whole")
  func combiningMarksRoundTrip() {
    let texts = CSVRendererTests.combining.map(\.0)
    let table = ReportTable(id: "t", title: "t", columns: [ReportColumn("Title"), ReportColumn("N", alignment: .right)], rows: texts.map { [.text($0), .integer(1)] })
    let read = CSVReader.read(CSVRenderer().render(table))
    #expect(read.errors.isEmpty && read.raggedRecords.isEmpty)
    #expect(read.records.map { $0.fields.map(\.value) } == texts.map { [$0, "1"] })
  }

  @Test("Writes one file per table and chart with a header and one line per row")
  func files() throws {
    let doc = try TestSupport.portfolioDocument()
    let files = CSVRenderer().render(doc)
    #expect(files.map(\.fileName) == doc.allTables.map { $0.id + ".csv" })
    #expect(Set(files.map(\.fileName)).count == files.count)
    let money = try #require(files.first { $0.fileName == "money-by-year-source.csv" })
    let lines = money.contents.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Source,2024 (USD),2025 (USD),2026 (USD),2027 (USD),2028 (USD),Total (USD)")
    #expect(lines.contains("Total,7000000,21998000,21498000,12504000,3000000,66000000"))
    #expect(money.contents.hasSuffix("\n") && !money.contents.contains("\r"))
  }
}

@Suite("Report format")
struct ReportFormatTests {
  @Test("Renders each format through the same renderers")
  func formats() throws {
    let doc = try TestSupport.portfolioDocument()
    #expect(ReportFormat.html.render(doc) == [ReportFile(fileName: "report.html", contents: HTMLRenderer().render(doc))])
    #expect(ReportFormat.md.render(doc, baseName: "portfolio").map(\.fileName) == ["portfolio.md"])
    #expect(ReportFormat.csv.render(doc) == CSVRenderer().render(doc))
    #expect(ReportFormat.csv.isMultiFile && !ReportFormat.json.isMultiFile)
    #expect(ReportFormat(rawValue: "json") == .json)
  }
}
