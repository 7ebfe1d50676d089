import Testing

@testable import OptimizationModel

/// The reader's conventions on small hand-written files.
@Suite("MPS reader")
struct MPSReaderTests {
  static func fixed(_ fields: String...) -> String {
    let columns = [1, 4, 14, 24, 39, 49]
    var line = ""
    for (field, column) in zip(fields, columns) {
      line += String(repeating: " ", count: max(0, column - line.count)) + field
    }
    return line + "\n"
  }

  static let conventions = """
    * a comment line
    NAME conventions test
    OBJSENSE
        MAXIMIZE
    ROWS
     N obj
     E e1
     E e2
     L l1
     G g1
     N other

    COLUMNS
        MARKER 'MARKER' 'INTORG'
        a obj 1 e1 1
        b obj 2 e2 1
        c obj 3 l1 1
        d obj 4 g1 1
        e g1 1 other 9
        f g1 1
        MARKER 'MARKER' 'INTEND'
        g obj 1 other 1
        h obj -1.5
        i obj 0
    RHS
        RHS e1 10 e2 10
        RHS l1 10 g1 10
        RHS obj 3.5
        RHS other 77
        ALT e1 99
    RANGES
        RNG e1 4 e2 -4
        RNG l1 4 g1 -4
    BOUNDS
     MI BND a
     PL BND b
     UP BND c -5
     LI BND d -3
     UI BND e 4.5
     LO BND g -1
     UP BND g 1e30
     FR BND h
     BV BND i
     UP OTHER f 17
    ENDATA
    """

  @Test("Reads sense, dropped N rows, RHS, ranges and every bound type as HiGHS 1.16 does")
  func conventionsLikeHiGHS() throws {
    let model = try MPSReader.read(Self.conventions)
    #expect(model.name == "conventions test")
    #expect(model.sense == .maximize)
    #expect(model.objectiveName == "obj")
    #expect(model.objectiveConstant == -3.5)
    #expect(model.rows.map(\.name) == ["e1", "e2", "l1", "g1"])
    // Values checked against highspy 1.16 reading the same file.
    #expect(model.rows.map(\.lowerBound) == [10, 6, 6, 10])
    #expect(model.rows.map(\.upperBound) == [14, 10, 10, 14])
    #expect(model.rows[3].indices == [3, 4, 5])
    #expect(model.variables.map(\.name) == ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
    #expect(model.variables.map(\.lowerBound) == [-.infinity, 0, 0, -3, 0, 0, -1, -.infinity, 0])
    #expect(model.variables.map(\.upperBound) == [.infinity, .infinity, -5, .infinity, 4.5, 17, .infinity, .infinity, 1])
    #expect(model.variables.map(\.isInteger) == [true, true, true, true, true, true, false, false, true])
    #expect(model.variables.map(\.objective) == [1, 2, 3, 4, 0, 0, 1, -1.5, 0])
  }

  @Test("Skips a UTF-8 byte order mark and accepts lowercase keywords")
  func byteOrderMark() throws {
    let model = try MPSReader.read("\u{FEFF}NAME bom\nrows\n n o\n l c\ncolumns\n x o 1 c 2\nrhs\n r c 4\nbounds\n up b x 3\nendata\n")
    #expect(model.name == "bom")
    #expect(model.rows.first?.upperBound == 4)
    #expect(model.variables.first?.upperBound == 3)
  }

  @Test("Reads the inline OBJSENSE form and MIN")
  func inlineSense() throws {
    let max = try MPSReader.read("NAME\nOBJSENSE MAX\nROWS\n N o\nCOLUMNS\n x o 1\nENDATA\n")
    #expect(max.sense == .maximize)
    #expect(max.name == "")
    let min = try MPSReader.read("NAME\nOBJSENSE\n MIN\nROWS\n N o\nCOLUMNS\n x o 1\nENDATA\n")
    #expect(min.sense == .minimize)
  }

  @Test("Reads empty set names in free format and CRLF line ends")
  func emptySetNames() throws {
    let text = "NAME t\r\nROWS\r\n N o\r\n L c\r\n G d\r\nCOLUMNS\r\n x o 1 c 1\r\n y d 1\r\nRHS\r\n c 5 d 2\r\n"
      + "RANGES\r\n c 1\r\nBOUNDS\r\n UP x 3\r\n MI y\r\nENDATA\r\n"
    let model = try MPSReader.read(text)
    #expect(model.rows[0].lowerBound == 4)
    #expect(model.rows[0].upperBound == 5)
    #expect(model.rows[1].lowerBound == 2)
    #expect(model.variables[0].upperBound == 3)
    #expect(model.variables[1].lowerBound == -.infinity)
  }

