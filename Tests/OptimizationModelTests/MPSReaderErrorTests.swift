import Testing

@testable import OptimizationModel

/// A catalogue of malformed MPS snippets, each with the line and token its error must name.
@Suite("MPS reader errors")
struct MPSReaderErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    var format: MPSFormat = .free
    var line: Int
    var token: String
    var message: String
    var testDescription: String { label }
  }

  /// A fixed-format data line with fields in the classic columns 2, 5, 15, 25, 40 and 50.
  static func fixed(_ fields: String...) -> String {
    let columns = [1, 4, 14, 24, 39, 49]
    var line = ""
    for (field, column) in zip(fields, columns) {
      line += String(repeating: " ", count: max(0, column - line.count)) + field
    }
    return line + "\n"
  }

  static let head = "NAME bad\nROWS\n N obj\n L c1\n E c2\nCOLUMNS\n"

  static let cases: [Case] = [
    Case(label: "unknown section", text: "NAME x\nFOO\nENDATA\n", line: 2, token: "FOO", message: "unknown section header"),
    Case(label: "unsupported section", text: "NAME x\nROWS\n N obj\nSOS\nENDATA\n", line: 4, token: "SOS", message: "unsupported section"),
    Case(label: "unknown row type", text: "NAME x\nROWS\n N obj\n X r1\nENDATA\n", line: 4, token: "X", message: "unknown row type"),
    Case(label: "duplicate row", text: "NAME x\nROWS\n N obj\n L r1\n G r1\nENDATA\n", line: 5, token: "r1", message: "duplicate row name"),
    Case(label: "row without name", text: "NAME x\nROWS\n N obj\n L\nENDATA\n", line: 4, token: "L", message: "missing row name"),
    Case(label: "unknown row in columns", text: head + " x c9 1\nENDATA\n", line: 7, token: "c9", message: "unknown row"),
    Case(label: "invalid number", text: head + " x c1 1.2.3\nENDATA\n", line: 7, token: "1.2.3", message: "invalid number"),
    Case(label: "nan is not a number", text: head + " x c1 1\n x c2 nan\nENDATA\n", line: 8, token: "nan", message: "invalid number"),
    Case(label: "missing coefficient", text: head + " x c1\nENDATA\n", line: 7, token: "c1", message: "missing coefficient"),
    Case(label: "second pair without value", text: head + " x c1 1 c2\nENDATA\n", line: 7, token: "c2", message: "missing coefficient"),
    Case(label: "too many fields", text: head + " x c1 1 c2 2 obj\nENDATA\n", line: 7, token: "obj", message: "unexpected field in columns"),
    Case(label: "non-contiguous column", text: head + " x c1 1\n y c1 1\n x c2 1\nENDATA\n", line: 9, token: "x", message: "column entries are not contiguous"),
    Case(label: "duplicate entry", text: head + " x c1 1\n x c1 2\nENDATA\n", line: 8, token: "c1", message: "duplicate entry for column 'x'"),
    Case(label: "duplicate objective", text: head + " x obj 1 obj 2\nENDATA\n", line: 7, token: "obj", message: "duplicate objective coefficient"),
    Case(label: "intend without intorg", text: head + " M 'MARKER' 'INTEND'\nENDATA\n", line: 7, token: "'INTEND'", message: "intend marker without intorg"),
    Case(label: "unknown marker", text: head + " M 'MARKER' 'SOSORG'\nENDATA\n", line: 7, token: "'SOSORG'", message: "unknown marker"),
    Case(label: "unclosed integer block", text: head + " M 'MARKER' 'INTORG'\n x c1 1\nENDATA\n", line: 9, token: "", message: "integer block not closed"),
    Case(label: "data line before any section", text: " x c1 1\nENDATA\n", line: 1, token: "x", message: "data line outside a section"),
    Case(label: "bad objective sense inline", text: "NAME x\nOBJSENSE SIDEWAYS\nENDATA\n", line: 2, token: "SIDEWAYS", message: "unknown objective sense"),
    Case(label: "bad objective sense section", text: "NAME x\nOBJSENSE\n    UP\nENDATA\n", line: 3, token: "UP", message: "unknown objective sense"),
    Case(label: "unknown row in rhs", text: head + " x c1 1\nRHS\n RHS c7 1\nENDATA\n", line: 9, token: "c7", message: "unknown row"),
    Case(label: "duplicate rhs", text: head + " x c1 1\nRHS\n RHS c1 1\n RHS c1 2\nENDATA\n", line: 10, token: "c1", message: "duplicate rhs"),
    Case(label: "invalid rhs number", text: head + " x c1 1\nRHS\n RHS c1 one\nENDATA\n", line: 9, token: "one", message: "invalid number"),
    Case(label: "range on objective", text: head + " x c1 1\nRANGES\n RNG obj 4\nENDATA\n", line: 9, token: "obj", message: "ranges on the objective row"),
    Case(label: "duplicate range", text: head + " x c1 1\nRANGES\n RNG c1 4\n RNG c1 5\nENDATA\n", line: 10, token: "c1", message: "duplicate range"),
    Case(label: "semi-continuous bound", text: head + " x c1 1\nBOUNDS\n SC BND x 4\nENDATA\n", line: 9, token: "SC", message: "semi-continuous bounds (sc) are not supported"),
    Case(label: "unknown bound type", text: head + " x c1 1\nBOUNDS\n XX BND x 4\nENDATA\n", line: 9, token: "XX", message: "unknown bound type"),
    Case(label: "unknown column in bounds", text: head + " x c1 1\nBOUNDS\n UP BND y 4\nENDATA\n", line: 9, token: "y", message: "unknown column"),
    Case(label: "bound without value", text: head + " x c1 1\nBOUNDS\n UP BND\nENDATA\n", line: 9, token: "BND", message: "missing value in bounds"),
    Case(label: "invalid bound value", text: head + " x c1 1\nBOUNDS\n LO BND x 1e\nENDATA\n", line: 9, token: "1e", message: "invalid number"),
    Case(label: "missing endata", text: head + " x c1 1\n", line: 8, token: "", message: "missing endata"),
    Case(
      label: "fixed: unknown row in columns",
      text: "NAME          F\nROWS\n N  COST\n L  LIM1\nCOLUMNS\n" + fixed("", "X1", "COST", "1.0", "LIM9", "1.0")
        + "ENDATA\n",
      format: .fixed, line: 6, token: "LIM9", message: "unknown row"),
    Case(
      label: "fixed: invalid number",
      text: "NAME          F\nROWS\n N  COST\n L  LIM1\nCOLUMNS\n" + fixed("", "X1", "COST", "1.x") + "ENDATA\n",
      format: .fixed, line: 6, token: "1.x", message: "invalid number"),
    Case(
      label: "fixed: name with a blank in bounds",
      text: "NAME          F\nROWS\n N  COST\n L  LIM 1\nCOLUMNS\n" + fixed("", "X 1", "COST", "1.0", "LIM 1", "2")
        + "BOUNDS\n" + fixed("UP", "BND", "X 2", "4") + "ENDATA\n",
      format: .fixed, line: 8, token: "X 2", message: "unknown column"),
    Case(
      label: "auto: reports the reading that got further",
      text: "NAME x\nROWS\n N  obj\n L  my row\nCOLUMNS\n" + fixed("", "x", "obj", "1.0", "my row", "2.0")
        + fixed("", "y", "obj", "zz") + "ENDATA\n",
      format: .auto, line: 7, token: "zz", message: "invalid number"),
  ]

  @Test("Each malformed snippet names its line and token", arguments: cases)
  func reportsLineAndToken(_ example: Case) {
    do {
      let model = try MPSReader.read(example.text, format: example.format)
      Issue.record("expected an error, read \(model)")
    } catch {
      #expect(error.line == example.line)
      #expect(error.token == example.token)
      #expect(error.message.hasPrefix(example.message), "message: \(error.message)")
      #expect(error.message == error.message.lowercased() || error.message.contains("'"))
      #expect(error.description.hasPrefix("line \(example.line): "))
    }
  }

  @Test("The error description names line, message and token")
  func describesError() {
    let error = MPSReadError(line: 12, token: "XX", message: "unknown bound type")
    #expect(error.description == "line 12: unknown bound type ('XX')")
    #expect(MPSReadError(line: 3, token: "", message: "missing endata").description == "line 3: missing endata")
  }
}
