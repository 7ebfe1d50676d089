import Testing
@testable import OptimizationModel

@Suite("OptimizationModel module")
struct OptimizationModelModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(OptimizationModelModule.name == "OptimizationModel")
  }
}
