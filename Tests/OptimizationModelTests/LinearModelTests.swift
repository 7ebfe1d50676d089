import Testing
@testable import OptimizationModel

@Suite("Linear model")
struct LinearModelTests {
  @Test("Evaluates objective and row activities") func evaluates() {
    var model = LinearModel(sense: .maximize, objectiveConstant: 2)
    let x = model.addVariable(.init(name: "x", upperBound: 4, objective: 3))
    let y = model.addVariable(.init(name: "y", isInteger: true, objective: -1))
    model.addRow(.init(name: "r", indices: [x, y], coefficients: [1, 2], upperBound: 10))
    #expect(model.objectiveValue(of: [1, 2]) == 3)
    #expect(model.rowActivities(of: [1, 2]) == [5])
    #expect(model.nonZeroCount == 2)
    #expect(model.hasIntegers)
  }
}
