import PortfolioDomain
import Testing

/// The remaining dataset rules, one tiny fixture each (see `DatasetValidatorTests` for the main ones).
@Suite("Dataset validation rules, continued")
struct DatasetValidatorMoreTests {
  typealias Mini = MiniDataset

  @Test("A tier that cannot finish from any start is a warning at its duration")
  func tierCannotFinish() throws {
    let f = try Mini.single(["candidates.csv": [(4, "T10,Codification,technology-transfer,,UK,,codification,2025,2025,no,,yes,")]], add: [
      "tiers.csv": ["T10,long,5,100,100,100,100,100,,yes,"],
      "milestones.csv": ["T10,long,M1,done,60,100"],
    ])
    #expect(f.rule == "cannot-finish" && !f.isError)
    #expect(f.location == "tiers.csv:6:10")
    #expect(f.message == "tier 'long' of 'T10' cannot finish by 2028 from any start in 2025-2025")
  }

  @Test("A candidate without tiers")
  func noTiers() throws {
    let f = try Mini.single(["tiers.csv": [(5, nil)], "scores.csv": [(5, nil)], "milestones.csv": [(8, nil)]])
    #expect(f.rule == "no-tiers" && !f.isError)
    #expect(f.location == "candidates.csv:4:1")
    #expect(f.message == "candidate 'T10' has no tiers")
  }

  @Test("A duration outside 1-5 years")
  func badDuration() throws {
    let f = try Mini.single(["tiers.csv": [(5, "T10,core,0,500000,,,,,,yes,")]])
    #expect(f.rule == "bad-duration")
    #expect(f.location == "tiers.csv:5:10")
    #expect(f.message == "duration_years '0' of T10 tier core is outside 1-5")
  }

  @Test("A cost cell left empty inside the duration")
  func emptyCostInsideDuration() throws {
    let f = try Mini.single(["tiers.csv": [(4, "T01,core,2,3000000,,,,,,yes,")]])
    #expect(f.rule == "missing-value")
    #expect(f.location == "tiers.csv:4:20")
    #expect(f.message == "cost_y2 of T01 tier core is empty inside its 2-year duration")
  }

  @Test("A required column missing from the header")
  func missingColumn() throws {
    let f = try Mini.single([
      "source-years.csv": [(1, "source_id,year"), (2, "DCB,2024"), (3, "US,2025")]
    ])
    #expect(f.rule == "missing-column")
    #expect(f.location == "source-years.csv:1:1")
    #expect(f.message == "required column 'max' is missing from the header")
  }

  @Test("A DCB fund allowed to pay non-DCB candidates")
  func dcbFundEligibility() throws {
    let f = try Mini.single(add: ["eligibility.csv": ["DCB,partner,US"]])
    #expect(f.rule == "dcb-fund-eligibility")
    #expect(f.location == "sources.csv:2:1")
    #expect(f.message == "the DCB fund 'DCB' may pay 1 non-DCB candidate(s), such as 'T01'")
  }

  @Test("A dataset without a DCB fund")
  func noDCBFund() throws {
    let f = try Mini.single(["sources.csv": [(2, "DCB,DCB fund,co-financing,NATO,,,,,yes,")]])
    #expect(f.rule == "dcb-fund")
    #expect(f.location == "sources.csv:1:1")
    #expect(f.message == "no source of kind 'dcb-fund'")
  }

  @Test("max_share_percent above 100, and a floor above the cap")
  func sourceNumbers() throws {
    let all = Mini.findings(["sources.csv": [(3, "US,US pledge,pact-pledge,US,30000000,20000000,150,,yes,")]])
    #expect(all.map(\.rule) == ["source-band", "max-share"])
    #expect(all.map(\.location) == ["sources.csv:3:29", "sources.csv:3:47"])
    #expect(all.map(\.message) == [
      "min_total $30,000,000 of 'US' is above its max_total $20,000,000", "max_share_percent 150 of 'US' is above 100",
    ])
  }

  @Test("Month offsets: 0 is an error, beyond the duration a warning")
  func monthOffsets() throws {
    let all = Mini.findings(["milestones.csv": [(8, "T10,core,M1,certified,0,100"), (7, "T01,core,M2,first article,30,60")]])
    #expect(all.map(\.rule) == ["late-milestone", "bad-month-offset"])
    #expect(all.map(\.location) == ["milestones.csv:7:27", "milestones.csv:8:23"])
    #expect(all.map(\.isError) == [false, true])
  }

  @Test("A relation of a candidate to itself, and a lag on excludes")
  func relationShapes() throws {
    let all = Mini.findings(add: ["relations.csv": ["requires,T10,T10,0", "excludes,T01,DCB-D1,2"]])
    #expect(all.map(\.rule) == ["self-relation", "excludes-lag"])
    #expect(all.map(\.location) == ["relations.csv:3:14", "relations.csv:4:21"])
    #expect(all.map(\.isError) == [true, false])
  }

  @Test("An eligibility tag no candidate carries is a warning")
  func unusedTag() throws {
    let f = try Mini.single(add: ["eligibility.csv": ["UK,tag,codificaton"]])
    #expect(f.rule == "unused-tag" && !f.isError)
    #expect(f.location == "eligibility.csv:6:8")
    #expect(f.message == "no candidate carries tag 'codificaton'")
  }

  @Test("A sourced row without a source or confidence is a warning")
  func provenance() throws {
    let all = Mini.findings(["firms.csv": [(2, "F01,Igman d.d.,Konjic,FBiH,state majority,ammunition,1410,,,2025,12000000,,no,H")]])
    #expect(all.map(\.rule) == ["provenance"])
    #expect(all.first?.location == "firms.csv:2:75")
    #expect(all.first?.message == "row is marked illustrative=no but names no source")
  }

  @Test("Malformed numbers, years and booleans are errors at their cell")
  func malformedCells() throws {
    let all = Mini.findings([
      "firms.csv": [(3, "F02,Kosmos,Banja Luka,RS,,radar overhaul,two hundred,,,24,,,maybe,")],
      "scores.csv": [(5, "T10,core,interoperability,0.7,,1,,yes,")],
    ])
    #expect(all.map(\.rule) == ["malformed-number", "malformed-year", "unknown-enum", "missing-value"])
    #expect(all.map(\.message) == [
      "employees 'two hundred' is not a whole number", "year '24' is not a four-digit year",
      "illustrative 'maybe' is not 'yes' or 'no'", "likely is empty",
    ])
  }
}
