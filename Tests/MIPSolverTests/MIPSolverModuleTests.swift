import Testing
@testable import MIPSolver

@Suite("MIPSolver module")
struct MIPSolverModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(MIPSolverModule.name == "MIPSolver")
  }
}
