import Testing
@testable import PlannerCLI

@Suite("PlannerCLI module")
struct PlannerCLIModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(PlannerCLIModule.name == "PlannerCLI")
  }
}
