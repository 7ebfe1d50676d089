import PortfolioDomain
import Testing

/// Amounts and scores beyond what the planner can add up or solve are refused at their cells.
@Suite("Dataset limits")
struct DatasetLimitTests {
  typealias Mini = MiniDataset

  @Test("A money cell above $10^12 is too large, whatever its number of digits")
  func moneyCellTooLarge() throws {
    for value in ["1000000000001", "999999999999999", "99999999999999999999"] {
      let f = try Mini.single(["tiers.csv": [(5, "T10,core,1,\(value),,,,,,yes,")]])
      #expect(f.rule == "money-too-large")
      #expect(f.location == "tiers.csv:5:12")
      #expect(f.message == "cost_y1 '\(value)' is too large: an amount may be at most $1,000,000,000,000")
    }
  }

  @Test("The largest cell amount, and leading zeros, are read")
  func moneyCellAtLimit() throws {
    let result = DatasetLoader.load(Mini.files(["tiers.csv": [(5, "T10,core,1,0001000000000000,,,,,,yes,")]]))
    #expect(result.findings.map(\.description) == [])
    #expect(result.portfolio.tier("T10", "core")?.totalCost == Money(dollars: DatasetLimits.maxTotalTierCostDollars / 10))
  }

  @Test("Tier costs adding up past $10^13 are refused at the row that crosses, without a 'no tiers' cascade")
  func totalTooLarge() throws {
    let max = "1000000000000"
    var candidates: [String] = [], tiers: [String] = [], milestones: [String] = []
    for i in 1...19 {
      candidates.append("DCB-X\(i),X,dcb-defence,,,,,2024,2024,no,,yes,")
      tiers.append("DCB-X\(i),basic,5,\(max),\(max),\(max),\(max),\(max),,yes,")
      milestones.append("DCB-X\(i),basic,M1,Done,12,100")
    }
    let result = DatasetLoader.load(Mini.files(add: ["candidates.csv": candidates, "tiers.csv": tiers, "milestones.csv": milestones]))
    let errors = result.findings.filter(\.isError)
    // The mini dataset's own tiers cost $13M, so the second $5 × 10^12 row crosses the limit.
    #expect(errors.count == 18)
    #expect(errors.allSatisfy { $0.rule == "total-too-large" })
    #expect(errors.first?.location == "tiers.csv:7:16")
    #expect(errors.first?.message == "the costs of DCB-X2 tier basic ($5,000,000,000,000) take the total of tiers.csv past $10,000,000,000,000, the most the planner can add up exactly")
    #expect(!result.findings.contains { $0.rule == "no-tiers" })
    // The portfolio keeps only what fits, so every sum over it is safe.
    let total = result.portfolio.candidates.flatMap(\.tiers).map(\.totalCost).sum()
    #expect(total <= Money(dollars: DatasetLimits.maxTotalTierCostDollars))
    let scenario = Scenario(dcbBudget: MoneyBand(min: Money(dollars: 1), max: Money(dollars: 2)), criteria: [Criterion(id: "interoperability", name: "I", weight: 1)])
    _ = ScenarioValidator.validate(scenario, against: result.portfolio)
    _ = result.portfolio.mandatoryMinimumCost
  }
}

extension DatasetLimitTests {
  @Test("A score beyond 10^9, or one that overflows to infinity, is refused at its cell")
  func hugeScore() throws {
    let huge = "1" + String(repeating: "0", count: 400)
    for value in [huge, "-" + huge, "1000000000.5"] {
      let f = try Mini.single(["scores.csv": [(2, "DCB-D1,basic,interoperability,0.5,\(value),\(huge.dropLast(398)),,yes,")]])
      #expect(f.rule == "number-too-large")
      #expect(f.location == "scores.csv:2:35")
      #expect(f.message == "likely '\(value)' is too large: a number here may be at most 1,000,000,000 either side of 0")
    }
  }

  @Test("Scores of plus or minus 10^9 are read")
  func scoreAtLimit() throws {
    let result = DatasetLoader.load(Mini.files(["scores.csv": [(4, "T01,core,exports,-1000000000,10,1000000000,,yes,")]]))
    #expect(result.findings.map(\.description) == [])
    #expect(result.portfolio.tier("T01", "core")?.scores["exports"]?.high == 1e9)
  }
}
