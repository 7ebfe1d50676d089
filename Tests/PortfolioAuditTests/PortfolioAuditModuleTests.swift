import Testing
@testable import PortfolioAudit

@Suite("PortfolioAudit module")
struct PortfolioAuditModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(PortfolioAuditModule.name == "PortfolioAudit")
  }
}