  @Test("Reads fixed format with blank-padded fields, names with blanks and empty set names")
  func fixedFormat() throws {
    let text = "NAME          FIXED ONE\nROWS\n N  COST\n L  LIMIT 1\n G  MY ROW\nCOLUMNS\n"
      + Self.fixed("", "X ONE", "COST", "1.5", "LIMIT 1", "2") + Self.fixed("", "X TWO", "MY ROW", "-1")
      + "RHS\n" + Self.fixed("", "", "LIMIT 1", "10", "MY ROW", "-3")
      + "BOUNDS\n" + Self.fixed("UP", "", "X TWO", "8") + "ENDATA\n"
    let model = try MPSReader.read(text, format: .fixed)
    #expect(model.name == "FIXED ONE")
    #expect(model.variables.map(\.name) == ["X ONE", "X TWO"])
    #expect(model.rows.map(\.name) == ["LIMIT 1", "MY ROW"])
    #expect(model.rows[0].upperBound == 10)
    #expect(model.rows[1].lowerBound == -3)
    #expect(model.variables[1].upperBound == 8)
    #expect(try MPSReader.read(text) == model)
  }

  @Test("Reads a fixed-format number that overflows its field")
  func overflowingNumber() throws {
    let text = "NAME\nROWS\n N  COST\n L  R\nCOLUMNS\n" + Self.fixed("", "X", "R", "0.30000000000000004") + "ENDATA\n"
    let model = try MPSReader.read(text, format: .fixed)
    #expect(model.rows[0].coefficients == [0.30000000000000004])
  }

  @Test("Treats magnitudes of 1e20 and beyond as infinite in RHS and BOUNDS, not in COLUMNS")
  func infinity() throws {
    let text = "NAME\nROWS\n N o\n L c\nCOLUMNS\n x o 1e30 c 1\nRHS\n RHS c 1e20\nBOUNDS\n LO B x -1e21\nENDATA\n"
    let model = try MPSReader.read(text)
    #expect(model.rows[0].upperBound == .infinity)
    #expect(model.variables[0].lowerBound == -.infinity)
    #expect(model.variables[0].objective == 1e30)
  }

  @Test("Skips RHS and RANGES lines of a second set")
  func secondSetSkipped() throws {
    let text = "NAME\nROWS\n N o\n L c\nCOLUMNS\n x o 1 c 1\nRHS\n A c 1\n B c 2\nRANGES\n R c 0.5\n S c 0.25\nENDATA\n"
    let model = try MPSReader.read(text)
    #expect(model.rows[0].upperBound == 1)
    #expect(model.rows[0].lowerBound == 0.5)
  }

  @Test("Ignores a bound entry whose side is already set, whatever its set name (as HiGHS 1.16)")
  func repeatedBoundSides() throws {
    // Expected values from highspy 1.16 reading the same file.
    let text = "NAME\nROWS\n N o\n L c\nCOLUMNS\n x o 1 c 1\n y o 1 c 1\n z o 1 c 1\n w o 1 c 1\n v o 1 c 1\n"
      + "BOUNDS\n UP S x 4\n FX T x 2\n MI S y\n LO S y 2\n LO S z 1\n FR S z\n UP S w 3\n PL S w\n"
      + " UP S v 3\n BV S v\nENDATA\n"
    let model = try MPSReader.read(text)
    #expect(model.variables.map(\.lowerBound) == [0, -.infinity, 1, 0, 0])
    #expect(model.variables.map(\.upperBound) == [4, .infinity, .infinity, 3, 3])
    #expect(!model.hasIntegers)
  }

  @Test("Parses numbers exactly on both the fast and the slow path")
  func numbers() throws {
    let texts = ["0.1", "-2.5e-3", "1e22", "123456789012345678", "4.9e-324", "1.7976931348623157e308", ".5", "5.",
                 "+3", "-0", "0.000001234", "1E+2", "12345678901234567890.5"]
    for text in texts {
      let mps = "NAME\nROWS\n N o\nCOLUMNS\n x o \(text)\nENDATA\n"
      let model = try MPSReader.read(mps)
      #expect(model.variables[0].objective == Double(text), "\(text)")
    }
  }
}
