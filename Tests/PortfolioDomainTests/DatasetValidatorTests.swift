import Foundation
import PortfolioDomain
import Testing

/// One tiny fixture per dataset rule: the mini dataset broken in exactly one place.
@Suite("Dataset validation rules")
struct DatasetValidatorTests {
  typealias Mini = MiniDataset

  @Test("Duplicate firm ID, reported at the second row's id cell")
  func duplicateFirm() throws {
    let f = try Mini.single(add: ["firms.csv": ["F01,Igman again,Konjic,FBiH,,,,,,,,,yes,"]])
    #expect(f.rule == "duplicate-id" && f.isError)
    #expect(f.location == "firms.csv:4:1")
    #expect(f.message == "duplicate firm 'F01' (first defined on line 2)")
  }

  @Test("Duplicate tier of one candidate")
  func duplicateTier() throws {
    let all = Mini.findings(add: ["tiers.csv": ["T10,core,1,600000,,,,,,yes,"]])
    let f = try #require(all.first { $0.rule == "duplicate-id" })
    #expect(f.location == "tiers.csv:6:5")
    #expect(f.message == "duplicate tier 'T10 tier core' (first defined on line 5)")
  }

  @Test("Unknown firm referenced by a candidate, with a suggestion")
  func unknownFirm() throws {
    let f = try Mini.single(["candidates.csv": [(3, "T01,155 mm line,technology-transfer,F99,US,,export-line,2024,2026,no,,yes,")]])
    #expect(f.rule == "unknown-reference")
    #expect(f.location == "candidates.csv:3:37")
    #expect(f.field == "firm_id" && f.value == "F99")
    #expect(f.message == "unknown firm 'F99'")
    #expect(f.fix.contains("firms.csv"))
  }

  @Test("Unknown candidate referenced by a tier")
  func unknownCandidateInTier() throws {
    let all = Mini.findings(add: ["tiers.csv": ["T77,core,1,500000,,,,,,yes,"]])
    let f = try #require(all.first { $0.rule == "unknown-reference" })
    #expect(f.location == "tiers.csv:6:1")
    #expect(f.message == "unknown candidate 'T77'")
  }

  @Test("Unknown tier referenced by a score")
  func unknownTierInScore() throws {
    let f = try Mini.single(["scores.csv": [(5, "T10,cor,interoperability,0.7,0.9,1,,yes,")]])
    #expect(f.rule == "unknown-reference")
    #expect(f.location == "scores.csv:5:5")
    #expect(f.message == "unknown tier 'cor' of candidate 'T10'")
    #expect(f.fix.hasPrefix("did you mean 'core'?"))
  }

  @Test("Unknown source referenced by a yearly cap and by an eligibility row")
  func unknownSource() throws {
    let all = Mini.findings(["source-years.csv": [(3, "USA,2025,8000000")], "eligibility.csv": [(3, "USA,partner,US")]])
    #expect(all.filter { $0.rule == "unknown-reference" }.map(\.location) == ["eligibility.csv:3:1", "source-years.csv:3:1"])
  }

  @Test("Unknown entity value, with the nearest allowed value")
  func unknownEntity() throws {
    let f = try Mini.single(["firms.csv": [(3, "F02,Kosmos,Banja Luka,RSS,,radar overhaul,,,,,,,yes,")]])
    #expect(f.rule == "unknown-enum")
    #expect(f.location == "firms.csv:3:23")
    #expect(f.message == "unknown entity 'RSS'")
    #expect(f.fix.hasPrefix("did you mean 'RS'?"))
  }

  @Test("Unknown kind, partner, relation kind and eligibility rule")
  func unknownEnums() throws {
    let all = Mini.findings([
      "candidates.csv": [(4, "T10,Codification,tech-transfer,,UK,,codification,2024,2025,no,,yes,")],
      "relations.csv": [(2, "require,T01,T10,1")],
      "eligibility.csv": [(4, "UK,partnr,UK"), (3, "US,partner,USA")],
    ])
    let unknown = all.filter { $0.rule == "unknown-enum" }
    #expect(unknown.map(\.message) == ["unknown kind 'tech-transfer'", "unknown partner 'USA'", "unknown rule 'partnr'", "unknown relation kind 'require'"])
    #expect(unknown.map(\.location) == ["candidates.csv:4:18", "eligibility.csv:3:12", "eligibility.csv:4:4", "relations.csv:2:1"])
  }

