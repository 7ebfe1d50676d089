/// The state machine behind `MPSReader`: one pass over the lines, one parser per format attempt.
struct MPSParser {
  typealias Span = MPSLineScanner.Span

  enum Section { case none, objectiveSense, rows, columns, rhs, ranges, bounds }

  /// Row lookup values below zero.
  static let objectiveRow = -1
  static let droppedRow = -2

  let scanner: MPSLineScanner
  let fixed: Bool

  var lineNumber = 0
  var section = Section.none
  var tokens: [Span] = []

  var modelName = ""
  var sense = ObjectiveSense.minimize
  var objectiveName: String?
  var objectiveConstant = 0.0
  var objectiveConstantGiven = false

  var rowIndex = MPSNameTable()
  var rowNames: [String] = []
  var rowTypes: [UInt8] = []
  var rhs: [Double] = []
  var rhsGiven: [Bool] = []
  var ranges: [Double] = []
  var rangeGiven: [Bool] = []

  var columnIndex = MPSNameTable()
  var columnNames: [String] = []
  var objective: [Double] = []
  var objectiveGiven: [Bool] = []
  var lower: [Double] = []
  var upper: [Double] = []
  var isInteger: [Bool] = []
  var binaryByDefault: [Bool] = []
  var lowerDefined: [Bool] = []
  var upperDefined: [Bool] = []
  var inIntegerBlock = false
  var currentColumn = -1
  var currentColumnSpan = Span.empty
  var rowStamp: [Int] = []

  var entryRows: [Int32] = []
  var entryColumns: [Int32] = []
  var entryValues: [Double] = []

  var rhsSetName: String?
  var rangeSetName: String?

  init(scanner: MPSLineScanner, fixed: Bool) {
    self.scanner = scanner
    self.fixed = fixed
  }

  // MARK: - Errors

  func error(_ span: Span, _ message: String) -> MPSReadError {
    MPSReadError(line: lineNumber, token: span.isEmpty ? "" : scanner.string(span), message: message)
  }

  func error(_ token: String, _ message: String) -> MPSReadError {
    MPSReadError(line: lineNumber, token: token, message: message)
  }

  // MARK: - The line loop

  /// Reads every line up to `ENDATA`.
  mutating func run() throws(MPSReadError) {
    let bytes = scanner.bytes
    var start = 0
    while start < bytes.count {
      let end = scanner.lineEnd(from: start)
      lineNumber += 1
      let line = scanner.trimmedLine(start, end)
      start = end + 1
      if line.isEmpty || bytes[line.start] == UInt8(ascii: "*") { continue }
      scanner.tokenize(line, into: &tokens)
      if tokens.isEmpty { continue }
      if MPSLineScanner.isBlank(bytes[line.start]) {
        try dataLine(line)
      } else if try header(line) {
        return
      }
    }
    throw MPSReadError(line: lineNumber + 1, token: "", message: "missing endata")
  }

  /// Handles a section header; returns `true` at `ENDATA`.
  mutating func header(_ line: Span) throws(MPSReadError) -> Bool {
    let keyword = scanner.upperKeyword(tokens[0])
    switch keyword {
    case "NAME":
      let rest = Span(start: tokens[0].end, end: line.end)
      var trimmed = rest
      while trimmed.start < trimmed.end && MPSLineScanner.isBlank(scanner.bytes[trimmed.start]) { trimmed.start += 1 }
      while trimmed.end > trimmed.start && MPSLineScanner.isBlank(scanner.bytes[trimmed.end - 1]) { trimmed.end -= 1 }
      modelName = trimmed.isEmpty ? "" : scanner.string(trimmed)
      section = .none
    case "OBJSENSE":
      if tokens.count >= 2 {
        try readSense(tokens[1])
        section = .none
      } else {
        section = .objectiveSense
      }
    case "ROWS": section = .rows
    case "COLUMNS": section = .columns
    case "RHS": section = .rhs
    case "RANGES": section = .ranges
    case "BOUNDS": section = .bounds
    case "ENDATA": return true
    case "OBJNAME", "OBJSENS", "SOS", "QUADOBJ", "QMATRIX", "QSECTION", "QCMATRIX", "CSECTION", "INDICATORS",
      "USERCUTS", "LAZYCONS", "GENERAL", "BRANCH":
      throw error(tokens[0], "unsupported section")
    default:
      throw error(tokens[0], "unknown section header")
    }
    return false
  }

  mutating func readSense(_ token: Span) throws(MPSReadError) {
    switch scanner.upperKeyword(token) {
    case "MAX", "MAXIMIZE", "MAXIMISE": sense = .maximize
    case "MIN", "MINIMIZE", "MINIMISE": sense = .minimize
    default: throw error(token, "unknown objective sense (expected max or min)")
    }
  }

  mutating func dataLine(_ line: Span) throws(MPSReadError) {
    switch section {
    case .none: throw error(tokens[0], "data line outside a section")
    case .objectiveSense:
      try readSense(tokens[0])
      if tokens.count > 1 { throw error(tokens[1], "unexpected field after the objective sense") }
    case .rows: try rowLine(line)
    case .columns: try columnLine(line)
    case .rhs: try rhsLine(line, ranges: false)
    case .ranges: try rhsLine(line, ranges: true)
    case .bounds: try boundLine(line)
    }
  }

  // MARK: - ROWS

