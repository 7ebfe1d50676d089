import PortfolioDomain
import PortfolioPlanning
import Testing

@testable import PortfolioReports

@Suite("Pareto frontier report section")
struct AnalysisSectionsFrontierTests {
  /// A frontier of two points between the sample scenario's first two criteria; `proven` sets the second's proof.
  static func result(secondProven: Bool, xMaxProven: Bool = true) -> FrontierResult {
    let criteria = SampleInputs.scenario.criteria.map(\.id)
    let empty = SelectionChange(from: [], to: [])
    return FrontierResult(
      x: criteria[0], y: criteria[1],
      points: [
        PortfolioPlanning.FrontierPoint(
          x: 1, y: 9, yBound: 9, isProven: true, epsilon: nil, objective: 0.5, totalCost: Money(dollars: 1_000_000), choices: [],
          change: empty),
        PortfolioPlanning.FrontierPoint(
          x: 2, y: 7, yBound: secondProven ? 7 : 7.25, isProven: secondProven, epsilon: 1.5, objective: 0.45,
          totalCost: Money(dollars: 2_000_000), choices: [], change: empty),
      ],
      isExhaustive: false, gap: 1e-4, solves: 5, nodeLimit: 10_000, isXMaxProven: xMaxProven)
  }

  static func parts(_ section: ReportSection) throws -> (intro: String, table: ReportTable) {
    var intro: String?
    var table: ReportTable?
    for block in section.blocks {
      if case .paragraph(let text) = block, intro == nil { intro = text.plainText }
      if case .table(let found) = block { table = found }
    }
    return (try #require(intro), try #require(table))
  }

  @Test("unproven points are marked * and the table gains the y bound, with a sentence saying what it means")
  func unprovenPoints() throws {
    let scenario = SampleInputs.scenario
    let yName = try #require(scenario.criteria.dropFirst().first).name
    let (intro, table) = try Self.parts(AnalysisSections.frontier(Self.result(secondProven: false), scenario: scenario))
    #expect(table.columns.map(\.header).contains("\(yName) bound"))
    #expect(table.rows.map { $0[0] } == [.text("P1"), .text("P2*")])
    #expect(table.rows[1][3] == .ratio(7.25, decimals: 3))
    #expect(intro.contains("at most 10000 nodes"))
    #expect(intro.contains("1 of 2 points (marked *) were not proven"))
    #expect(!intro.contains("largest"))
  }

  @Test("a proven frontier has no bound column and no mark; an unproven grid end is said")
  func provenPoints() throws {
    let scenario = SampleInputs.scenario
    let yName = try #require(scenario.criteria.dropFirst().first).name
    let (intro, table) = try Self.parts(AnalysisSections.frontier(Self.result(secondProven: true, xMaxProven: false), scenario: scenario))
    #expect(!table.columns.map(\.header).contains("\(yName) bound"))
    #expect(table.rows.map { $0[0] } == [.text("P1"), .text("P2")])
    #expect(!intro.contains("not proven within that limit"))
    #expect(intro.contains("was not proven within the limit"))
  }
}
