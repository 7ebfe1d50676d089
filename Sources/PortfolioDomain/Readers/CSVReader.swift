/// A position in a text file: 1-based line and 1-based column (columns count Unicode scalars).
public struct TextPosition: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1.
  public var column: Int
  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  /// `line:column`.
  public var description: String { "\(line):\(column)" }
  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}

/// A syntax error in CSV text, with where it was found.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    /// A quoted field is never closed; the position is its opening quote.
    case unterminatedQuote
    /// A row has a different number of fields than the header; the position is the first extra field,
    /// or the end of the short row.
    case raggedRow(expected: Int, found: Int)
    /// A `"` inside a field that does not start with one.
    case quoteInUnquotedField
    /// Something other than `,` or a line break after a closing quote.
    case characterAfterClosingQuote(String)
    /// Bytes that are not UTF-8.
    case invalidUTF8
    /// The text has no header row.
    case missingHeader
  }

  /// What went wrong.
  public var kind: Kind
  /// Where (1-based line and column).
  public var position: TextPosition

  /// Creates an error.
  public init(_ kind: Kind, at position: TextPosition) {
    self.kind = kind
    self.position = position
  }

  /// The 1-based line.
  public var line: Int { position.line }
  /// The 1-based column.
  public var column: Int { position.column }

  /// A lowercase message without the location.
  public var message: String {
    switch kind {
    case .unterminatedQuote: "unterminated quoted field (the quote opened here is never closed)"
    case .raggedRow(let expected, let found): "row has \(found) fields but the header has \(expected)"
    case .quoteInUnquotedField: "quote inside an unquoted field (quote the whole field and double the quote)"
    case .characterAfterClosingQuote(let text): "unexpected '\(text)' after a closing quote (expected ',' or a line break)"
    case .invalidUTF8: "text is not valid UTF-8"
    case .missingHeader: "file is empty (a header row is required)"
    }
  }

  /// `line L, column C: message`.
  public var description: String { "line \(line), column \(column): \(message)" }

  /// A plain-language fix for the error.
  public var fix: String {
    switch kind {
    case .unterminatedQuote: "close the quoted field with '\"', and write a quote inside it as '\"\"'"
    case .raggedRow: "give the row exactly one value per header column (quote values that contain commas)"
    case .quoteInUnquotedField: "wrap the value in quotes and double each quote inside it"
    case .characterAfterClosingQuote: "put a comma right after the closing quote, or quote the whole value"
    case .invalidUTF8: "save the file as UTF-8"
    case .missingHeader: "add the header row"
    }
  }
}

/// One field of a CSV record with where it starts.
public struct CSVField: Sendable, Equatable {
  /// The unquoted text.
  public var value: String
  /// Where the field starts (its opening quote when quoted).
  public var position: TextPosition
}

/// One data record of a CSV file.
public struct CSVRecord: Sendable, Equatable {
  /// The fields, one per header column.
  public var fields: [CSVField]
  /// The 1-based line the record starts on.
  public var line: Int { fields.first?.position.line ?? 0 }
}

/// The parsed contents of a CSV file: the header, the well-formed records and every syntax error.
public struct CSVTable: Sendable, Equatable {
  /// The header's fields.
  public var header: [CSVField]
  /// The records with as many fields as the header (ragged records are reported and left out).
  public var records: [CSVRecord]
  /// Syntax errors in file order.
  public var errors: [CSVError]
  /// The ragged records, left out of `records` (a loader may still glean an ID from them).
  public var raggedRecords: [CSVRecord] = []
}

/// An RFC 4180 CSV reader over UTF-8 bytes.
///
/// Accepts quoted fields with doubled quotes, line breaks inside quotes, CRLF, LF or lone CR line
/// endings, a UTF-8 byte-order mark, and a last line with or without its line break. Wholly empty
/// lines are skipped. Errors never stop the read: after an unterminated quote the reader reports it,
/// drops that record and resumes on the line after the opening quote. Lines and columns are 1-based;
/// columns count Unicode scalars.
public enum CSVReader {
  /// Parses CSV text.
  public static func read(_ text: String) -> CSVTable { read(bytes: Array(text.utf8)) }