  mutating func rowLine(_ line: Span) throws(MPSReadError) {
    let typeSpan: Span
    let nameSpan: Span
    if fixed {
      typeSpan = scanner.fixedField(line, 2, 3)
      nameSpan = scanner.fixedField(line, 5, line.end - line.start)
    } else {
      if tokens.count > 2 { throw error(tokens[2], "unexpected field in rows") }
      typeSpan = tokens[0]
      nameSpan = tokens.count > 1 ? tokens[1] : .empty
    }
    if typeSpan.isEmpty { throw error(tokens[0], "missing row type") }
    let type = scanner.upperKeyword(typeSpan)
    guard type == "N" || type == "L" || type == "G" || type == "E" else {
      throw error(typeSpan, "unknown row type (expected n, l, g or e)")
    }
    if nameSpan.isEmpty { throw error(typeSpan, "missing row name") }
    let name = scanner.string(nameSpan)
    if rowIndex.find(scanner.bytes, nameSpan) != nil { throw error(name, "duplicate row name") }
    if type == "N" {
      if objectiveName == nil {
        objectiveName = name
        rowIndex.insert(scanner.bytes, nameSpan, value: Self.objectiveRow)
      } else {
        rowIndex.insert(scanner.bytes, nameSpan, value: Self.droppedRow)
      }
      return
    }
    rowIndex.insert(scanner.bytes, nameSpan, value: rowNames.count)
    rowNames.append(name)
    rowTypes.append(type.utf8.first ?? UInt8(ascii: "E"))
    rhs.append(0)
    rhsGiven.append(false)
    ranges.append(0)
    rangeGiven.append(false)
    rowStamp.append(-1)
  }

  // MARK: - COLUMNS

  /// Whether the current line is an integer marker line; updates the block state if so.
  mutating func markerLine() throws(MPSReadError) -> Bool {
    guard tokens.count >= 3 else { return false }
    let quotedMarker = scanner.equals(tokens[1], "'MARKER'")
    let kind = tokens[2]
    let isOrg = scanner.equals(kind, "'INTORG'") || scanner.equals(kind, "INTORG")
    let isEnd = scanner.equals(kind, "'INTEND'") || scanner.equals(kind, "INTEND")
    guard quotedMarker || (scanner.equals(tokens[1], "MARKER") && (isOrg || isEnd)) else { return false }
    if isOrg {
      if inIntegerBlock { throw error(kind, "intorg marker inside an integer block") }
      inIntegerBlock = true
    } else if isEnd {
      if !inIntegerBlock { throw error(kind, "intend marker without intorg") }
      inIntegerBlock = false
    } else {
      throw error(kind, "unknown marker (expected 'intorg' or 'intend')")
    }
    if tokens.count > 3 { throw error(tokens[3], "unexpected field after the marker") }
    return true
  }

  mutating func columnLine(_ line: Span) throws(MPSReadError) {
    if try markerLine() { return }
    let columnSpan: Span
    var row1 = Span.empty, value1 = Span.empty, row2 = Span.empty, value2 = Span.empty
    if fixed {
      columnSpan = scanner.fixedField(line, 5, 12)
      row1 = scanner.fixedField(line, 15, 22)
      value1 = scanner.fixedNumberField(line, 25, 36)
      if value1.end <= line.start + 39 {
        row2 = scanner.fixedField(line, 40, 47)
        value2 = scanner.fixedNumberField(line, 50, 61)
      }
      if columnSpan.isEmpty { throw error(tokens[0], "missing column name") }
    } else {
      columnSpan = tokens[0]
      if tokens.count > 5 { throw error(tokens[5], "unexpected field in columns") }
      if tokens.count > 1 { row1 = tokens[1] }
      if tokens.count > 2 { value1 = tokens[2] }
      if tokens.count > 3 { row2 = tokens[3] }
      if tokens.count > 4 { value2 = tokens[4] }
    }
    let column = try lookUpColumn(columnSpan)
    if row1.isEmpty { throw error(columnSpan, "missing row name") }
    try addEntry(column: column, row: row1, value: value1)
    if !row2.isEmpty {
      try addEntry(column: column, row: row2, value: value2)
    } else if !value2.isEmpty {
      throw error(value2, "missing row name")
    }
  }

  mutating func lookUpColumn(_ span: Span) throws(MPSReadError) -> Int {
    if currentColumn >= 0 && scanner.same(span, currentColumnSpan) { return currentColumn }
    if columnIndex.find(scanner.bytes, span) != nil { throw error(span, "column entries are not contiguous") }
    let name = scanner.string(span)
    let column = columnNames.count
    columnIndex.insert(scanner.bytes, span, value: column)
    columnNames.append(name)
    objective.append(0)
    objectiveGiven.append(false)
    lower.append(0)
    upper.append(inIntegerBlock ? 1 : .infinity)
    isInteger.append(inIntegerBlock)
    binaryByDefault.append(inIntegerBlock)
    lowerDefined.append(false)
    upperDefined.append(false)
    currentColumn = column
    currentColumnSpan = span
    return column
  }

  mutating func addEntry(column: Int, row: Span, value: Span) throws(MPSReadError) {
    guard let index = rowIndex.find(scanner.bytes, row) else { throw error(row, "unknown row") }
    if value.isEmpty { throw error(row, "missing coefficient") }
    guard let number = scanner.number(value) else { throw error(value, "invalid number") }
    if index == Self.droppedRow { return }
    if index == Self.objectiveRow {
      if objectiveGiven[column] { throw error(row, "duplicate objective coefficient for column '\(columnNames[column])'") }
      objectiveGiven[column] = true
      objective[column] = number
      return
    }
    if rowStamp[index] == column {
      throw error(row, "duplicate entry for column '\(columnNames[column])'")
    }
    rowStamp[index] = column
    entryRows.append(Int32(truncatingIfNeeded: index))
    entryColumns.append(Int32(truncatingIfNeeded: column))
    entryValues.append(number)
  }
}
