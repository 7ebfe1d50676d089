/// A JSON syntax error with its 1-based line and column.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, lowercase.
  public var message: String
  /// Where.
  public var position: TextPosition
  /// `line L, column C: message`.
  public var description: String { "line \(position.line), column \(position.column): \(message)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes (hand-written so errors carry line and column
/// and duplicate keys are caught).
enum JSONParser {
  static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = State(bytes: bytes)
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    if parser.index < bytes.count { throw parser.error("unexpected text after the JSON value") }
    return value
  }

  struct State {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0

    var position: TextPosition {
      let column = bytes[lineStart..<min(index, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
      return TextPosition(line: line, column: column)
    }

    func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, position: position) }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
      while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        index += 1
        if byte == 0x0A {
          line += 1
          lineStart = index
        }
      }
    }

    mutating func expect(_ literal: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
      let expected = Array(literal.utf8)
      guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
        throw error("invalid literal (expected '\(literal)')")
      }
      index += expected.count
      return value
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
      guard depth < 64 else { throw error("nesting deeper than 64 levels") }
      guard let byte = current else { throw error("unexpected end of text (expected a value)") }
      switch byte {
      case 0x7B: return try object(depth: depth)
      case 0x5B: return try array(depth: depth)
      case 0x22: return .string(try string())
      case 0x74: return try expect("true", .bool(true))
      case 0x66: return try expect("false", .bool(false))
      case 0x6E: return try expect("null", .null)
      case 0x2D, 0x30...0x39: return try number()
      default: throw error("unexpected character '\(String(decoding: [byte], as: UTF8.self))' (expected a value)")
      }
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
      index += 1
      var members: [String: JSONValue] = [:]
      skipSpace()
      if current == 0x7D {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard current == 0x22 else { throw error("expected a quoted key") }
        let keyPosition = self
        let key = try string()
        if members[key] != nil { throw keyPosition.error("duplicate key '\(key)'") }
        skipSpace()
        guard current == 0x3A else { throw error("expected ':' after key '\(key)'") }
        index += 1
        skipSpace()
        members[key] = try value(depth: depth + 1)
        skipSpace()
        if current == 0x2C {
          index += 1
          continue
        }
        if current == 0x7D {
          index += 1
          return .object(members)
        }
        throw error("expected ',' or '}' in object")
      }
    }

    mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
      index += 1
      var values: [JSONValue] = []
      skipSpace()
      if current == 0x5D {
        index += 1
        return .array(values)
      }
      while true {
        skipSpace()
        values.append(try value(depth: depth + 1))
        skipSpace()
        if current == 0x2C {
          index += 1
          continue
        }
        if current == 0x5D {
          index += 1
          return .array(values)
        }
        throw error("expected ',' or ']' in array")
      }
    }

    mutating func string() throws(JSONSyntaxError) -> String {
      let start = self
      index += 1
      var out: [UInt8] = []
      while let byte = current {
        index += 1
        switch byte {
        case 0x22:
          guard let text = String(validating: out, as: UTF8.self) else { throw start.error("string is not valid UTF-8") }
          return text
        case 0x5C:
          guard let escape = current else { break }
          index += 1
          switch escape {
          case 0x22: out.append(0x22)
          case 0x5C: out.append(0x5C)
          case 0x2F: out.append(0x2F)
          case 0x62: out.append(0x08)
          case 0x66: out.append(0x0C)
          case 0x6E: out.append(0x0A)
          case 0x72: out.append(0x0D)
          case 0x74: out.append(0x09)
          case 0x75:
            var code = try hex4()
            if (0xD800...0xDBFF).contains(code), current == 0x5C, index + 1 < bytes.count, bytes[index + 1] == 0x75 {
              index += 2
              let low = try hex4()
              guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair") }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
          default: throw error("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))'")
          }
        case 0x00..<0x20: throw error("control character inside a string (write it as an escape)")
        default: out.append(byte)
        }
      }
      throw start.error("unterminated string")
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
      guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { throw error("invalid \\u escape (expected four hex digits)") }
      index += 4
      return code
    }

    mutating func number() throws(JSONSyntaxError) -> JSONValue {
      let start = index
      let startState = self
      if current == 0x2D { index += 1 }
      func digits(_ state: inout State) -> Int {
        var count = 0
        while let byte = state.current, byte >= 0x30, byte <= 0x39 {
          state.index += 1
          count += 1
        }
        return count
      }
      if current == 0x30 {
        index += 1
      } else if digits(&self) == 0 {
        throw startState.error("invalid number")
      }
      var integral = true
      if current == 0x2E {
        integral = false
        index += 1
        guard digits(&self) > 0 else { throw startState.error("invalid number (digits expected after '.')") }
      }
      if current == 0x65 || current == 0x45 {
        integral = false
        index += 1
        if current == 0x2B || current == 0x2D { index += 1 }
        guard digits(&self) > 0 else { throw startState.error("invalid number (digits expected in the exponent)") }
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if integral, let value = Int64(text) { return .integer(value) }
      guard let value = Double(text), value.isFinite else { throw startState.error("number '\(text)' is out of range") }
      return .double(value)
    }
  }
}
