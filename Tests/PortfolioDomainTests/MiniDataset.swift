import PortfolioDomain
import Testing

/// A tiny valid dataset (made by hand for these tests) that each validation test breaks in one place.
enum MiniDataset {
  static let texts: [String: String] = [
    "firms.csv": """
      id,name,town,entity,ownership,sector,employees,export_usd,export_series,year,absorptive_capacity_usd,source,illustrative,confidence
      F01,Igman d.d.,Konjic,FBiH,state majority,ammunition,1410,,,2025,12000000,https://example.org/igman,no,H
      F02,Kosmos,Banja Luka,RS,,radar overhaul,,,,,,,yes,

      """,
    "candidates.csv": """
      id,title,kind,firm_id,partner,lead_nation,tags,earliest_start,latest_start,mandatory,source,illustrative,confidence
      DCB-D1,Tactical communications,dcb-defence,,,HR,libg,2024,2025,yes,,yes,
      T01,155 mm line,technology-transfer,F01,US,,export-line,2024,2026,no,,yes,
      T10,Codification,technology-transfer,,UK,,codification,2024,2025,no,,yes,

      """,
    "tiers.csv": """
      candidate_id,tier,duration_years,cost_y1,cost_y2,cost_y3,cost_y4,cost_y5,source,illustrative,confidence
      DCB-D1,basic,2,1000000,1000000,,,,,yes,
      DCB-D1,full,2,2000000,2000000,,,,,yes,
      T01,core,2,3000000,3000000,,,,,yes,
      T10,core,1,500000,,,,,,yes,

      """,
    "scores.csv": """
      candidate_id,tier,criterion,low,likely,high,source,illustrative,confidence
      DCB-D1,basic,interoperability,0.5,0.6,0.7,,yes,
      DCB-D1,full,interoperability,0.8,0.9,1.0,,yes,
      T01,core,exports,10,12,15,,yes,
      T10,core,interoperability,0.7,0.9,1,,yes,

      """,
    "sources.csv": """
      id,name,kind,country,min_total,max_total,max_share_percent,source,illustrative,confidence
      DCB,DCB fund,dcb-fund,NATO,,,,,yes,
      US,US pledge,pact-pledge,US,,20000000,50,,yes,
      UK,UK pledge,pact-pledge,GB,1000000,10000000,50,,yes,
      COFIN,Co-financing,co-financing,BA,,,60,,yes,

      """,
    "source-years.csv": """
      source_id,year,max
      DCB,2024,5000000
      US,2025,8000000

      """,
    "eligibility.csv": """
      source_id,rule,value
      DCB,kind,dcb-defence
      US,partner,US
      UK,partner,UK
      COFIN,kind,technology-transfer

      """,
    "relations.csv": """
      kind,a,b,lag_years
      requires,T01,T10,1

      """,
    "milestones.csv": """
      candidate_id,tier,milestone_id,title,month_offset,ev_weight_percent
      DCB-D1,basic,M1,contract,3,50
      DCB-D1,basic,M2,handover,24,50
      DCB-D1,full,M1,contract,3,50
      DCB-D1,full,M2,handover,24,50
      T01,core,M1,contract,3,40
      T01,core,M2,first article,20,60
      T10,core,M1,certified,12,100

      """,
  ]

  /// The dataset with some files' lines replaced: `[file: [(line number, new text)]]`; a nil text deletes the line,
  /// and line numbers past the end append.
  static func files(_ edits: [String: [(Int, String?)]] = [:], add: [String: [String]] = [:]) -> DatasetFiles {
    var result: [String: String] = [:]
    for (name, text) in texts {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }
      for (line, replacement) in (edits[name] ?? []).sorted(by: { $0.0 > $1.0 }) {
        if let replacement { lines[line - 1] = replacement } else { lines.remove(at: line - 1) }
      }
      lines += add[name] ?? []
      result[name] = lines.joined(separator: "\n") + "\n"
    }
    return DatasetFiles(texts: result)
  }

  static func findings(_ edits: [String: [(Int, String?)]] = [:], add: [String: [String]] = [:]) -> [ValidationFinding] {
    DatasetLoader.load(files(edits, add: add)).findings
  }

  /// The only finding, or a test failure.
  static func single(
    _ edits: [String: [(Int, String?)]] = [:], add: [String: [String]] = [:], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ValidationFinding {
    let all = findings(edits, add: add)
    #expect(all.count == 1, "\(all.map(\.description))", sourceLocation: sourceLocation)
    return try #require(all.first, sourceLocation: sourceLocation)
  }
}

@Suite("Mini dataset")
struct MiniDatasetTests {
  @Test("The unbroken mini dataset has no findings")
  func clean() throws {
    let result = DatasetLoader.load(MiniDataset.files())
    #expect(result.findings.map(\.description) == [])
    #expect(result.portfolio.candidates.map(\.id) == ["DCB-D1", "T01", "T10"])
    #expect(result.portfolio.candidate("DCB-D1")?.tiers.map(\.id) == ["basic", "full"])
    #expect(result.portfolio.tier("T01", "core")?.costProfile == [Money(dollars: 3_000_000), Money(dollars: 3_000_000)])
    #expect(result.portfolio.tier("T01", "core")?.scores["exports"]?.likely == 12)
    #expect(result.portfolio.source("US")?.cap(in: 2025) == Money(dollars: 8_000_000))
    let t01 = try #require(result.portfolio.candidate("T01"))
    #expect(result.portfolio.eligibleSources(for: t01).map(\.id) == ["US", "COFIN"])
    #expect(result.portfolio.firm("F01")?.provenance == Provenance(source: "https://example.org/igman", illustrative: false, confidence: .high))
    #expect(result.portfolio.mandatoryMinimumCost == Money(dollars: 2_000_000))
  }
}
