import Testing
@testable import Hashing

@Suite("Hashing module")
struct HashingModuleTests {
  @Test("Module names itself") func namesItself() {
    #expect(HashingModule.name == "Hashing")
  }
}
