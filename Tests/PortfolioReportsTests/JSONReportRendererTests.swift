import Foundation
import Testing

@testable import PortfolioReports

@Suite("JSON report renderer")
struct JSONReportRendererTests {
  @Test("Parses as JSON and keeps money as whole-dollar integers")
  func parses() throws {
    let json = JSONReportRenderer().render(try TestSupport.portfolioDocument())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["asOf"] as? String == "2026-03-31")
    #expect(json.contains("\"type\": \"money\",\n                \"value\": 66000000"))
  }

  @Test("Writes object keys in sorted order")
  func sortedKeys() {
    let value = JSONValue.object(["b": .int(1), "a": .array([.object(["z": .null, "y": .bool(true)])]), "B": .string("x")])
    #expect(value.prettyPrinted() == "{\n  \"B\": \"x\",\n  \"a\": [\n    {\n      \"y\": true,\n      \"z\": null\n    }\n  ],\n  \"b\": 1\n}\n")
  }

  @Test("Escapes strings as JSON requires and nothing more")
  func escaping() throws {
    #expect(JSONValue.quote("a\"b\\c\n\u{1}/é") == "\"a\\\"b\\\\c\\n\\u0001/é\"")
    let json = JSONReportRenderer().render(HostileDocument.make())
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }
}
