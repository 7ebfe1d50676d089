import Testing
@testable import PortfolioPlanning

@Suite("PortfolioPlanning module")
struct PortfolioPlanningModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(PortfolioPlanningModule.name == "PortfolioPlanning")
  }
}
