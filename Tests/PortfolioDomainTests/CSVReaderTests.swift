import PortfolioDomain
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
  func values(_ table: CSVTable) -> [[String]] { table.records.map { $0.fields.map(\.value) } }

  @Test("Reads a plain table with and without a final newline", arguments: ["a,b\n1,2\n3,4\n", "a,b\n1,2\n3,4"])
  func plain(text: String) {
    let table = CSVReader.read(text)
    #expect(table.errors == [])
    #expect(table.header.map(\.value) == ["a", "b"])
    #expect(values(table) == [["1", "2"], ["3", "4"]])
    #expect(table.records.map(\.line) == [2, 3])
  }

  @Test("Unquotes fields with commas, doubled quotes and line breaks")
  func quoted() {
    let table = CSVReader.read("id,title\n1,\"Igman, Konjic\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\n")
    #expect(table.errors == [])
    #expect(values(table) == [["1", "Igman, Konjic"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", ""]])
    #expect(table.records.map(\.line) == [2, 3, 4, 6])
  }

  @Test("Accepts CRLF line endings, CRLF inside quotes and a UTF-8 byte-order mark")
  func crlfAndBOM() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\r\nF01,\"Goražde\r\nline\"\r\nF02,Vogošća\r\n".utf8)
    let table = CSVReader.read(bytes: bytes)
    #expect(table.errors == [])
    #expect(table.header.map(\.value) == ["id", "name"])
    #expect(values(table) == [["F01", "Goražde\r\nline"], ["F02", "Vogošća"]])
    #expect(table.records.map(\.line) == [2, 4])
  }

  @Test("Skips wholly empty lines but keeps empty fields")
  func emptyLines() {
    let table = CSVReader.read("a,b\n\n1,\n\n,2\n")
    #expect(table.errors == [])
    #expect(values(table) == [["1", ""], ["", "2"]])
    #expect(table.records.map(\.line) == [3, 5])
  }

  @Test("Positions fields by line and scalar column")
  func positions() {
    let table = CSVReader.read("a,b,c\nčč,\"x\",z\n")
    let fields = table.records[0].fields
    #expect(fields.map(\.position) == [TextPosition(line: 2, column: 1), TextPosition(line: 2, column: 4), TextPosition(line: 2, column: 8)])
  }

  @Test("Reports a row with too many fields at the first extra field")
  func tooMany() throws {
    let table = CSVReader.read("a,b\n1,2\n3,4,5\n6,7\n")
    let error = try #require(table.errors.first)
    #expect(table.errors.count == 1)
    #expect(error.kind == .raggedRow(expected: 2, found: 3))
    #expect(error.line == 3 && error.column == 5)
    #expect(values(table) == [["1", "2"], ["6", "7"]])
    #expect(table.raggedRecords.map(\.line) == [3])
  }

  @Test("Reports a row with too few fields at its end")
  func tooFew() throws {
    let table = CSVReader.read("a,b,c\n1,22\n")
    let error = try #require(table.errors.first)
    #expect(error.kind == .raggedRow(expected: 3, found: 2))
    #expect(error.line == 2 && error.column == 5)
    #expect(error.description == "line 2, column 5: row has 2 fields but the header has 3")
  }

  @Test("Reports an unterminated quote at its opening quote, keeps the rows before it and resumes on the next line")
  func unterminated() throws {
    let table = CSVReader.read("a,b\n1,2\n3,\"open\n4,5\r\n6,7")
    let error = try #require(table.errors.first)
    #expect(table.errors.count == 1)
    #expect(error.kind == .unterminatedQuote)
    #expect(error.line == 3 && error.column == 3)
    #expect(values(table) == [["1", "2"], ["4", "5"], ["6", "7"]])
    #expect(table.records.map(\.line) == [2, 4, 5])
  }

  @Test("Reports a quote inside an unquoted field")
  func strayQuote() throws {
    let table = CSVReader.read("a,b\n1,ab\"c\n")
    let error = try #require(table.errors.first)
    #expect(error.kind == .quoteInUnquotedField)
    #expect(error.line == 2 && error.column == 5)
  }

  @Test("Reports text after a closing quote")
  func afterClosingQuote() throws {
    let table = CSVReader.read("a,b\n\"x\"y,2\n")
    let error = try #require(table.errors.first)
    #expect(error.kind == .characterAfterClosingQuote("y"))
    #expect(error.line == 2 && error.column == 4)
  }

  @Test("Reports bytes that are not UTF-8")
  func invalidUTF8() throws {
    let table = CSVReader.read(bytes: Array("a,b\n1,".utf8) + [0xFF, 0x0A])
    let error = try #require(table.errors.first)
    #expect(error.kind == .invalidUTF8)
    #expect(error.line == 2 && error.column == 3)
  }

  @Test("Reports an empty file")
  func emptyFile() {
    #expect(CSVReader.read("").errors.map(\.kind) == [.missingHeader])
  }
}