  @Test("Negative and malformed money are errors at their cell", arguments: [
    ("-3", "negative-money", "cost_y1 '-3' is negative"),
    ("1.5M", "malformed-money", "cost_y1 '1.5M' is not a whole-dollar amount"),
    ("\"12,000\"", "malformed-money", "cost_y1 '12,000' is not a whole-dollar amount"),
  ])
  func badMoney(cell: String, rule: String, message: String) throws {
    let f = try Mini.single(["tiers.csv": [(5, "T10,core,1,\(cell),,,,,,yes,")]])
    #expect(f.rule == rule)
    #expect(f.location == "tiers.csv:5:12")
    #expect(f.message == message)
  }

  @Test("A cost profile longer than the tier's duration")
  func profileTooLong() throws {
    let f = try Mini.single(["tiers.csv": [(5, "T10,core,1,500000,100,,,,,yes,")]])
    #expect(f.rule == "profile-too-long")
    #expect(f.location == "tiers.csv:5:19")
    #expect(f.message == "cost_y2 '100' of T10 tier core lies beyond its 1-year duration")
  }

  @Test("An all-zero cost profile")
  func zeroProfile() throws {
    let f = try Mini.single(["tiers.csv": [(5, "T10,core,1,0,,,,,,yes,")]])
    #expect(f.rule == "zero-profile")
    #expect(f.location == "tiers.csv:5:12")
  }

  @Test("A start window outside the horizon: error when mandatory, warning otherwise")
  func outsideHorizon() throws {
    let mandatory = try Mini.single(["candidates.csv": [(2, "DCB-D1,Tactical communications,dcb-defence,,,HR,libg,2022,2025,yes,,yes,")]])
    #expect(mandatory.rule == "outside-horizon" && mandatory.isError)
    #expect(mandatory.location == "candidates.csv:2:54")
    #expect(mandatory.message == "earliest_start 2022 of 'DCB-D1' lies outside the horizon 2024-2028")
    let optional = try Mini.single(["candidates.csv": [(4, "T10,Codification,technology-transfer,,UK,,codification,2024,2029,no,,yes,")]])
    #expect(optional.rule == "outside-horizon" && !optional.isError)
  }

  @Test("A source-year outside the horizon is a warning")
  func sourceYearOutsideHorizon() throws {
    let f = try Mini.single(add: ["source-years.csv": ["US,2031,100"]])
    #expect(f.rule == "outside-horizon" && !f.isError)
    #expect(f.location == "source-years.csv:4:4")
  }

  @Test("Earliest start after latest start")
  func reversedWindow() throws {
    let f = try Mini.single(["candidates.csv": [(4, "T10,Codification,technology-transfer,,UK,,codification,2025,2024,no,,yes,")]])
    #expect(f.rule == "start-window" && f.isError)
    #expect(f.location == "candidates.csv:4:61")
    #expect(f.message == "earliest_start 2025 of 'T10' is after latest_start 2024")
  }

  @Test("A candidate that cannot finish inside the horizon")
  func cannotFinish() throws {
    let f = try Mini.single(["candidates.csv": [(3, "T01,155 mm line,technology-transfer,F01,US,,export-line,2028,2028,no,,yes,")]])
    #expect(f.rule == "cannot-finish" && !f.isError)
    #expect(f.location == "candidates.csv:3:57")
    #expect(f.message == "'T01' cannot finish by 2028: its shortest tier takes 2 years from 2028")
  }

  @Test("Scores that break low <= likely <= high")
  func scoreOrder() throws {
    let f = try Mini.single(["scores.csv": [(4, "T01,core,exports,13,12,15,,yes,")]])
    #expect(f.rule == "score-order")
    #expect(f.location == "scores.csv:4:18")
    #expect(f.message == "score of T01 tier core on exports breaks low <= likely <= high (13, 12, 15)")
  }