  /// Parses CSV bytes (UTF-8, optional BOM).
  /// - Complexity: O(n) in the number of bytes.
  public static func read(bytes: [UInt8]) -> CSVTable {
    var parser = Parser(bytes: bytes)
    return parser.run()
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1
    var errors: [CSVError] = []
    var rowEnd = TextPosition(line: 1, column: 1)

    init(bytes: [UInt8]) {
      self.bytes = bytes
      if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    var position: TextPosition { TextPosition(line: line, column: column) }

    /// Moves past one byte, keeping line and column (columns advance on scalar starts only).
    mutating func advance() {
      let byte = bytes[index]
      index += 1
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte == 0x0D {
        if index < bytes.count, bytes[index] == 0x0A { return }  // CRLF: the LF moves the line
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }

    func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    mutating func text(_ slice: [UInt8], at start: TextPosition) -> String {
      if let string = String(validating: slice, as: UTF8.self) { return string }
      errors.append(CSVError(.invalidUTF8, at: start))
      return String(decoding: slice, as: UTF8.self)
    }

    /// Moves to the start of the line after the one holding `mark` (recovery from an unterminated quote).
    mutating func resume(afterLineOf mark: (index: Int, line: Int)) {
      index = mark.index
      while index < bytes.count, !isLineBreak(bytes[index]) { index += 1 }
      if index < bytes.count {
        index += bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
      }
      line = mark.line + 1
      column = 1
    }

    /// Reads one record; `nil` at the end, `[]` for a blank line or a dropped record.
    mutating func record() -> [CSVField]? {
      guard index < bytes.count else { return nil }
      if isLineBreak(bytes[index]) {  // a wholly empty line
        advance()
        if index < bytes.count, bytes[index - 1] == 0x0D, bytes[index] == 0x0A { advance() }
        return []
      }
      var fields: [CSVField] = []
      while true {
        let start = position
        var value: [UInt8] = []
        if index < bytes.count, bytes[index] == 0x22 {
          let openingQuote = (index: index, line: line)
          advance()
          var closed = false
          while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
              advance()
              if index < bytes.count, bytes[index] == 0x22 {
                value.append(0x22)
                advance()
              } else {
                closed = true
                break
              }
            } else {
              value.append(byte)
              advance()
            }
          }
          if !closed {
            errors.append(CSVError(.unterminatedQuote, at: start))
            resume(afterLineOf: openingQuote)
            return []
          }
          if index < bytes.count, bytes[index] != 0x2C, !isLineBreak(bytes[index]) {
            let bad = position
            var junk: [UInt8] = []
            while index < bytes.count, bytes[index] != 0x2C, !isLineBreak(bytes[index]) {
              junk.append(bytes[index])
              advance()
            }
            let shown = String(decoding: junk.prefix(1), as: UTF8.self)
            errors.append(CSVError(.characterAfterClosingQuote(shown.isEmpty ? "?" : shown), at: bad))
          }
        } else {
          var reported = false
          while index < bytes.count, bytes[index] != 0x2C, !isLineBreak(bytes[index]) {
            if bytes[index] == 0x22, !reported {
              errors.append(CSVError(.quoteInUnquotedField, at: position))
              reported = true
            }
            value.append(bytes[index])
            advance()
          }
        }
        fields.append(CSVField(value: text(value, at: start), position: start))
        if index < bytes.count, bytes[index] == 0x2C {
          advance()
          continue
        }
        rowEnd = position
        if index < bytes.count { advance() }  // the line break (CRLF counts once)
        if index < bytes.count, bytes[index - 1] == 0x0D, bytes[index] == 0x0A { advance() }
        return fields
      }
    }

    mutating func run() -> CSVTable {
      var header: [CSVField]?
      var records: [CSVRecord] = []
      var ragged: [CSVRecord] = []
      while let fields = record() {
        if fields.isEmpty { continue }
        guard let header else {
          header = fields
          continue
        }
        if fields.count == header.count {
          records.append(CSVRecord(fields: fields))
        } else {
          let at = fields.count > header.count ? fields[header.count].position : endOfRow(fields)
          errors.append(CSVError(.raggedRow(expected: header.count, found: fields.count), at: at))
          ragged.append(CSVRecord(fields: fields))
        }
      }
      if header == nil, errors.isEmpty { errors.append(CSVError(.missingHeader, at: TextPosition(line: 1, column: 1))) }
      errors.sort { $0.position < $1.position }
      return CSVTable(header: header ?? [], records: records, errors: errors, raggedRecords: ragged)
    }

    /// The position just past the last field of a short row (where the missing field should be).
    func endOfRow(_ fields: [CSVField]) -> TextPosition { rowEnd }
  }
}
