/// Writes a `LinearModel` as MPS text, deterministically.
///
/// Layout: `NAME`, `OBJSENSE` (section form, only for maximization), `ROWS` (the objective row
/// first), `COLUMNS` column by column (the objective entry first, then the rows in row order; a column
/// with no entry gets an explicit zero objective entry so it exists; runs of integer columns between
/// `MARKER 'MARKER' 'INTORG'` and `'INTEND'`), `RHS` (set `RHS`; minus the objective constant on the
/// objective row), `RANGES` (set `RNG`), `BOUNDS` (set `BND`), `ENDATA`. One entry per line.
///
/// Numbers are the shortest text that reads back to the same `Double` (integral values without a
/// fraction, e.g. `3` not `3.0`); infinite row sides are written as `1e+30`. Rows: an equality is
/// `E`, one finite side `L` or `G`, two finite sides a `G` (or `L`) row with a range chosen so that the
/// reader's arithmetic gives back both sides exactly (when no such range exists, which needs sides
/// about 2^53 apart in magnitude, the upper side may be off by an ulp); a free row is an `L` row with
/// right-hand side `1e+30`. Bounds: integer columns always get explicit bounds (`UP 1` for binaries,
/// `PL` for [0, +infinity)) so the binary default of markers never applies.
///
/// `MPSReader.read(MPSWriter.write(m)) == m` for every model whose names can be written, whose row
/// entries are in increasing column order (the reader's order; see `LinearModel.withSortedRowEntries()`)
/// and whose bounds do not cross.
public enum MPSWriter {
  /// The MPS text of `model` (`.auto` writes free format).
  ///
  /// - Throws: `MPSWriteError` when a name cannot be written: empty, or containing blanks (free
  ///   format), or longer than 8 characters or with leading or trailing blanks (fixed format), or
  ///   containing a line break.
  public static func write(_ model: LinearModel, format: MPSFormat = .free) throws(MPSWriteError) -> String {
    var writer = MPSTextBuilder(fixed: format == .fixed)
    try writer.checkModelName(model.name)
    let objectiveName = model.objectiveName
    try writer.checkName(objectiveName, what: "objective row")
    for row in model.rows { try writer.checkName(row.name, what: "row") }
    for variable in model.variables { try writer.checkName(variable.name, what: "column") }

    writer.header(model.name.isEmpty ? "NAME" : (format == .fixed ? "NAME          " : "NAME ") + model.name)
    if model.sense == .maximize {
      writer.header("OBJSENSE")
      writer.line(["    MAX"])
    }
    writer.header("ROWS")
    writer.fields(type: "N", objectiveName)
    let shapes = model.rows.map(MPSRowShape.init)
    for (row, shape) in zip(model.rows, shapes) { writer.fields(type: shape.type, row.name) }

    writer.header("COLUMNS")
    let columns = ColumnEntries(model)
    var inIntegerBlock = false
    for (column, variable) in model.variables.enumerated() {
      if variable.isInteger != inIntegerBlock {
        writer.marker(variable.isInteger ? "'INTORG'" : "'INTEND'")
        inIntegerBlock = variable.isInteger
      }
      let entries = columns.range(column)
      if variable.objective != 0 || entries.isEmpty {
        writer.fields(type: "", variable.name, objectiveName, number: variable.objective)
      }
      for entry in entries {
        writer.fields(
          type: "", variable.name, model.rows[columns.rows[entry]].name, number: columns.values[entry])
      }
    }
    if inIntegerBlock { writer.marker("'INTEND'") }

    writer.header("RHS")
    if model.objectiveConstant != 0 {
      writer.fields(type: "", "RHS", objectiveName, number: -model.objectiveConstant)
    }
    for (row, shape) in zip(model.rows, shapes) where shape.rhs != 0 {
      writer.fields(type: "", "RHS", row.name, number: shape.rhs)
    }
    if shapes.contains(where: { $0.range != nil }) {
      writer.header("RANGES")
      for (row, shape) in zip(model.rows, shapes) {
        if let range = shape.range { writer.fields(type: "", "RNG", row.name, number: range) }
      }
    }
    var boundLines: [(type: String, name: String, value: Double?)] = []
    for variable in model.variables {
      for (type, value) in MPSBoundEntries.entries(for: variable) {
        boundLines.append((type, variable.name, value))
      }
    }
    if !boundLines.isEmpty {
      writer.header("BOUNDS")
      for bound in boundLines {
        if let value = bound.value {
          writer.fields(type: bound.type, "BND", bound.name, number: value)
        } else {
          writer.fields(type: bound.type, "BND", bound.name)
        }
      }
    }
    writer.header("ENDATA")
    return writer.text
  }

  /// The shortest text that reads back to `value`: integral values below 2^53 in magnitude without
  /// a fraction, infinities as `±1e+30`, everything else as Swift's shortest round-trip description
  /// (`0.1`, `1e-07`, `1e+16`).
  public static func format(_ value: Double) -> String {
    if value == .infinity { return "1e+30" }
    if value == -.infinity { return "-1e+30" }
    if value == value.rounded(.towardZero) && abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
    let text = String(describing: value)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}

/// The column-wise view of a model's rows: for each column its (row, value) entries in row order.
struct ColumnEntries {
  var starts: [Int]
  var rows: [Int]
  var values: [Double]

  init(_ model: LinearModel) {
    let columnCount = model.variables.count
    var counts = [Int](repeating: 0, count: columnCount + 1)
    for row in model.rows {
      for index in row.indices { counts[index + 1] += 1 }
    }
    for column in 0..<columnCount { counts[column + 1] += counts[column] }
    starts = counts
    var next = counts
    rows = [Int](repeating: 0, count: counts[columnCount])
    values = [Double](repeating: 0, count: counts[columnCount])
    for (rowIndex, row) in model.rows.enumerated() {
      for (index, value) in zip(row.indices, row.coefficients) {
        rows[next[index]] = rowIndex
        values[next[index]] = value
        next[index] += 1
      }
    }
  }

  func range(_ column: Int) -> Range<Int> { starts[column]..<starts[column + 1] }
}
