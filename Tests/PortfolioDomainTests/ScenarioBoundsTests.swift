import Foundation
import PortfolioDomain
import Testing

/// Scenario values that would later crash or hang `plan` or `robust` are refused where they are written.
@Suite("Scenario bounds")
struct ScenarioBoundsTests {
  /// The loader tests' default scenario with `replacing` swapped for `with`.
  func load(replacing: String, with: String) -> ScenarioLoadResult {
    let base = ScenarioLoaderTests.base
    #expect(base.contains(replacing))
    return ScenarioLoader.load(defaultFile: ConfigFile(name: "scenario.json", text: base.replacingOccurrences(of: replacing, with: with)))
  }

  @Test("A locked start year outside 1900-2200 is refused at its path", arguments: ["-9223372036854775808", "9223372036854775807", "1899", "2201"])
  func lockYear(_ year: String) {
    let result = load(replacing: "\"startYear\": 2024, \"reason\": \"under way\" },", with: "\"startYear\": \(year), \"reason\": \"under way\" },")
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.location) == ["scenario.json:$.locked[0].startYear"])
    #expect(result.findings.map(\.message) == ["$.locked[0].startYear \(year) is not a plausible year"])
  }

  @Test("A locked start year at the ends of the range is read")
  func lockYearInRange() {
    for year in [1900, 2200] {
      let result = load(replacing: "\"startYear\": 2024, \"reason\": \"under way\" },", with: "\"startYear\": \(year), \"reason\": \"under way\" },")
      #expect(result.findings == [])
      #expect(result.scenario?.locked.first?.startYear == Year(year))
    }
  }
}

extension ScenarioBoundsTests {
  static let overrun = "\"costOverrunPercent\": { \"min\": -5, \"mode\": 8, \"max\": 35 }"

  @Test("A cost overrun above 1000% is refused at each offending key")
  func hugeOverrun() {
    let result = load(replacing: Self.overrun, with: "\"costOverrunPercent\": { \"min\": 0, \"mode\": 1e17, \"max\": 1e18 }")
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.location) == [
      "scenario.json:$.uncertainty.costOverrunPercent.max", "scenario.json:$.uncertainty.costOverrunPercent.mode",
    ])
    #expect(result.findings.first?.message == "cost overrun max 1e+18% is above 1000% (costs at most eleven times the estimate)")
  }

  @Test("An overrun of exactly 1000% is read")
  func overrunAtLimit() {
    let result = load(replacing: Self.overrun, with: "\"costOverrunPercent\": { \"min\": 0, \"mode\": 10, \"max\": 1000 }")
    #expect(result.findings == [])
    #expect(result.scenario?.uncertainty.costOverrun.max == 1000)
  }

  @Test("Pledge shortfall probabilities and sizes outside their ranges are refused")
  func shortfallRanges() {
    let result = load(
      replacing: "\"pledgeShortfall\": []", with: "\"pledgeShortfall\": [ { \"id\": \"US\", \"probability\": 1.5, \"sizePercent\": 1e300 } ]")
    #expect(result.findings.map(\.location) == [
      "scenario.json:$.uncertainty.pledgeShortfall[0].probability", "scenario.json:$.uncertainty.pledgeShortfall[0].sizePercent",
    ])
  }
}

extension ScenarioBoundsTests {
  static let weight = "\"weight\": 0.6, \"goal\": 18"

  @Test("A criterion weight above 1000 is refused at its path", arguments: ["1e200", "1e308", "1000.5"])
  func hugeWeight(_ weight: String) {
    let result = load(replacing: Self.weight, with: "\"weight\": \(weight), \"goal\": 18")
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.location) == ["scenario.json:$.criteria[0].weight"])
    #expect(result.findings.first?.message.hasSuffix("of criterion 'interoperability' is above 1000") == true)
  }

  @Test("Goals outside [0.001, 10^12] are refused at their path", arguments: ["1e-300", "0.0001", "1e13", "1e300"])
  func extremeGoal(_ goal: String) {
    let result = load(replacing: Self.weight, with: "\"weight\": 0.6, \"goal\": \(goal)")
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.location) == ["scenario.json:$.criteria[0].goal"])
    #expect(result.findings.first?.message.hasSuffix("must lie in [0.001, 1000000000000]") == true)
  }

  @Test("A weight of 1000 and goals at the ends of the range are read")
  func boundsRead() {
    for goal in ["0.001", "1000000000000"] {
      let result = load(replacing: Self.weight, with: "\"weight\": 1000, \"goal\": \(goal)")
      #expect(result.findings == [])
    }
  }
}
