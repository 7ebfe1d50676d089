import Foundation
@testable import PortfolioDomain
import Testing

@Suite("Scenario loader")
struct ScenarioLoaderTests {
  static let base = """
    {
      "version": 1,
      "horizon": { "first": 2024, "last": 2028 },
      "dcbBudget": { "min": 48000000, "max": 53000000 },
      "criteria": [
        { "id": "interoperability", "name": "Interop", "unit": "points", "weight": 0.6, "goal": 18 },
        { "id": "exports", "name": "Exports", "unit": "USD M/yr", "weight": 0.4 }
      ],
      "policies": {
        "minSecurityShare": 0.2,
        "entityBounds": { "FBiH": { "lo": 0.6, "hi": 0.9 }, "RS": { "lo": 0.1, "hi": 0.4 } },
        "defaultAbsorptiveCapacity": 5000000
      },
      "benefitTiming": true,
      "locked": [
        { "candidate": "DCB-D1", "tier": "standard", "startYear": 2024, "reason": "under way" },
        { "candidate": "DCB-D2", "tier": "standard", "startYear": 2024, "reason": "under way" }
      ],
      "sources": [],
      "uncertainty": { "costOverrunPercent": { "min": -5, "mode": 8, "max": 35 }, "pledgeShortfall": [] },
      "solver": { "gap": 0.0001, "nodeLimit": 1000 }
    }
    """

  func load(_ text: String = base, variant: String? = nil) -> ScenarioLoadResult {
    ScenarioLoader.load(
      defaultFile: ConfigFile(name: "scenario.json", text: text),
      variant: variant.map { ConfigFile(name: "scenarios/test.json", text: $0) })
  }

  @Test("Reads every section of the default scenario")
  func readsDefault() throws {
    let result = load()
    #expect(result.findings == [])
    let s = try #require(result.scenario)
    #expect(s.name == "default")
    #expect(s.horizon == Horizon(first: 2024, last: 2028))
    #expect(s.dcbBudget == MoneyBand(min: Money(dollars: 48_000_000), max: Money(dollars: 53_000_000)))
    #expect(s.criteria.map(\.id) == ["interoperability", "exports"])
    #expect(s.criteria[0].goal == 18 && s.criteria[1].goal == nil)
    #expect(s.policies.entityBounds[.rs] == ShareBounds(lo: 0.1, hi: 0.4))
    #expect(s.policies.defaultAbsorptiveCapacity == Money(dollars: 5_000_000))
    #expect(s.locked.map(\.candidate) == ["DCB-D1", "DCB-D2"])
    #expect(s.solver == SolverSettings(gap: 0.0001, nodeLimit: 1000))
    #expect(s.uncertainty.costOverrun == TriangularPercent(min: -5, mode: 8, max: 35))
  }

