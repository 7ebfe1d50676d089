import Testing
@testable import PortfolioReports

@Suite("PortfolioReports module")
struct PortfolioReportsModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(PortfolioReportsModule.name == "PortfolioReports")
  }
}
