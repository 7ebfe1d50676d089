/// Byte-level helpers for the MPS reader: line splitting, blank-separated tokens, the fixed-format
/// fields and number parsing, all on the file's UTF-8 bytes (no `Substring` in the hot loop).
struct MPSLineScanner {
  /// A half-open byte range `[start, end)` in the text.
  struct Span: Equatable {
    var start: Int
    var end: Int
    var isEmpty: Bool { start >= end }
    static let empty = Span(start: 0, end: 0)
  }

  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  let bytes: UnsafeBufferPointer<UInt8>

  @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

  /// The end of the line starting at `start` (the index of `\n`, or the text's end).
  @inline(__always) func lineEnd(from start: Int) -> Int {
    var index = start
    while index < bytes.count && bytes[index] != Self.newline { index += 1 }
    return index
  }

  /// The line `[start, end)` without a trailing `\r`.
  @inline(__always) func trimmedLine(_ start: Int, _ end: Int) -> Span {
    var stop = end
    while stop > start && (bytes[stop - 1] == Self.carriageReturn) { stop -= 1 }
    return Span(start: start, end: stop)
  }

  /// Splits `line` into blank-separated tokens, replacing the contents of `tokens`.
  @inline(__always) func tokenize(_ line: Span, into tokens: inout [Span]) {
    tokens.removeAll(keepingCapacity: true)
    var index = line.start
    while index < line.end {
      while index < line.end && Self.isBlank(bytes[index]) { index += 1 }
      if index >= line.end { break }
      let start = index
      while index < line.end && !Self.isBlank(bytes[index]) { index += 1 }
      tokens.append(Span(start: start, end: index))
    }
  }

  /// The trimmed text of the 1-based columns `first...last` of `line` (empty when the line is shorter).
  func fixedField(_ line: Span, _ first: Int, _ last: Int) -> Span {
    var start = line.start + first - 1
    var end = min(line.start + last, line.end)
    if start >= end { return .empty }
    while start < end && Self.isBlank(bytes[start]) { start += 1 }
    while end > start && Self.isBlank(bytes[end - 1]) { end -= 1 }
    return start < end ? Span(start: start, end: end) : .empty
  }

  /// A fixed-format number field: the trimmed columns `first...last`, extended past `last` up to the
  /// next blank when the number overflows its field.
  func fixedNumberField(_ line: Span, _ first: Int, _ last: Int) -> Span {
    var field = fixedField(line, first, last)
    if field.isEmpty { return field }
    if field.end == line.start + last {
      while field.end < line.end && !Self.isBlank(bytes[field.end]) { field.end += 1 }
    }
    return field
  }

  /// The text of a span.
  @inline(__always) func string(_ span: Span) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
  }

  /// Whether the span's bytes equal the ASCII `text` exactly.
  func equals(_ span: Span, _ text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard span.end - span.start == count else { return false }
    let pointer = text.utf8Start
    for offset in 0..<count where bytes[span.start + offset] != pointer[offset] { return false }
    return true
  }

  /// Whether two spans hold the same bytes.
  @inline(__always) func same(_ a: Span, _ b: Span) -> Bool {
    let count = a.end - a.start
    guard count == b.end - b.start else { return false }
    for offset in 0..<count where bytes[a.start + offset] != bytes[b.start + offset] { return false }
    return true
  }

  /// The span's text uppercased (ASCII), for keywords.
  func upperKeyword(_ span: Span) -> String {
    var result = ""
    result.reserveCapacity(span.end - span.start)
    for index in span.start..<span.end {
      let byte = bytes[index]
      let upper = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
      result.unicodeScalars.append(Unicode.Scalar(upper))
    }
    return result
  }

  /// Parses a decimal number; `nil` for anything that is not a finite or infinite number (NaN is
  /// rejected).
  ///
  /// Plain decimals whose digits fit in 2^53 and whose decimal exponent is at most 22 in magnitude
  /// are computed exactly (one correctly rounded multiplication or division); everything else goes
  /// through the standard library's correctly rounded `Double(String)`.
  func number(_ span: Span) -> Double? {
    if let value = fastNumber(span) { return value }
    guard let value = Double(string(span)), !value.isNaN else { return nil }
    return value
  }

  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The exact fast path of `number`, or `nil` to defer to the slow path.
  @inline(__always) private func fastNumber(_ span: Span) -> Double? {
    var index = span.start
    let end = span.end
    guard index < end else { return nil }
    var negative = false
    if bytes[index] == UInt8(ascii: "-") {
      negative = true
      index += 1
    } else if bytes[index] == UInt8(ascii: "+") {
      index += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var exponent = 0
    var sawDigit = false
    while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
      sawDigit = true
      if mantissa == 0 && bytes[index] == UInt8(ascii: "0") {
        index += 1
        continue
      }
      digits += 1
      if digits > 18 { return nil }
      mantissa = mantissa * 10 + UInt64(bytes[index] &- UInt8(ascii: "0"))
      index += 1
    }
    if index < end && bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
        sawDigit = true
        if mantissa == 0 && bytes[index] == UInt8(ascii: "0") {
          exponent -= 1
          index += 1
          continue
        }
        digits += 1
        if digits > 18 { return nil }
        mantissa = mantissa * 10 + UInt64(bytes[index] &- UInt8(ascii: "0"))
        exponent -= 1
        index += 1
      }
    }
    guard sawDigit else { return nil }
    if index < end && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      var exponentNegative = false
      if index < end && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      var value = 0
      var sawExponentDigit = false
      while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
        sawExponentDigit = true
        value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
        if value > 400 { return nil }
        index += 1
      }
      guard sawExponentDigit else { return nil }
      exponent += exponentNegative ? -value : value
    }
    guard index == end else { return nil }
    if mantissa == 0 { return negative ? -0.0 : 0.0 }
    guard mantissa <= (1 << 53), exponent >= -22, exponent <= 22 else { return nil }
    var value = Double(mantissa)
    if exponent > 0 {
      value *= Self.powersOfTen[exponent]
    } else if exponent < 0 {
      value /= Self.powersOfTen[-exponent]
    }
    return negative ? -value : value
  }
}
