import Testing
@testable import PortfolioDomain

@Suite("PortfolioDomain module")
struct PortfolioDomainModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(PortfolioDomainModule.name == "PortfolioDomain")
  }
}
