@testable import PortfolioDomain
import Testing

@Suite("JSON parser")
struct JSONParserTests {
  func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

  @Test("Parses every value type, escapes and surrogate pairs")
  func values() throws {
    let value = try parse(#"{"a": [1, -2.5, 1e3, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00"}"#)
    #expect(value == .object([
      "a": .array([.integer(1), .double(-2.5), .double(1000), .bool(true), .bool(false), .null]),
      "s": .string("x\"\\/\né😀"),
    ]))
  }

  @Test("Rejects malformed text with its line and column", arguments: [
    ("{\"a\": 1,}", 1, 9, "expected a quoted key"),
    ("{\"a\": 01}", 1, 8, "expected ',' or '}' in object"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'"),
    ("[1,\n 2", 2, 3, "expected ',' or ']' in array"),
    ("{\"a\": \"open}", 1, 7, "unterminated string"),
    ("{\"a\": tru}", 1, 7, "invalid literal (expected 'true')"),
    ("{} x", 1, 4, "unexpected text after the JSON value"),
  ])
  func rejects(text: String, line: Int, column: Int, message: String) {
    do {
      _ = try parse(text)
      Issue.record("accepted \(text)")
    } catch {
      #expect(error.message == message)
      #expect(error.position == TextPosition(line: line, column: column))
    }
  }

  @Test("Merges objects deeply, arrays by id, and removes keys set to null")
  func merge() {
    let base: JSONValue = .object([
      "a": .object(["x": .integer(1), "y": .integer(2)]),
      "list": .array([.object(["id": .string("A"), "v": .integer(1)]), .object(["id": .string("B"), "v": .integer(2)])]),
      "plain": .array([.integer(1), .integer(2)]),
    ])
    let overlay: JSONValue = .object([
      "a": .object(["y": .null, "z": .integer(3)]),
      "list": .array([.object(["id": .string("B"), "v": .integer(20)]), .object(["id": .string("C"), "v": .integer(3)])]),
      "plain": .array([.integer(9)]),
    ])
    #expect(ScenarioMerge.merge(base, overlay).canonicalText
      == #"{"a":{"x":1,"z":3},"list":[{"id":"A","v":1},{"id":"B","v":20},{"id":"C","v":3}],"plain":[9]}"#)
  }
}
