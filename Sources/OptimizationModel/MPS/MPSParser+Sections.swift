/// `RHS`, `RANGES` and `BOUNDS` lines, and the final assembly of the model.
extension MPSParser {
  /// A value from `RHS`, `RANGES` or `BOUNDS`, with magnitudes >= `mpsInfinity` made infinite.
  func boundValue(_ span: Span) throws(MPSReadError) -> Double {
    guard let value = scanner.number(span) else { throw error(span, "invalid number") }
    if value >= mpsInfinity { return .infinity }
    if value <= -mpsInfinity { return -.infinity }
    return value
  }

  /// Whether a line of set `name` is to be read: the first set seen is, any other is skipped.
  static func accept(_ name: String, _ chosen: inout String?) -> Bool {
    guard let current = chosen else {
      chosen = name
      return true
    }
    return current == name
  }

  // MARK: - RHS and RANGES

  mutating func rhsLine(_ line: Span, ranges isRanges: Bool) throws(MPSReadError) {
    let setSpan: Span
    var row1 = Span.empty, value1 = Span.empty, row2 = Span.empty, value2 = Span.empty
    let what = isRanges ? "ranges" : "rhs"
    if fixed {
      setSpan = scanner.fixedField(line, 5, 12)
      row1 = scanner.fixedField(line, 15, 22)
      value1 = scanner.fixedNumberField(line, 25, 36)
      if value1.end <= line.start + 39 {
        row2 = scanner.fixedField(line, 40, 47)
        value2 = scanner.fixedNumberField(line, 50, 61)
      }
    } else {
      if tokens.count > 5 { throw error(tokens[5], "unexpected field in \(what)") }
      let offset = tokens.count % 2 == 1 ? 1 : 0
      setSpan = offset == 1 ? tokens[0] : .empty
      if tokens.count == 1 { throw error(tokens[0], "missing value in \(what)") }
      row1 = tokens[offset]
      value1 = tokens[offset + 1]
      if tokens.count > offset + 2 {
        row2 = tokens[offset + 2]
        value2 = tokens[offset + 3]
      }
    }
    let setName = setSpan.isEmpty ? "" : scanner.string(setSpan)
    let accepted = isRanges ? Self.accept(setName, &rangeSetName) : Self.accept(setName, &rhsSetName)
    if !accepted { return }
    if row1.isEmpty { throw error(tokens[tokens.count - 1], "missing row name in \(what)") }
    try setRowValue(row: row1, value: value1, ranges: isRanges)
    if !row2.isEmpty {
      try setRowValue(row: row2, value: value2, ranges: isRanges)
    } else if !value2.isEmpty {
      throw error(value2, "missing row name in \(what)")
    }
  }

  mutating func setRowValue(row: Span, value: Span, ranges isRanges: Bool) throws(MPSReadError) {
    guard let index = rowIndex.find(scanner.bytes, row) else { throw error(row, "unknown row") }
    if value.isEmpty { throw error(row, "missing value") }
    if index == Self.droppedRow {
      _ = try boundValue(value)
      return
    }
    if index == Self.objectiveRow {
      if isRanges { throw error(row, "ranges on the objective row") }
      guard let number = scanner.number(value) else { throw error(value, "invalid number") }
      if objectiveConstantGiven { throw error(row, "duplicate rhs for the objective row") }
      objectiveConstantGiven = true
      objectiveConstant = -number
      return
    }
    let number = try boundValue(value)
    if isRanges {
      if rangeGiven[index] { throw error(row, "duplicate range") }
      rangeGiven[index] = true
      ranges[index] = number
    } else {
      if rhsGiven[index] { throw error(row, "duplicate rhs") }
      rhsGiven[index] = true
      rhs[index] = number
    }
  }

  // MARK: - BOUNDS