  @Test("A tier without milestones")
  func noMilestones() throws {
    let f = try Mini.single(["milestones.csv": [(8, nil)]])
    #expect(f.rule == "no-milestones")
    #expect(f.location == "tiers.csv:5:5")
    #expect(f.message == "tier 'core' of 'T10' has no milestones")
  }

  @Test("Milestone EV weights that do not add up to 100")
  func evWeights() throws {
    let f = try Mini.single(["milestones.csv": [(7, "T01,core,M2,first article,20,50")]])
    #expect(f.rule == "ev-weights")
    #expect(f.location == "milestones.csv:6:24")
    #expect(f.message == "EV weights of T01 tier core add up to 90, not 100")
  }

  @Test("A requires cycle with positive lag is printed; a lag-0 mutual requires is allowed")
  func requiresCycle() throws {
    let f = try Mini.single(add: ["relations.csv": ["requires,T10,T01,0"]])
    #expect(f.rule == "requires-cycle")
    #expect(f.location == "relations.csv:2:10")
    #expect(f.message == "requires cycle T01 -> T10 -> T01 has lags adding up to 1 years, so no start years satisfy it")
    let mutual = Mini.findings(["relations.csv": [(2, "requires,T01,T10,0")]], add: ["relations.csv": ["requires,T10,T01,0"]])
    #expect(mutual.isEmpty)
  }

  @Test("A longer cycle is printed in full")
  func longCycle() throws {
    let all = Mini.findings(add: ["relations.csv": ["requires,T10,DCB-D1,0", "requires,DCB-D1,T01,0"]])
    #expect(all.map(\.message) == ["requires cycle T01 -> T10 -> DCB-D1 -> T01 has lags adding up to 1 years, so no start years satisfy it"])
  }

  @Test("Eligible shares below 100: warning for an optional candidate, error for a mandatory one")
  func shareCoverage() throws {
    let both = Mini.findings(["eligibility.csv": [(5, "COFIN,kind,industry-capacity")]])
    #expect(both.map(\.location) == ["candidates.csv:3:1", "candidates.csv:4:1"])
    let optional = try #require(both.first)
    #expect(optional.rule == "share-coverage" && !optional.isError)
    #expect(optional.location == "candidates.csv:3:1")
    #expect(optional.message == "'T01' can never be fully paid: its eligible sources may pay at most 50% of a tier (US 50%)")
    let mandatory = Mini.findings(["sources.csv": [(2, "DCB,DCB fund,dcb-fund,NATO,,,80,,yes,")]])
    #expect(mandatory.map(\.rule) == ["share-coverage"])
    #expect(mandatory.first?.isError == true)
  }

  @Test("min_total or max_total on the DCB fund")
  func dcbFundBand() throws {
    let f = try Mini.single(["sources.csv": [(2, "DCB,DCB fund,dcb-fund,NATO,,53000000,,,yes,")]])
    #expect(f.rule == "dcb-fund-band" && f.isError)
    #expect(f.location == "sources.csv:2:29")
    #expect(f.message == "max_total is set on the DCB fund 'DCB'; its band belongs to the scenario (dcbBudget)")
  }

  @Test("Unknown columns are errors with a suggestion; x_ columns are ignored")
  func unknownColumn() throws {
    let lines = MiniDataset.texts["candidates.csv", default: ""].split(separator: "\n").map(String.init)
    let header = lines[0].replacingOccurrences(of: "title", with: "titel")
    let f = try Mini.single(["candidates.csv": [(1, header)]])
    #expect(f.rule == "unknown-column")
    #expect(f.location == "candidates.csv:1:4")
    #expect(f.message == "unknown column 'titel'")
    #expect(f.fix.hasPrefix("did you mean 'title'?"))
    let noted = Mini.findings(["source-years.csv": [(1, "source_id,year,max,x_note"), (2, "DCB,2024,5000000,first tranche"), (3, "US,2025,8000000,")]])
    #expect(noted.isEmpty)
  }

