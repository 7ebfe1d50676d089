import Foundation
import PortfolioDomain
import Testing

/// Messages whose wording contradicted the rule they report.
@Suite("Finding messages agree with their rules")
struct FindingMessageTests {
  @Test("\"version\": 1.0 says the version must be the integer 1")
  func versionAsDouble() {
    let text = ScenarioLoaderTests.base.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 1.0,")
    let result = ScenarioLoader.load(defaultFile: ConfigFile(name: "scenario.json", text: text))
    #expect(result.findings.map(\.location) == ["scenario.json:$.version"])
    #expect(result.findings.map(\.message) == ["version must be the integer 1, found 1.0"])
  }

  @Test("A negative month_offset says it must be 1 or more, as the milestone rule does")
  func negativeMonthOffset() throws {
    // (The tier's only milestone row is then unread, so "has no milestones" follows; only the cell's finding is checked.)
    let f = try #require(MiniDataset.findings(["milestones.csv": [(8, "T10,core,M1,certified,-1,100")]]).first { $0.file == "milestones.csv" })
    #expect(f.location == "milestones.csv:8:23")
    #expect(f.message == "month_offset '-1' is negative; it must be 1 or more")
    #expect(f.fix == "write a whole number of 1 or more, without a sign")
    let g = try #require(MiniDataset.findings(["milestones.csv": [(8, "T10,core,M1,certified,x,100")]]).first { $0.file == "milestones.csv" })
    #expect(g.fix == "write a whole number of plain digits (1 or more)")
  }
}

extension FindingMessageTests {
  @Test("A syntax error in the default scenario does not hide the variant's own syntax or version error")
  func bothFilesParsed() {
    let result = ScenarioLoader.load(
      defaultFile: ConfigFile(name: "scenario.json", text: "{\"version\":1,"),
      variant: ConfigFile(name: "scenarios/bad.json", text: "{\"version\": 2}"))
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.file) == ["scenario.json", "scenarios/bad.json"])
    #expect(result.findings.map(\.rule) == ["json-syntax", "config-version"])
  }
}