  @Test("Unknown keys are errors with their JSON path and a suggestion")
  func unknownKeys() {
    let text = ScenarioLoaderTests.base.replacingFirst("\"lo\": 0.1, \"hi\": 0.4", with: "\"lo2\": 0.1, \"hi\": 0.4")
      .replacingFirst("\"benefitTiming\"", with: "\"benefitTimming\"")
    let result = load(text)
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.jsonPath) == ["$.benefitTimming", "$.policies.entityBounds.RS.lo2"])
    #expect(result.findings.map(\.rule) == ["unknown-key", "unknown-key"])
    #expect(result.findings[1].message == "unknown key 'lo2' at $.policies.entityBounds.RS.lo2")
    #expect(result.findings[1].fix.hasPrefix("did you mean 'lo'?"))
    #expect(result.findings[0].description.hasPrefix("error: scenario.json:$.benefitTimming: unknown key 'benefitTimming'"))
  }

  @Test("Wrong types and out-of-range values are reported at their path")
  func badValues() {
    let text = ScenarioLoaderTests.base.replacingFirst("\"min\": 48000000, \"max\": 53000000", with: "\"min\": 54000000, \"max\": 53000000")
      .replacingFirst("\"weight\": 0.4", with: "\"weight\": -1")
      .replacingFirst("\"minSecurityShare\": 0.2", with: "\"minSecurityShare\": \"20%\"")
    let result = load(text)
    #expect(result.findings.map(\.jsonPath) == ["$.criteria[1].weight", "$.dcbBudget.min", "$.policies.minSecurityShare"])
    #expect(result.findings.map(\.message) == [
      "weight -1 of criterion 'exports' is negative",
      "dcbBudget min $54,000,000 is above max $53,000,000",
      "$.policies.minSecurityShare must be a number, found string",
    ])
  }

  @Test("A missing or unsupported version is an error", arguments: ["{}", "{\"version\": 2}"])
  func version(text: String) {
    let result = load(text)
    #expect(result.scenario == nil)
    #expect(result.findings.map(\.jsonPath) == ["$.version"])
  }

  @Test("A JSON syntax error carries line and column")
  func syntax() throws {
    let result = load("{\n  \"version\": 1,\n  \"horizon\": { \"first\": 2024 \"last\": 2028 }\n}")
    let f = try #require(result.findings.first)
    #expect(f.rule == "json-syntax")
    #expect(f.location == "scenario.json:3:30")
    #expect(f.message == "expected ',' or '}' in object")
  }

  @Test("A variant merges deeply: objects by key, arrays by candidate or id, null removes a key")
  func merge() throws {
    let variant = """
      {
        "version": 1,
        "dcbBudget": { "max": 48000000 },
        "policies": { "minSecurityShare": null, "entityBounds": { "RS": { "lo": 0.15 } } },
        "locked": [ { "candidate": "DCB-D2", "tier": "basic" }, { "candidate": "DCB-D4", "tier": "basic", "startYear": 2025 } ],
        "sources": [ { "id": "TR", "enabled": false } ]
      }
      """
    let result = load(variant: variant)
    #expect(result.findings == [])
    let s = try #require(result.scenario)
    #expect(s.name == "test")
    #expect(s.dcbBudget == MoneyBand(min: Money(dollars: 48_000_000), max: Money(dollars: 48_000_000)))
    #expect(s.policies.minSecurityShare == nil)
    #expect(s.policies.entityBounds[.rs] == ShareBounds(lo: 0.15, hi: 0.4))
    #expect(s.policies.entityBounds[.fbih] == ShareBounds(lo: 0.6, hi: 0.9))
    #expect(s.locked == [
      LockedChoice(candidate: "DCB-D1", tier: "standard", startYear: 2024, reason: "under way"),
      LockedChoice(candidate: "DCB-D2", tier: "basic", startYear: 2024, reason: "under way"),
      LockedChoice(candidate: "DCB-D4", tier: "basic", startYear: 2025, reason: ""),
    ])
    #expect(s.isEnabled("TR") == false && s.isEnabled("US"))
  }

  @Test("Unknown keys in a variant are reported against the variant file")
  func variantUnknownKey() {
    let result = load(variant: "{ \"version\": 1, \"solver\": { \"nodeLimt\": 5 } }")
    #expect(result.findings.map(\.location) == ["scenarios/test.json:$.solver.nodeLimt"])
  }

  @Test("With a variant, each finding names the file that holds the value: the default's own mistakes stay the default's")
  func findingsNameTheirFile() {
    // The default carries an unknown key and a bad share; the variant a bad lock year of its own and a new lock.
    let broken = Self.base.replacingOccurrences(of: "\"minSecurityShare\": 0.2", with: "\"minSecurityShare\": 7")
      .replacingOccurrences(of: "\"benefitTiming\": true", with: "\"benefitTiming\": true, \"bogus\": 1")
    let variant = """
      { "version": 1, "solver": { "nodeLimt": 5 },
        "locked": [ { "candidate": "DCB-D2", "startYear": 1066 }, { "candidate": "DCB-D9", "tier": "basic", "startYear": 3000 } ] }
      """
    let locations = Set(load(broken, variant: variant).findings.map(\.location))
    #expect(locations.contains("scenario.json:$.bogus"))
    #expect(locations.contains("scenario.json:$.policies.minSecurityShare"))
    #expect(locations.contains("scenarios/test.json:$.solver.nodeLimt"))
    #expect(locations.contains("scenarios/test.json:$.locked[1].startYear"))  // DCB-D2 merged into the default's second lock
    #expect(locations.contains("scenarios/test.json:$.locked[2].startYear"))  // DCB-D9 appended by the variant
    #expect(!locations.contains { $0.hasPrefix("scenarios/test.json:$.bogus") || $0.hasPrefix("scenarios/test.json:$.policies") })
  }

  @Test("Origins follow the merge: keys, arrays merged by id, replaced arrays and values")
  func origins() throws {
    let base = try JSONParser.parse(Array(#"{"a": {"b": 1, "c": [1, 2]}, "l": [{"id": "x", "v": 1}, {"id": "y", "v": 2}], "s": "t"}"#.utf8))
    let overlay = try JSONParser.parse(Array(#"{"a": {"c": [3]}, "l": [{"id": "y", "v": 5}, {"id": "z"}], "s": {"deep": true}}"#.utf8))
    let origins = ScenarioOrigins(defaultFile: "d", base: base, variantFile: "v", overlay: overlay)
    let expected: [(String?, String)] = [
      ("$.a.b", "d"), ("$.a.c[0]", "v"), ("$.a.c", "v"), ("$.l[0].v", "d"), ("$.l[1].v", "v"), ("$.l[1].id", "v"),
      ("$.l[2]", "v"), ("$.s.deep", "v"), ("$.missing", "v"), (nil, "v"), ("not a path", "v"),
    ]
    for (path, file) in expected { #expect(origins.file(of: path) == file, "\(path ?? "nil")") }
    #expect(ScenarioOrigins(defaultFile: "d", base: base, variantFile: nil, overlay: nil).file(of: "$.a.b") == "d")
  }

  @Test("Canonical JSON is sorted, compact and loads back to the same scenario")
  func canonical() throws {
    let s = try #require(load().scenario)
    let text = s.canonicalJSON()
    #expect(!text.contains(" \"") && !text.contains("\n"))
    #expect(text.hasPrefix("{\"benefitTiming\":true,\"constraints\":{\"absorptiveCapacity\":true,\"goalFloors\":false,\"relations\":true},\"criteria\":[{\"goal\":18,\"id\":\"interoperability\",\"name\":\"Interop\",\"unit\":\"points\",\"weight\":0.6}"))
    #expect(text.contains("\"dcbBudget\":{\"max\":53000000,\"min\":48000000}"))
    #expect(text.contains("\"solver\":{\"gap\":0.0001,\"nodeLimit\":1000}"))
    let again = try #require(ScenarioLoader.load(defaultFile: ConfigFile(name: "c.json", text: text)).scenario)
    #expect(again == s)
    #expect(again.canonicalJSON() == text)
  }

  @Test("Canonical numbers: integers as digits, others shortest round-trip")
  func numbers() {
    #expect(JSONValue.canonicalNumber(1) == "1")
    #expect(JSONValue.canonicalNumber(0.1) == "0.1")
    #expect(JSONValue.canonicalNumber(-5) == "-5")
    #expect(JSONValue.canonicalNumber(1e-5) == "1e-05")
    #expect(JSONValue.string("a\"b\\c\n/é").canonicalText == "\"a\\\"b\\\\c\\n/é\"")
  }
}

extension String {
  /// The text with the first occurrence of `target` replaced (test helper; fails loudly when absent).
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else {
      Issue.record("'\(target)' not found")
      return self
    }
    return replacingCharacters(in: range, with: replacement)
  }
}
