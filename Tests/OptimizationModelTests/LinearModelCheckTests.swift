import Testing

@testable import OptimizationModel

@Suite("Solution checker")
struct LinearModelCheckTests {
  static func model() -> LinearModel {
    var model = LinearModel()
    model.addVariable(.init(name: "x", lowerBound: 0, upperBound: 4))
    model.addVariable(.init(name: "n", lowerBound: -3, upperBound: 3, isInteger: true))
    model.addRow(.init(name: "cap", indices: [0, 1], coefficients: [1, 1], upperBound: 5))
    model.addRow(.init(name: "big", indices: [0], coefficients: [1000], lowerBound: 2000, upperBound: 3000))
    return model
  }

  @Test("A feasible point has no violations")
  func feasible() {
    #expect(Self.model().violations(of: [2, 3]).isEmpty)
    #expect(Self.model().isFeasible([2.0000001, 3]))
  }

  @Test("Lists every violated bound, row side and integrality in order")
  func listsAll() {
    let found = Self.model().violations(of: [4.5, 2.5])
    #expect(found.map(\.kind) == [.variableUpper, .integrality, .rowUpper, .rowUpper])
    #expect(found.map(\.name) == ["x", "n", "cap", "big"])
    #expect(found[0].amount == 0.5)
    #expect(found[1].bound == 3 || found[1].bound == 2)
    #expect(found[2].amount == 2.0 / 5.0)
    #expect(found[3].amount == 1500.0 / 3000.0)
    #expect(found[0].description == "variable 'x': upper bound violated, value 4.5 against 4.0 (by 0.5)")
    #expect(found[2].description.hasPrefix("row 'cap': row upper side violated"))
  }

  @Test("Row violations are relative to the row's largest finite side, bounds are absolute")
  func tolerances() {
    let model = Self.model()
    // big: 1000 x = 1999.999 is 0.001 below 2000, relative 5e-7: accepted at 1e-6.
    #expect(model.violations(of: [1.999999, 0]).isEmpty)
    #expect(model.violations(of: [1.99999, 0]).map(\.kind) == [.rowLower])
    #expect(model.violations(of: [-2e-6, 0]).map(\.kind).contains(.variableLower))
    #expect(model.violations(of: [2, -3.0000001]).isEmpty)
  }

  @Test("Non-finite values are always reported")
  func nonFinite() {
    #expect(Self.model().violations(of: [.nan, 0]).map(\.kind) == [.nonFinite])
    #expect(Self.model().maximumViolation(of: [2, 0]) == 0)
    #expect(Self.model().maximumViolation(of: [2, 0.25]) == 0.25)
  }
}
