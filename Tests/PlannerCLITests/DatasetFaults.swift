import Foundation
import PortfolioDomain
import Testing

/// Breaks a copy of a dataset in five different ways and says where each fault must be reported.
///
/// Works on any valid dataset (the bundled one or `Fixtures/mini`): cells are found by column name
/// with our CSV reader, and edited records are rewritten on their own line.
enum DatasetFaults {
  /// A fault that validation must report: the file, its 1-based line, and a word the message contains.
  struct Expected: CustomStringConvertible {
    var file: String
    var line: Int
    var word: String
    var description: String { "\(file):\(line) (\(word))" }
  }

  /// Injects an unknown firm reference, a negative cost, a misspelled column, a `requires` cycle with
  /// positive lags and an unterminated quote into the dataset folder `folder`.
  static func inject(into folder: URL) throws -> [Expected] {
    var expected: [Expected] = []

    // 1. An unknown firm reference in candidates.csv.
    var candidates = try CSVFile(folder, "candidates.csv")
    let withFirm = try #require(candidates.table.records.first { !candidates.value($0, "firm_id").isEmpty })
    try candidates.set(withFirm, "firm_id", to: "F99")
    try candidates.save()
    expected.append(Expected(file: "candidates.csv", line: withFirm.line, word: "F99"))

    // 2. A negative cost in tiers.csv.
    var tiers = try CSVFile(folder, "tiers.csv")
    let tier = try #require(tiers.table.records.first)
    let cost = tiers.value(tier, "cost_y1")
    try tiers.set(tier, "cost_y1", to: "-" + cost)
    try tiers.save()
    expected.append(Expected(file: "tiers.csv", line: tier.line, word: "-" + cost))

    // 3. A misspelled column in sources.csv.
    var sources = try CSVFile(folder, "sources.csv")
    try sources.renameColumn("country", to: "contry")
    try sources.save()
    expected.append(Expected(file: "sources.csv", line: 1, word: "contry"))

    // 4. A requires cycle X -> Y -> X with lags 1 + 1 in relations.csv.
    let ids = candidates.table.records.map { candidates.value($0, "id") }
    #expect(ids.count >= 2, "the dataset needs two candidates")
    var relations = try CSVFile(folder, "relations.csv")
    let first = relations.lineCount + 1
    relations.appendRow(["kind": "requires", "a": ids[0], "b": ids[1], "lag_years": "1"])
    relations.appendRow(["kind": "requires", "a": ids[1], "b": ids[0], "lag_years": "1"])
    try relations.save()
    expected.append(Expected(file: "relations.csv", line: first, word: "cycle"))

    // 5. An unterminated quote at the end of firms.csv.
    var firms = try CSVFile(folder, "firms.csv")
    let line = firms.lineCount + 1
    firms.lines.append("F98,\"Unclosed works,Tuzla,FBiH")
    try firms.save()
    expected.append(Expected(file: "firms.csv", line: line, word: "quote"))
    return expected
  }

  /// One CSV file as lines, with its parsed table for finding cells.
  struct CSVFile {
    let url: URL
    var lines: [String]
    let table: CSVTable
    var header: [String]

    init(_ folder: URL, _ name: String) throws {
      url = folder.appendingPathComponent(name)
      let text = try String(contentsOf: url, encoding: .utf8)
      table = CSVReader.read(text)
      #expect(table.errors.isEmpty, "\(name) does not parse before the faults are injected")
      header = table.header.map(\.value)
      lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
      if lines.last == "" { lines.removeLast() }
    }

    /// The number of lines (without a trailing empty one).
    var lineCount: Int { lines.count }

    func value(_ record: CSVRecord, _ column: String) -> String {
      guard let index = header.firstIndex(of: column), index < record.fields.count else { return "" }
      return record.fields[index].value
    }

    /// Rewrites `record`'s line with one cell changed (the record must sit on one line).
    mutating func set(_ record: CSVRecord, _ column: String, to value: String) throws {
      let index = try #require(header.firstIndex(of: column), "no column \(column)")
      var fields = record.fields.map(\.value)
      fields[index] = value
      #expect(!fields.contains { $0.contains("\n") }, "record on line \(record.line) spans lines")
      lines[record.line - 1] = fields.map(escape).joined(separator: ",")
    }

    mutating func renameColumn(_ column: String, to name: String) throws {
      let index = try #require(header.firstIndex(of: column), "no column \(column)")
      header[index] = name
      lines[0] = header.map(escape).joined(separator: ",")
    }

    mutating func appendRow(_ cells: [String: String]) {
      lines.append(header.map { escape(cells[$0] ?? "") }.joined(separator: ","))
    }

    func save() throws {
      try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    private func escape(_ field: String) -> String {
      guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" }) else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}
