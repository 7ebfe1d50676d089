import PortfolioDomain
import Testing

@Suite("Scenario validation against the portfolio")
struct ScenarioValidatorTests {
  let portfolio = DatasetLoader.load(MiniDataset.files()).portfolio

  func scenario(_ edit: (inout Scenario) -> Void) -> [ValidationFinding] {
    var s = Scenario(
      dcbBudget: MoneyBand(min: Money(dollars: 1_000_000), max: Money(dollars: 4_000_000)),
      criteria: [Criterion(id: "interoperability", name: "Interop", weight: 1)])
    edit(&s)
    return ScenarioValidator.validate(s, against: portfolio)
  }

  @Test("A clean scenario has no findings")
  func clean() {
    #expect(scenario { _ in }.map(\.description) == [])
  }

  @Test("Locked and forced entries naming unknown candidates or tiers")
  func unknownReferences() {
    let findings = scenario {
      $0.locked = [LockedChoice(candidate: "DCB-D9", tier: "basic", startYear: 2024), LockedChoice(candidate: "DCB-D1", tier: "gold", startYear: 2024)]
      $0.forcedIn = [ForcedChoice(candidate: "T99")]
    }
    #expect(findings.map(\.jsonPath) == ["$.forcedIn[0].candidate", "$.locked[0].candidate", "$.locked[1].tier"])
    #expect(findings.map(\.message) == [
      "unknown candidate 'T99' at $.forcedIn[0].candidate", "unknown candidate 'DCB-D9' at $.locked[0].candidate",
      "unknown tier 'gold' of candidate 'DCB-D1'",
    ])
  }

  @Test("A lock outside the start window, and contradictory forced choices")
  func contradictions() {
    let findings = scenario {
      $0.locked = [LockedChoice(candidate: "T01", tier: "core", startYear: 2027)]
      $0.forcedIn = [ForcedChoice(candidate: "T10")]
      $0.forcedOut = [ForcedChoice(candidate: "T10"), ForcedChoice(candidate: "DCB-D1")]
    }
    #expect(findings.map(\.rule) == ["forced-conflict", "forced-conflict", "locked-start"])
    #expect(findings.map(\.jsonPath) == ["$.forcedIn[0].candidate", "$.forcedOut[1].candidate", "$.locked[0].startYear"])
  }

  @Test("Disabling a source that some candidates cannot do without")
  func disabledSource() {
    let optional = scenario { $0.sources = [SourceOverride(id: "COFIN", enabled: false)] }
    #expect(optional.map(\.message) == ["with 'COFIN' disabled, 2 candidate(s) can never be fully paid by their other sources: T01, T10"])
    #expect(optional.first?.isError == false)
    let mandatory = scenario { $0.sources = [SourceOverride(id: "DCB", enabled: false)] }
    #expect(mandatory.first?.isError == true)
  }

  @Test("Source overrides naming unknown sources, and a band the mandatory projects cannot meet")
  func sourcesAndBand() {
    let findings = scenario {
      $0.sources = [SourceOverride(id: "XX", enabled: false)]
      $0.dcbBudget = MoneyBand(min: Money(dollars: 100_000), max: Money(dollars: 500_000))
    }
    #expect(findings.map(\.rule) == ["dcb-band", "unknown-reference"])
    #expect(findings[0].message == "mandatory DCB projects cost at least $2,000,000, above the band's max $500,000")
    #expect(!findings[0].isError)
  }
}
