/// Turns one CSV file into typed rows, reporting every malformed cell at its position.
///
/// Internal: the dataset loader builds one per table from a column list (DESIGN §3).
struct TableReader {
  /// A column the table accepts.
  struct Column {
    var name: String
    var required: Bool
  }

  let file: String
  let columnIndex: [String: Int]
  let records: [CSVRecord]
  /// Ragged records (reported as CSV errors); only their ID is used, to avoid cascades.
  let raggedRecords: [CSVRecord]
  let sink: FindingSink
  /// Whether the table has a header (rows are read even when a required column is missing: each
  /// accessor then gives `nil` without a finding per row, since the header finding says it once).
  let usable: Bool

  /// Parses `contents`, checks its header against `columns` (unknown columns are errors unless they
  /// start with `x_`; missing required columns are errors), and reports the CSV syntax errors.
  init(file: String, contents: [UInt8]?, columns: [Column], sink: FindingSink) {
    self.file = file
    self.sink = sink
    guard let contents else {
      sink.add(
        ValidationFinding(
          .error, rule: "missing-file", file: file, message: "table '\(file)' is missing from the dataset",
          fix: "add \(file) with its header row (see Datasets/bih/README.md)"))
      columnIndex = [:]
      records = []
      raggedRecords = []
      usable = false
      return
    }
    let table = CSVReader.read(bytes: contents)
    for error in table.errors {
      sink.add(
        ValidationFinding(
          .error, rule: "csv-syntax", file: file, line: error.line, column: error.column, message: error.message,
          fix: error.fix))
    }
    var index: [String: Int] = [:]
    let known = Set(columns.map(\.name))
    for (position, field) in table.header.enumerated() {
      let name = field.value
      if index[name] != nil {
        sink.error(
          "duplicate-column", at: CellOrigin(file: file, line: field.position.line, column: field.position.column, field: name),
          value: name, message: "column '\(name)' appears twice in the header", fix: "remove one of the two '\(name)' columns")
        continue
      }
      index[name] = position
      if !known.contains(name), !name.hasPrefix("x_") {
        let suggestion = TableReader.nearest(name, in: columns.map(\.name))
        sink.error(
          "unknown-column", at: CellOrigin(file: file, line: field.position.line, column: field.position.column, field: name),
          value: name, message: "unknown column '\(name)'",
          fix: suggestion.map { "did you mean '\($0)'? (columns starting with 'x_' are ignored)" }
            ?? "remove it, or prefix it with 'x_' to keep it as a note")
      }
    }
    var unknown = table.header.map(\.value).filter { !known.contains($0) && !$0.hasPrefix("x_") }
    for column in columns where column.required && index[column.name] == nil && !table.header.isEmpty {
      // A misspelled required column (already reported as unknown, with this suggestion) stands in for it.
      if let typo = unknown.first(where: { TableReader.nearest($0, in: columns.map(\.name)) == column.name }),
        let position = index[typo]
      {
        index[column.name] = position
        unknown.removeAll { $0 == typo }
        continue
      }
      sink.add(
        ValidationFinding(
          .error, rule: "missing-column", file: file, line: table.header.first?.position.line ?? 1, column: 1,
          field: column.name, message: "required column '\(column.name)' is missing from the header",
          fix: "add a '\(column.name)' column"))
    }
    columnIndex = index
    records = table.records
    raggedRecords = table.raggedRecords
    usable = !table.header.isEmpty
  }

  /// The rows of the table (none when the header is unusable).
  var rows: [Row] { usable ? records.map { Row(reader: self, record: $0) } : [] }

  /// The values of `column` in ragged records, where that column is present (IDs worth remembering).
  func raggedValues(_ column: String) -> [String] {
    guard let position = columnIndex[column] else { return [] }
    return raggedRecords.compactMap { position < $0.fields.count ? $0.fields[position].value.trimmingSpaces : nil }
      .filter { !$0.isEmpty }
  }

