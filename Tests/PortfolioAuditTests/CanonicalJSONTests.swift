import Testing
@testable import PortfolioAudit

@Suite("Canonical JSON")
struct CanonicalJSONTests {
  @Test("Sorts keys by code point and writes no whitespace")
  func sortsKeys() {
    let value = CanonicalJSON.object([
      "b": .integer(2), "a": .array([.integer(-1), .null, .bool(true)]), "B": .string("x"), "aa": .object([:]),
    ])
    #expect(value.canonicalText == #"{"B":"x","a":[-1,null,true],"aa":{},"b":2}"#)
  }

  @Test("Escapes only quote, backslash and control characters")
  func escaping() {
    let text = "q\" b\\ /slash é \u{7F} \u{01}\u{08}\u{09}\u{0A}\u{0C}\u{0D}\u{1F} Ž"
    #expect(
      CanonicalJSON.string(text).canonicalText
        == "\"q\\\" b\\\\ /slash é \u{7F} \\u0001\\b\\t\\n\\f\\r\\u001f Ž\"")
  }

  @Test("Parses what it writes back to the same value")
  func roundTrip() throws {
    let value = CanonicalJSON.object([
      "text": .string("line\none \"quoted\" \u{02} 🇧🇦"), "n": .integer(Int64.min), "m": .integer(Int64.max),
      "list": .array([.object(["k": .bool(false)])]),
    ])
    #expect(try CanonicalJSONParser.parse(value.encoded()) == value)
  }

  @Test("Reads escapes including surrogate pairs and the escaped slash")
  func readsEscapes() throws {
    let parsed = try CanonicalJSONParser.parse(Array(#"{"a":"\ud83c\udde7\u00e9\/\t"}"#.utf8))
    #expect(parsed == .object(["a": .string("🇧é/\t")]))
    // Non-canonical input parses; its re-encoding differs from the bytes, which is how verify catches it.
    #expect(parsed.canonicalText == "{\"a\":\"🇧é/\\t\"}")
  }

  @Test(
    "Rejects decimals, duplicate keys, trailing text, raw control characters and bad escapes",
    arguments: [
      #"{"a":1.5}"#, #"{"a":1e3}"#, #"{"a":1,"a":2}"#, #"{"a":1} x"#, "{\"a\":\"\u{01}\"}", #"{"a":"\x"}"#,
      #"{"a":"\ud800"}"#, #"{"a":"#, #"{"a":99999999999999999999}"#, #"{a:1}"#, "",
    ])
  func rejects(_ text: String) {
    #expect(throws: CanonicalJSONError.self) { try CanonicalJSONParser.parse(Array(text.utf8)) }
  }

  @Test("Rejects invalid UTF-8 and names the column")
  func invalidUTF8() throws {
    let error = try #require(throws: CanonicalJSONError.self) {
      try CanonicalJSONParser.parse([UInt8](#"{"a":""#.utf8) + [0xC3, 0x28] + [UInt8](#""}"#.utf8))
    }
    #expect(error.column == 7)
  }
}
