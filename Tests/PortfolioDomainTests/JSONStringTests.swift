import Testing

@testable import PortfolioDomain

@Suite("JSON string literals")
struct JSONStringTests {
  @Test(
    "Escapes quotes, backslashes and control characters only",
    arguments: [
      ("plain", #""plain""#),
      ("say \"hi\"", #""say \"hi\"""#),
      (#"C:\dir"#, #""C:\\dir""#),
      ("a\nb\tc\r", #""a\nb\tc\r""#),
      ("\u{08}\u{0C}\u{01}\u{1F}", #""\b\f\u0001\u001f""#),
      ("a/b Goražde <script>", #""a/b Goražde <script>""#),
    ])
  func escapes(text: String, literal: String) {
    #expect(JSONString.quoted(text) == literal)
  }
}