  mutating func boundLine(_ line: Span) throws(MPSReadError) {
    let typeSpan: Span
    var setSpan = Span.empty, columnSpan = Span.empty, valueSpan = Span.empty
    if fixed {
      typeSpan = scanner.fixedField(line, 2, 3)
      setSpan = scanner.fixedField(line, 5, 12)
      columnSpan = scanner.fixedField(line, 15, 22)
      valueSpan = scanner.fixedNumberField(line, 25, 36)
      if typeSpan.isEmpty { throw error(tokens[0], "missing bound type") }
    } else {
      typeSpan = tokens[0]
    }
    let type = scanner.upperKeyword(typeSpan)
    let needsValue: Bool
    switch type {
    case "UP", "LO", "FX", "LI", "UI": needsValue = true
    case "FR", "MI", "PL", "BV": needsValue = false
    case "SC": throw error(typeSpan, "semi-continuous bounds (sc) are not supported")
    default: throw error(typeSpan, "unknown bound type")
    }
    if !fixed {
      let count = tokens.count
      if count > 4 { throw error(tokens[4], "unexpected field in bounds") }
      if needsValue {
        switch count {
        case 4: (setSpan, columnSpan, valueSpan) = (tokens[1], tokens[2], tokens[3])
        case 3: (columnSpan, valueSpan) = (tokens[1], tokens[2])
        default: throw error(tokens[count - 1], "missing value in bounds")
        }
      } else {
        switch count {
        case 4: (setSpan, columnSpan) = (tokens[1], tokens[2])
        case 3:
          if columnIndex.find(scanner.bytes, tokens[2]) != nil {
            (setSpan, columnSpan) = (tokens[1], tokens[2])
          } else {
            columnSpan = tokens[1]
          }
        case 2: columnSpan = tokens[1]
        default: throw error(tokens[0], "missing column name in bounds")
        }
      }
    }
    _ = setSpan  // bound set names are not used (as HiGHS 1.16); see `MPSReader`
    if columnSpan.isEmpty { throw error(typeSpan, "missing column name in bounds") }
    guard let column = columnIndex.find(scanner.bytes, columnSpan) else { throw error(columnSpan, "unknown column") }
    var value = 0.0
    if needsValue {
      if valueSpan.isEmpty { throw error(columnSpan, "missing value in bounds") }
      value = try boundValue(valueSpan)
    }
    let setsLower = type != "UP" && type != "PL" && type != "UI"
    let setsUpper = type != "LO" && type != "MI" && type != "LI"
    if (setsLower && lowerDefined[column]) || (setsUpper && upperDefined[column]) { return }
    if setsLower { lowerDefined[column] = true }
    if setsUpper { upperDefined[column] = true }
    if binaryByDefault[column] {
      binaryByDefault[column] = false
      upper[column] = .infinity
    }
    switch type {
    case "UP": upper[column] = value
    case "LO": lower[column] = value
    case "FX":
      lower[column] = value
      upper[column] = value
    case "FR":
      lower[column] = -.infinity
      upper[column] = .infinity
    case "MI": lower[column] = -.infinity
    case "PL": upper[column] = .infinity
    case "BV":
      isInteger[column] = true
      lower[column] = 0
      upper[column] = 1
    case "LI":
      isInteger[column] = true
      lower[column] = value
    default:  // "UI"
      isInteger[column] = true
      upper[column] = value
    }
  }

  // MARK: - Assembly

  /// The model read so far, rows built from the column-wise entries (indices in column order).
  func makeModel() throws(MPSReadError) -> LinearModel {
    if inIntegerBlock { throw error("", "integer block not closed with intend") }
    let rowCount = rowNames.count
    var counts = [Int](repeating: 0, count: rowCount)
    for row in entryRows { counts[Int(row)] += 1 }
    var indices = counts.map { count -> [Int] in
      var array: [Int] = []
      array.reserveCapacity(count)
      return array
    }
    var coefficients = counts.map { count -> [Double] in
      var array: [Double] = []
      array.reserveCapacity(count)
      return array
    }
    for entry in 0..<entryRows.count {
      let row = Int(entryRows[entry])
      indices[row].append(Int(entryColumns[entry]))
      coefficients[row].append(entryValues[entry])
    }
    var rows: [LinearModel.Row] = []
    rows.reserveCapacity(rowCount)
    for row in 0..<rowCount {
      let (rowLower, rowUpper) = Self.rowBounds(
        type: rowTypes[row], rhs: rhs[row], range: rangeGiven[row] ? ranges[row] : nil)
      rows.append(
        LinearModel.Row(
          name: rowNames[row], indices: indices[row], coefficients: coefficients[row],
          lowerBound: rowLower, upperBound: rowUpper))
    }
    var variables: [LinearModel.Variable] = []
    variables.reserveCapacity(columnNames.count)
    for column in 0..<columnNames.count {
      variables.append(
        LinearModel.Variable(
          name: columnNames[column], lowerBound: lower[column], upperBound: upper[column],
          isInteger: isInteger[column], objective: objective[column]))
    }
    return LinearModel(
      name: modelName, sense: sense, objectiveConstant: objectiveConstant,
      objectiveName: objectiveName ?? "", variables: variables, rows: rows)
  }

  /// The activity bounds of a row of MPS type `type` (`L`, `G`, `E`) with right-hand side `rhs` and
  /// an optional range.
  static func rowBounds(type: UInt8, rhs: Double, range: Double?) -> (Double, Double) {
    switch type {
    case UInt8(ascii: "L"):
      guard let range else { return (-.infinity, rhs) }
      return (rhs - abs(range), rhs)
    case UInt8(ascii: "G"):
      guard let range else { return (rhs, .infinity) }
      return (rhs, rhs + abs(range))
    default:
      guard let range else { return (rhs, rhs) }
      return range >= 0 ? (rhs, rhs + range) : (rhs + range, rhs)
    }
  }
}
