/// Reads one JSON value from UTF-8 bytes into ``CanonicalJSON``.
///
/// It accepts standard JSON syntax (so that a non-canonical line can be read and then reported as
/// non-canonical by comparing its re-encoding with the bytes), except numbers with a fraction or an exponent,
/// which the ledger never writes. Duplicate object keys are an error. Columns in errors are 1-based byte offsets.
public struct CanonicalJSONParser {
  private let bytes: [UInt8]
  private var position = 0

  /// Parses `bytes` as exactly one JSON value (surrounding whitespace allowed).
  ///
  /// - Throws: ``CanonicalJSONError`` with the 1-based byte column of the problem.
  public static func parse(_ bytes: some Collection<UInt8>) throws(CanonicalJSONError) -> CanonicalJSON {
    var parser = CanonicalJSONParser(bytes: Array(bytes))
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the value") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private static let maximumDepth = 64

  private func error(_ message: String) -> CanonicalJSONError {
    CanonicalJSONError(column: position + 1, message: message)
  }

  private mutating func skipWhitespace() {
    while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
  }

  private mutating func expect(_ literal: String) throws(CanonicalJSONError) {
    for byte in literal.utf8 {
      guard position < bytes.count, bytes[position] == byte else { throw error("expected '\(literal)'") }
      position += 1
    }
  }

  private mutating func parseValue(depth: Int) throws(CanonicalJSONError) -> CanonicalJSON {
    guard depth < CanonicalJSONParser.maximumDepth else { throw error("nesting deeper than 64") }
    guard position < bytes.count else { throw error("unexpected end of text") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expect("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expect("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expect("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .integer(try parseInteger())
    default: throw error("unexpected character")
    }
  }

  private mutating func parseObject(depth: Int) throws(CanonicalJSONError) -> CanonicalJSON {
    position += 1
    var members: [String: CanonicalJSON] = [:]
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key") }
      let keyColumn = position + 1
      let key = try parseString()
      skipWhitespace()
      try expect(":")
      skipWhitespace()
      let value = try parseValue(depth: depth + 1)
      guard members.updateValue(value, forKey: key) == nil else {
        throw CanonicalJSONError(column: keyColumn, message: "duplicate key '\(key)'")
      }
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of text in an object") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      try expect("}")
      return .object(members)
    }
  }

  private mutating func parseArray(depth: Int) throws(CanonicalJSONError) -> CanonicalJSON {
    position += 1
    var items: [CanonicalJSON] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of text in an array") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      try expect("]")
      return .array(items)
    }
  }

  private mutating func parseInteger() throws(CanonicalJSONError) -> Int64 {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    let digitsStart = position
    while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
      position += 1
    }
    guard position > digitsStart else { throw error("expected digits") }
    if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) {
      throw error("only integers are allowed (decimals are written as strings)")
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Int64(text) else {
      throw CanonicalJSONError(column: start + 1, message: "integer '\(text)' out of the 64-bit range")
    }
    return value
  }

  private mutating func parseString() throws(CanonicalJSONError) -> String {
    position += 1
    let start = position
    // Fast path: no escapes, so the string is the bytes up to the closing quote.
    while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
      guard bytes[position] >= 0x20 else { throw error("unescaped control character in a string") }
      position += 1
    }
    guard position < bytes.count else { throw error("unterminated string") }
    if bytes[position] == UInt8(ascii: "\"") {
      guard let text = String(validating: bytes[start..<position], as: UTF8.self) else {
        throw CanonicalJSONError(column: start + 1, message: "invalid utf-8")
      }
      position += 1
      return text
    }
    var utf8 = Array(bytes[start..<position])
    while true {
      guard position < bytes.count else { throw error("unterminated string") }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        guard let text = String(validating: utf8, as: UTF8.self) else {
          throw CanonicalJSONError(column: start + 1, message: "invalid utf-8")
        }
        return text
      }
      if byte < 0x20 { throw error("unescaped control character in a string") }
      position += 1
      guard byte == UInt8(ascii: "\\") else {
        utf8.append(byte)
        continue
      }
      guard position < bytes.count else { throw error("unterminated escape") }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
      case UInt8(ascii: "b"): utf8.append(0x08)
      case UInt8(ascii: "f"): utf8.append(0x0C)
      case UInt8(ascii: "n"): utf8.append(0x0A)
      case UInt8(ascii: "r"): utf8.append(0x0D)
      case UInt8(ascii: "t"): utf8.append(0x09)
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800..<0xDC00).contains(code) {
          try expect("\\u")
          let low = try parseHex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("unpaired surrogate") }
        utf8.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
      default: throw error("invalid escape")
      }
    }
  }

  private mutating func parseHex4() throws(CanonicalJSONError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("truncated \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid hex digit in \\u escape")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }
}

/// A JSON syntax error in a ledger line.
public struct CanonicalJSONError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based byte column where the problem was found.
  public var column: Int
  /// What is wrong, lowercase.
  public var message: String

  /// `col N: message`.
  public var description: String { "col \(column): \(message)" }
}