  /// The closest column name by edit distance (`NameSuggester.editDistance`), when it is close enough to be a
  /// typo: this reader accepts up to `max(2, n / 3)` edits, looser than the CLI's option suggestions.
  static func nearest(_ name: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, NameSuggester.editDistance(name, $0)) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    guard let best = scored.first, best.1 <= max(2, name.count / 3) else { return nil }
    return best.0
  }

  /// One record with typed accessors; each failed conversion reports a finding at its cell and gives `nil`.
  struct Row {
    let reader: TableReader
    let record: CSVRecord

    var sink: FindingSink { reader.sink }
    var line: Int { record.line }

    /// The row's origin with every present column's position.
    var origin: RowOrigin {
      var cells: [String: TextPosition] = [:]
      for (name, position) in reader.columnIndex where position < record.fields.count {
        cells[name] = record.fields[position].position
      }
      return RowOrigin(file: reader.file, line: record.line, cells: cells)
    }

    func cell(_ column: String) -> CellOrigin { origin.cell(column) }

    /// Whether the header has the column (a missing one is reported once, for the header).
    func hasColumn(_ column: String) -> Bool { reader.columnIndex[column] != nil }

    /// The raw text of a column, `nil` when the column is absent from the header.
    func raw(_ column: String) -> String? {
      guard let position = reader.columnIndex[column], position < record.fields.count else { return nil }
      return record.fields[position].value
    }

    /// The text, with surrounding spaces trimmed; `nil` when absent or empty.
    func text(_ column: String) -> String? {
      guard let value = raw(column)?.trimmingSpaces, !value.isEmpty else { return nil }
      return value
    }

    /// A required text; reports `missing-value` when empty.
    func required(_ column: String, what: String? = nil) -> String? {
      if let value = text(column) { return value }
      guard hasColumn(column) else { return nil }
      sink.error(
        "missing-value", at: cell(column), value: "", message: "\(column) is empty", fix: "fill in \(what ?? column)")
      return nil
    }

    /// Whole dollars (plain digits); `.some(nil)` when empty and optional, `nil` when malformed.
    func money(_ column: String, required: Bool = false) -> Money?? {
      guard let value = raw(column), !value.isEmpty else {
        if required, hasColumn(column) {
          sink.error(
            "missing-value", at: cell(column), value: "", message: "\(column) is empty",
            fix: "write the amount in whole US dollars as plain digits")
          return nil
        }
        return .some(nil)
      }
      if value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        let significant = value.drop { $0 == "0" }
        if let money = Money.parseWholeDollars(significant.isEmpty ? "0" : String(significant)),
          money <= Money(dollars: DatasetLimits.maxCellDollars)
        {
          return .some(money)
        }
        sink.error(
          "money-too-large", at: cell(column), value: value,
          message: "\(column) '\(value)' is too large: an amount may be at most \(Money(dollars: DatasetLimits.maxCellDollars).formatted)",
          fix: "check the amount; write whole US dollars up to \(DatasetLimits.maxCellDollars)")
        return nil
      }
      let negative = value.hasPrefix("-")
      sink.error(
        negative ? "negative-money" : "malformed-money", at: cell(column), value: value,
        message: negative ? "\(column) '\(value)' is negative" : "\(column) '\(value)' is not a whole-dollar amount",
        fix: "write whole US dollars as plain digits, for example 1500000 (no sign, separators, decimals or suffixes)")
      return nil
    }

    /// A non-negative integer of plain digits; `.some(nil)` when empty and optional.
    /// - Parameter minimum: the least value the column's rule allows (checked by the rule; named in the fix).
    func integer(_ column: String, required: Bool = false, minimum: Int = 0) -> Int?? {
      guard let value = raw(column), !value.isEmpty else {
        if required, hasColumn(column) {
          sink.error("missing-value", at: cell(column), value: "", message: "\(column) is empty", fix: "write a whole number")
          return nil
        }
        return .some(nil)
      }
      if value.utf8.count <= 12, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let number = Int(value) {
        return .some(number)
      }
      let digits = value.utf8.dropFirst()
      if value.hasPrefix("-"), !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        sink.error(
          "malformed-number", at: cell(column), value: value, message: "\(column) '\(value)' is negative; it must be \(minimum) or more",
          fix: "write a whole number of \(minimum) or more, without a sign")
        return nil
      }
      sink.error(
        "malformed-number", at: cell(column), value: value, message: "\(column) '\(value)' is not a whole number",
        fix: "write a whole number of plain digits (\(minimum) or more)")
      return nil
    }

    /// A decimal number (`-0.5`, `12`, `0.75`); `nil` when malformed or empty (reported).
    func decimal(_ column: String) -> Double? {
      guard let value = raw(column), !value.isEmpty else {
        guard hasColumn(column) else { return nil }
        sink.error("missing-value", at: cell(column), value: "", message: "\(column) is empty", fix: "write a number such as 0.5")
        return nil
      }
      if TableReader.isPlainDecimal(value), let number = Double(value) {
        if number.isFinite, number.magnitude <= DatasetLimits.maxDecimalMagnitude { return number }
        sink.error(
          "number-too-large", at: cell(column), value: value,
          message: "\(column) '\(value)' is too large: a number here may be at most 1,000,000,000 either side of 0",
          fix: "check the value; write it in the criterion's unit, between -1000000000 and 1000000000")
        return nil
      }
      sink.error(
        "malformed-number", at: cell(column), value: value, message: "\(column) '\(value)' is not a number",
        fix: "write a plain decimal number such as 0.75")
      return nil
    }

    /// A four-digit year; `.some(nil)` when empty and optional.
    func year(_ column: String, required: Bool = false) -> Year?? {
      guard let value = raw(column), !value.isEmpty else {
        if required, hasColumn(column) {
          sink.error("missing-value", at: cell(column), value: "", message: "\(column) is empty", fix: "write a four-digit year")
          return nil
        }
        return .some(nil)
      }
      if let year = Year.parse(value) { return .some(year) }
      sink.error(
        "malformed-year", at: cell(column), value: value, message: "\(column) '\(value)' is not a four-digit year",
        fix: "write the year as four digits, for example 2025")
      return nil
    }

    /// `yes`/`no`; empty gives `defaultValue`.
    func bool(_ column: String, default defaultValue: Bool) -> Bool {
      guard let value = raw(column), !value.isEmpty else { return defaultValue }
      switch value {
      case "yes": return true
      case "no": return false
      default:
        sink.error(
          "unknown-enum", at: cell(column), value: value, message: "\(column) '\(value)' is not 'yes' or 'no'",
          fix: "write yes or no")
        return defaultValue
      }
    }

    /// A value of an enumeration; `.some(nil)` when empty and optional, `nil` when unknown (reported).
    func enumeration<E: RawRepresentable & CaseIterable>(
      _ column: String, _ type: E.Type, required: Bool, label: String? = nil
    ) -> E?? where E.RawValue == String {
      let allowed = E.allCases.map(\.rawValue)
      guard let value = raw(column), !value.isEmpty else {
        if required, hasColumn(column) {
          sink.error(
            "missing-value", at: cell(column), value: "", message: "\(column) is empty",
            fix: "write one of: \(allowed.joined(separator: ", "))")
          return nil
        }
        return .some(nil)
      }
      if let parsed = E(rawValue: value) { return .some(parsed) }
      let near = TableReader.nearest(value, in: allowed)
      sink.error(
        "unknown-enum", at: cell(column), value: value, message: "unknown \(label ?? column) '\(value)'",
        fix: (near.map { "did you mean '\($0)'? " } ?? "") + "allowed: \(allowed.joined(separator: ", "))")
      return nil
    }

    /// The row's provenance columns (`source`, `illustrative`, `confidence`).
    var provenance: Provenance {
      let illustrative = bool("illustrative", default: true)
      let confidence = enumeration("confidence", Confidence.self, required: false) ?? nil
      return Provenance(source: text("source") ?? "", illustrative: illustrative, confidence: confidence)
    }
  }

  /// Whether `text` is `-?digits(.digits)?`.
  static func isPlainDecimal(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == 0x2D { bytes = bytes.dropFirst() }
    let parts = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else {
      return false
    }
    return true
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
    return String(scalars)
  }
}

/// The standard provenance columns (optional in the reader; required where DESIGN §3 says so).
func provenanceColumns(required: Bool) -> [TableReader.Column] {
  ["source", "illustrative", "confidence"].map { TableReader.Column(name: $0, required: required) }
}
