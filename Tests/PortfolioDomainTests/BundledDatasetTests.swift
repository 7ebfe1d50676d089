import BundledData
import Foundation
import PortfolioDomain
import Testing

/// Reads the repository's `Datasets/bih` and `Config/` through the `BundledData` resource target.
enum Bundled {
  static func datasetFiles() throws -> DatasetFiles {
    let root = try #require(BundledData.datasetsURL).appendingPathComponent("bih")
    let files = try DatasetFiles.tableNames.map { name in
      DatasetFiles.File(name: name, contents: Array(try Data(contentsOf: root.appendingPathComponent(name))))
    }
    return DatasetFiles(files)
  }

  static func config(_ relativePath: String) throws -> ConfigFile {
    let url = try #require(BundledData.configURL).appendingPathComponent(relativePath)
    return ConfigFile(name: relativePath, contents: Array(try Data(contentsOf: url)))
  }

  static func inputs(variant: String? = nil) throws -> PlanningInputs {
    PlanningInputs.load(
      dataset: try datasetFiles(), defaultScenario: try config("scenario.json"),
      variant: try variant.map { try config("scenarios/\($0).json") })
  }
}

@Suite("Bundled BiH dataset")
struct BundledDatasetTests {
  @Test("Loads with zero findings under the default scenario")
  func loadsCleanly() throws {
    let inputs = try Bundled.inputs()
    #expect(inputs.findings.map(\.description) == [])
    #expect(inputs.scenario != nil)
  }

  @Test("Every named scenario loads cleanly", arguments: ["budget-48m", "budget-53m", "goals"])
  func scenariosLoad(name: String) throws {
    let inputs = try Bundled.inputs(variant: name)
    #expect(inputs.findings.map(\.description) == [])
    #expect(inputs.scenario?.name == name)
  }

  @Test("Without the TR pledge, the Turkish-partner candidates are flagged as unfundable (a warning)")
  func pactWithoutTurkey() throws {
    let inputs = try Bundled.inputs(variant: "pact-without-tr")
    #expect(!inputs.hasErrors)
    #expect(inputs.findings.map(\.message) == [
      "with 'TR' disabled, 7 candidate(s) can never be fully paid by their other sources: I04, I06, T11, T12, T13, T14, T15"
    ])
    #expect(inputs.findings.first?.jsonPath == "$.sources[0].enabled")
  }

  @Test("Holds the facts the issue asks for")
  func contents() throws {
    let portfolio = try Bundled.inputs().portfolio
    #expect(portfolio.firms.count >= 14)
    #expect(Set(portfolio.firms.map(\.entity)).isSuperset(of: [.fbih, .rs]))
    let dcb = portfolio.candidates.filter(\.kind.isDCB)
    #expect(dcb.count == 12)
    #expect(dcb.filter { $0.kind == .dcbSecurity }.count == 3)
    #expect(dcb.allSatisfy { $0.mandatory && (2...3).contains($0.tiers.count) })
    let industry = portfolio.candidates.filter(\.kind.isIndustry)
    #expect(industry.count >= 20)
    #expect(industry.allSatisfy { $0.partner != nil })
    let rsIndustry = industry.filter { portfolio.entity(of: $0) == .rs }
    #expect(rsIndustry.contains { $0.firm == "F12" } && rsIndustry.contains { $0.firm == "F13" })
    for candidate in portfolio.candidates {
      for tier in candidate.tiers {
        #expect(tier.milestones.map(\.evWeightPercent).reduce(0, +) == 100, "\(candidate.id) \(tier.id)")
        if candidate.kind.isDCB { #expect(tier.milestones.map(\.id) == ["M1", "M2", "M3", "M4"]) }
      }
    }
    #expect(portfolio.sources.filter { $0.kind == .pactPledge }.map(\.id).sorted() == ["NO", "TR", "UK", "US"])
    #expect(portfolio.source("BIH-COFIN")?.kind == .coFinancing)
    #expect(portfolio.relations.contains { $0.kind == .excludes } && portfolio.relations.contains { $0.kind == .requires })
  }

  @Test("Cheapest mandatory tiers fit under the DCB band and the richest reach its floor")
  func bandFits() throws {
    let inputs = try Bundled.inputs()
    let scenario = try #require(inputs.scenario)
    let dcb = inputs.portfolio.candidates.filter(\.kind.isDCB)
    let cheapest = dcb.compactMap(\.minimumCost).sum()
    let richest = dcb.compactMap { $0.tiers.map(\.totalCost).max() }.sum()
    #expect(cheapest <= scenario.dcbBudget.min)
    #expect(richest >= scenario.dcbBudget.max)
  }

  @Test("Every technology transfer can be paid in full by its eligible sources, and Turkish money only pays Turkish partners")
  func eligibility() throws {
    let portfolio = try Bundled.inputs().portfolio
    for candidate in portfolio.candidates {
      let eligible = portfolio.eligibleSources(for: candidate)
      #expect(eligible.map(\.maxSharePercent).reduce(0, +) >= 100, "\(candidate.id)")
      if eligible.contains(where: { $0.id == "TR" }) { #expect(candidate.partner == .tr, "\(candidate.id)") }
      if eligible.contains(where: { $0.id == "DCB" }) { #expect(candidate.kind.isDCB, "\(candidate.id)") }
    }
  }

  @Test("Keeps the model BiH-sized: about 250 tier-and-start choices")
  func modelSize() throws {
    let inputs = try Bundled.inputs()
    let last = try #require(inputs.scenario).horizon.last
    let choices = inputs.portfolio.candidates.flatMap { c in c.tiers.map { c.feasibleStarts(of: $0, finishingBy: last).count } }.reduce(0, +)
    #expect((200...300).contains(choices))
  }
}
