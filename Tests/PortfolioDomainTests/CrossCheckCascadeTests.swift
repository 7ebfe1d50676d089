import PortfolioDomain
import Testing

/// A bad cell drops its row from the portfolio; the scenario's references to that row and the checks that
/// add up over it must not report it again.
@Suite("Cross-checks without cascades")
struct CrossCheckCascadeTests {
  static let scenario = """
    {
      "version": 1,
      "dcbBudget": { "min": 1000000, "max": 4000000 },
      "criteria": [ { "id": "interoperability", "weight": 1 } ],
      "locked": [ { "candidate": "DCB-D1", "tier": "basic", "startYear": 2024 } ],
      "forcedIn": [ { "candidate": "T01" } ],
      "sources": [ { "id": "UK", "enabled": false }, { "id": "US", "maxTotal": 9000000 } ],
      "uncertainty": { "pledgeShortfall": [ { "id": "US", "probability": 0.5, "sizePercent": 20 } ] }
    }
    """

  /// The findings beyond the clean dataset's (the UK coverage warning) when `edits` are made.
  func findings(_ edits: [String: [(Int, String?)]]) -> [String] {
    let all = PlanningInputs.load(dataset: MiniDataset.files(edits), defaultScenario: ConfigFile(name: "scenario.json", text: Self.scenario))
      .findings.map(\.description)
    return edits.isEmpty ? all : all.filter { !$0.contains("with 'UK' disabled") }
  }

  @Test("A milestone row that fails to read is the only error: no missing milestones, no weights that fail to add up")
  func badMilestoneCell() {
    // T10 core has one milestone (it would have none); DCB-D1 basic two (its weights would add up to 50).
    for (line, text) in [(8, "T10,core,M1,certified,-1,100"), (2, "DCB-D1,basic,M1,contract,x,50")] {
      let all = findings(["milestones.csv": [(line, text)]])
      #expect(all.count == 1, "\(all)")
      #expect(all.first?.hasPrefix("error: milestones.csv:\(line):") == true, "\(all)")
    }
  }

  @Test("The clean mini dataset and scenario have only the expected coverage warning")
  func clean() {
    #expect(findings([:]).count == 1)
    #expect(findings([:]).first?.contains("with 'UK' disabled") == true)
  }

  @Test("A bad cell in a source row is the only error: no unknown source, no coverage warnings")
  func badSourceCell() {
    let all = findings(["sources.csv": [(3, "US,US pledge,pact-pledge,US,,20M,50,,yes,")]])
    #expect(all.count == 1, "\(all)")
    #expect(all.first?.hasPrefix("error: sources.csv:3:") == true)
  }

  @Test("A bad cell in a candidate or tier row is the only error: no unknown candidate or tier")
  func badCandidateCell() {
    let all = findings([
      "candidates.csv": [(2, "DCB-D1,Tactical communications,dcb-defence,,,HR,libg,20x4,2025,yes,,yes,"), (3, "T01,155 mm line,technology-transfer,F01,US,,export-line,2024,2O26,no,,yes,")],
    ])
    #expect(all.count == 2, "\(all)")
    #expect(all.allSatisfy { $0.hasPrefix("error: candidates.csv:") })
    let tier = findings(["tiers.csv": [(2, "DCB-D1,basic,two,1000000,1000000,,,,,yes,")]])
    #expect(tier.count == 1, "\(tier)")
    #expect(tier.first?.hasPrefix("error: tiers.csv:2:") == true)
  }

  @Test("A reference to a row that does not exist is still reported")
  func unknownStillReported() {
    let all = findings(["sources.csv": [(3, nil)]])
    #expect(all.contains { $0.contains("scenario.json:$.uncertainty.pledgeShortfall[0].id: unknown source 'US'") }, "\(all)")
  }
}