  @Test("Yearly caps that cannot cover a source's floor are a warning")
  func capsBelowFloor() throws {
    let caps = (2024...2028).map { "UK,\($0),100000" }
    let f = try Mini.single(add: ["source-years.csv": caps])
    #expect(f.rule == "caps-below-floor" && !f.isError)
    #expect(f.location == "sources.csv:4:29")
    #expect(f.message == "the yearly caps of 'UK' add up to $500,000, below its floor min_total $1,000,000")
  }

  @Test("A mandatory candidate costing more than any eligible source can pay is a warning")
  func mandatoryCost() throws {
    let caps = (2025...2028).map { "DCB,\($0),100000" }
    let f = try Mini.single(["source-years.csv": [(2, "DCB,2024,100000")]], add: ["source-years.csv": caps])
    #expect(f.rule == "mandatory-cost" && !f.isError)
    #expect(f.location == "candidates.csv:2:1")
    #expect(f.message == "mandatory 'DCB-D1' costs at least $2,000,000, more than any eligible source can pay in total (at most $500,000)")
  }

  @Test("A CSV syntax error keeps the rows read before it")
  func syntaxErrorKeepsRows() throws {
    let result = DatasetLoader.load(MiniDataset.files(["tiers.csv": [(4, "T01,core,2,\"3000000,3000000,,,,,yes,")]]))
    let syntax = try #require(result.findings.first { $0.rule == "csv-syntax" })
    #expect(syntax.location == "tiers.csv:4:12")
    #expect(result.portfolio.candidate("DCB-D1")?.tiers.count == 2)
  }

  @Test("A ragged row is reported once: its ID still counts, so references to it do not cascade")
  func raggedRowNoCascade() throws {
    let f = try Mini.single(["firms.csv": [(2, "F01,Igman d.d.,Konjic,FBiH,state majority,ammunition,1410,,,2025,12000000,https://example.org/igman,no")]])
    #expect(f.rule == "csv-syntax")
    #expect(f.location == "firms.csv:2:103")
    #expect(f.message == "row has 13 fields but the header has 14")
  }

  @Test("An unterminated quote is reported at the quote; later rows are still read")
  func unterminatedQuoteResumes() throws {
    let f = try Mini.single(["candidates.csv": [(2, "DCB-D1,\"Tactical communications,dcb-defence,,,HR,libg,2024,2025,yes,,yes,")]], add: ["candidates.csv": ["DCB-D1,Tactical communications,dcb-defence,,,HR,libg,2024,2025,yes,,yes,"]])
    #expect(f.rule == "csv-syntax")
    #expect(f.location == "candidates.csv:2:8")
    #expect(f.message == "unterminated quoted field (the quote opened here is never closed)")
  }

  @Test("A missing table is reported by name")
  func missingTable() throws {
    let files = DatasetFiles(MiniDataset.files().files.filter { $0.name != "relations.csv" })
    let f = try #require(DatasetLoader.load(files).findings.first)
    #expect(f.rule == "missing-file" && f.file == "relations.csv")
  }

  @Test("Five different faults are all reported in one run")
  func fiveFaults() {
    let all = Mini.findings(
      [
        "firms.csv": [(3, "F02,\"Kosmos,Banja Luka,RS,,radar overhaul,,,,,,,yes,")],
        "candidates.csv": [(3, "T01,155 mm line,technology-transfer,F99,US,,export-line,2024,2026,no,,yes,")],
        "tiers.csv": [(5, "T10,core,1,-500000,,,,,,yes,")],
        "scores.csv": [(1, "candidate_id,tier,criterion,low,likely,high,source,illustrative,confidance")],
      ],
      add: ["relations.csv": ["requires,T10,T01,0"]])
    #expect(Set(all.map(\.rule)).isSuperset(of: ["csv-syntax", "unknown-reference", "negative-money", "requires-cycle", "unknown-column"]))
    #expect(Set(all.map(\.file)) == ["candidates.csv", "firms.csv", "relations.csv", "scores.csv", "tiers.csv"])
  }
}
