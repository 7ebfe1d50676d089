import Testing

@testable import OptimizationModel

@Suite("Linear model validation")
struct LinearModelValidationTests {
  @Test("A well-formed model has no problems")
  func valid() throws {
    var model = LinearModel()
    model.addVariable(.init(name: "x", lowerBound: -.infinity, upperBound: 3, objective: 1))
    model.addRow(.init(name: "r", indices: [0], coefficients: [2], lowerBound: 1, upperBound: 1))
    #expect(model.validate().isEmpty)
    try model.checkValid()
  }

  @Test("Collects every problem, each naming its variable or row, in model order")
  func collectsEverything() {
    var model = LinearModel(objectiveConstant: .nan, objectiveName: "obj")
    model.addVariable(.init(name: "a", objective: .infinity))
    model.addVariable(.init(name: "b", lowerBound: 5, upperBound: 4))
    model.addVariable(.init(name: "a", lowerBound: .nan))
    model.addVariable(.init(name: "d", lowerBound: .infinity))
    model.addRow(.init(name: "r1", indices: [0, 1, 0], coefficients: [1, .nan, 2], lowerBound: 3, upperBound: 2))
    model.addRow(.init(name: "r2", indices: [7], coefficients: [1], lowerBound: .nan))
    model.addRow(.init(name: "r1", indices: [], coefficients: []))
    model.addRow(.init(name: "obj", indices: [], coefficients: []))
    var broken = model.rows[1]
    broken.coefficients.append(4)
    model.rows[1] = broken
    let problems = model.validate()
    // NaN payloads make `==` on the cases useless, so the descriptions are compared.
    let texts = problems.map(\.description)
    #expect(texts.count == 14)
    #expect(texts[0] == "objective constant nan is not finite")
    #expect(texts[1] == "variable 'a': objective coefficient inf is not finite")
    #expect(texts[2] == "variable 'b': lower bound 5.0 exceeds upper bound 4.0")
    #expect(texts[3] == "variable 'a': invalid bounds [nan, inf]")
    #expect(texts[4] == "variable 'd': invalid bounds [inf, inf]")
    #expect(texts[5] == "row 'r1': coefficient nan of variable 'b' is not finite")
    #expect(texts[6] == "row 'r1': variable 'a' appears more than once")
    #expect(texts[7] == "row 'r1': lower bound 3.0 exceeds upper bound 2.0")
    #expect(texts[8] == "row 'r2': 1 indices but 2 coefficients")
    #expect(texts[9] == "row 'r2': variable index 7 outside 0..<4")
    #expect(texts[10] == "row 'r2': invalid activity bounds [nan, inf]")
    #expect(texts[11] == "duplicate variable name 'a' (variables 0 and 2)")
    #expect(texts[12] == "duplicate row name 'r1' (rows 0 and 2)")
    #expect(texts[13] == "row 3 is named 'obj' like the objective row")
  }

  @Test("checkValid throws every problem at once")
  func throwsAll() {
    var model = LinearModel()
    model.addVariable(.init(name: "x", lowerBound: 2, upperBound: 1))
    model.addVariable(.init(name: "x"))
    #expect(throws: InvalidModelError.self) { try model.checkValid() }
    do {
      try model.checkValid()
    } catch {
      #expect(error.problems.count == 2)
      #expect(error.description.hasPrefix("invalid model: variable 'x': lower bound 2.0 exceeds"))
    }
  }
}
