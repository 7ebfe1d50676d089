import Foundation
import Testing

@testable import PlannerCLI

@Suite("JSON output", .tags(.small))
struct JSONOutputTests {
  @Test("Prints sorted keys, two-space indentation and empty containers compactly")
  func layout() {
    let value = JSONOutput.object([
      "b": .array([.integer(1), .bool(true), .null]), "a": .string("x"), "c": .object([:]), "d": .array([]),
    ])
    #expect(
      value.text == """
        {
          "a": "x",
          "b": [
            1,
            true,
            null
          ],
          "c": {},
          "d": []
        }

        """)
  }

  @Test("Escapes only quotes, backslashes and control characters")
  func escaping() {
    #expect(JSONOutput.string("a\"b\\c/d\né\u{01}").text == "\"a\\\"b\\\\c/d\\né\\u0001\"\n")
  }

  @Test("Writes doubles in shortest round-trip form and non-finite ones as null")
  func numbers() {
    #expect(JSONOutput.format(0.5) == "0.5")
    #expect(JSONOutput.format(-0.0) == "0.0")
    #expect(JSONOutput.format(120) == "120.0")
    #expect(JSONOutput.format(.infinity) == "null")
    #expect(JSONOutput.format(.nan) == "null")
    #expect(Double(JSONOutput.format(0.1 + 0.2)) == 0.1 + 0.2)
  }

  @Test("Its text parses back with Foundation's JSON reader")
  func parsesBack() throws {
    let value = JSONOutput.object(["gap": .number(1e-06), "name": .string("Goražde \"x\""), "n": .integer(-3)])
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any])
    #expect(parsed["gap"] as? Double == 1e-06)
    #expect(parsed["name"] as? String == "Goražde \"x\"")
    #expect(parsed["n"] as? Int == -3)
  }
}
