import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("Tables, CSV and money", .tags(.small))
struct TableOutputTests {
  @Test("Aligns columns, right-aligns numbers and trims trailing spaces")
  func table() {
    var table = TextTable(columns: [.init("id"), .init("cost (USD)", .right), .init("town")])
    table.append(["F01", MoneyFormat.dollars(1_234_567), "Goražde"])
    table.append(["DCB-D10", MoneyFormat.dollars(900), ""])
    #expect(
      table.render() == """
        id       cost (USD)  town
        -------  ----------  -------
        F01       1,234,567  Goražde
        DCB-D10         900

        """)
  }

  @Test(
    "Groups thousands", arguments: [(Int64(0), "0"), (999, "999"), (1_000, "1,000"), (-48_500_000, "-48,500,000"), (Int64.min, "-9,223,372,036,854,775,808")])
  func money(amount: Int64, text: String) {
    #expect(MoneyFormat.dollars(amount) == text)
  }

  @Test("Rounds cents to whole dollars half away from zero")
  func cents() {
    #expect(MoneyFormat.dollars(cents: 123_456_789) == "1,234,568")
    #expect(MoneyFormat.dollars(cents: 149) == "1")
    #expect(MoneyFormat.dollars(cents: -150) == "-2")
  }

  @Test("Writes RFC 4180 CSV, quoting only what needs it")
  func csv() {
    var writer = CSVWriter(header: ["id", "title"])
    writer.append(["T01", "plain"])
    writer.append(["T02", "a, b"])
    writer.append(["T03", "say \"hi\""])
    writer.append(["T04", "two\nlines"])
    writer.append(["T05", " padded"])
    writer.append(["T06", ""])
    #expect(
      writer.text == """
        id,title
        T01,plain
        T02,"a, b"
        T03,"say ""hi\"""
        T04,"two
        lines"
        T05," padded"
        T06,

        """)
  }

  @Test("Quotes on Unicode scalars: a quote, comma, newline or space that a combining mark follows")
  func csvCombiningMarks() {
    let fields = [
      "Combining \"\u{0301}, quote", "a\"\u{0301}b", "a,\u{0301}b", "two\n\u{0301}lines", "two\r\u{0301}lines", " \u{0301}padded", "e\u{0301}",
    ]
    var writer = CSVWriter(header: ["id", "title"])
    for (index, field) in fields.enumerated() { writer.append([String(index), field]) }
    let expected =
      "id,title\n0,\"Combining \"\"\u{0301}, quote\"\n1,\"a\"\"\u{0301}b\"\n2,\"a,\u{0301}b\"\n3,\"two\n\u{0301}lines\"\n"
      + "4,\"two\r\u{0301}lines\"\n5,\" \u{0301}padded\"\n6,e\u{0301}\n"
    #expect(Array(writer.text.unicodeScalars) == Array(expected.unicodeScalars))
    let read = CSVReader.read(writer.text)
    #expect(read.errors.isEmpty && read.raggedRecords.isEmpty)
    #expect(read.records.map { $0.fields.map(\.value) } == fields.enumerated().map { [String($0.offset), $0.element] })
  }

  @Test("Neutralizes spreadsheet formulas but keeps numbers numeric")
  func csvFormulaInjection() {
    var writer = CSVWriter(header: ["cell"])
    for field in ["=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "-3", "12.5", "-0.25"] { writer.append([field]) }
    #expect(
      writer.text == """
        cell
        "'=HYPERLINK(""x"")"
        '+1+1
        '-2+3
        '@SUM(A1)
        -3
        12.5
        -0.25

        """)
  }
}
