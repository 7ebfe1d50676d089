import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("Nearest-name suggestions", .tags(.small))
struct NameSuggesterTests {
  @Test(
    "Computes the optimal string alignment distance",
    arguments: [
      ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3), ("format", "fromat", 1),
      ("validate", "valdiate", 1), ("list", "list", 0), ("ca", "abc", 3),
    ])
  func distance(a: String, b: String, expected: Int) {
    #expect(NameSuggester.editDistance(a, b) == expected)
    #expect(NameSuggester.editDistance(b, a) == expected)
  }

  @Test(
    "Suggests the nearest plausible name",
    arguments: [
      ("valdate", "validate"), ("lst", "list"), ("fromat", "format"), ("VALIDATE", "validate"),
      ("cand", "candidates"), ("candidate", "candidates"), ("milestone", "milestones"),
    ])
  func suggests(typed: String, expected: String) {
    let names = ["validate", "list", "format", "candidates", "milestones", "firms", "sources"]
    #expect(NameSuggester.nearest(to: typed, in: names) == expected)
  }

  @Test("Offers nothing for a word unlike every name")
  func noSuggestion() {
    #expect(NameSuggester.nearest(to: "xyzzy", in: ["validate", "list"]) == nil)
    #expect(NameSuggester.nearest(to: "ab", in: ["list"]) == nil)
    #expect(NameSuggester.nearest(to: "anything", in: []) == nil)
  }

  @Test("Breaks ties by the order of the candidates")
  func tiesGoToFirst() {
    #expect(NameSuggester.nearest(to: "cat", in: ["bat", "cut"]) == "bat")
    #expect(NameSuggester.nearest(to: "cat", in: ["cut", "bat"]) == "cut")
  }
}
