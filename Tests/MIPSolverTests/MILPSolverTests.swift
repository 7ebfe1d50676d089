import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

/// One known-answer case: a model and its optimum (checked by hand and with HiGHS).
struct KnownAnswer: Sendable, CustomTestStringConvertible {
  var name: String
  var model: LinearModel
  var status: SolveStatus
  var objective: Double?
  var testDescription: String { name }

  static let inf = Double.infinity

  static let all: [KnownAnswer] = [
    KnownAnswer(
      name: "binary knapsack, maximize",
      model: TestModels.model(
        sense: .maximize, objective: [5, 4, 3], lower: [0, 0, 0], upper: [1, 1, 1], integer: [true, true, true],
        rows: [[2, 3, 1]], rowLower: [-inf], rowUpper: [5]),
      status: .optimal, objective: 9),
    KnownAnswer(
      name: "general integers with negative bounds",
      model: TestModels.model(
        objective: [3, 2], lower: [-5, -5], upper: [5, 5], integer: [true, true], rows: [[1, 1], [1, -1]],
        rowLower: [-2.5, -inf], rowUpper: [inf, 1.5]),
      status: .optimal, objective: -9),
    KnownAnswer(
      name: "equality knapsack",
      model: TestModels.model(
        objective: [2, 3, 4], lower: [0, 0, 0], upper: [10, 10, 10], integer: [true, true, true], rows: [[3, 5, 7]],
        rowLower: [19], rowUpper: [19]),
      status: .optimal, objective: 11),
    KnownAnswer(
      name: "mixed integer, maximize with constant and a range row",
      model: TestModels.model(
        sense: .maximize, constant: 10, objective: [2, 3, 1.5], lower: [0, 0, 0], upper: [10, 10, inf],
        integer: [true, true, false], rows: [[1, 1, 1], [1, 0, -1], [0, 2, 1]], rowLower: [-inf, 0.2, -inf],
        rowUpper: [4.5, inf, 5.5]),
      status: .optimal, objective: 20.75),
    KnownAnswer(
      name: "free continuous variable measuring a distance to an integer",
      model: TestModels.model(
        objective: [0, 1], lower: [0, -inf], upper: [10, inf], integer: [true, false], rows: [[-1, 1], [1, 1]],
        rowLower: [-2.5, 2.5], rowUpper: [inf, inf]),
      status: .optimal, objective: 0.5),
    KnownAnswer(
      name: "unbounded integers without upper bounds",
      model: TestModels.model(
        objective: [-1, -1], lower: [0, 0], upper: [inf, inf], integer: [true, true], rows: [[2, 3], [4, 1]],
        rowLower: [-inf, -inf], rowUpper: [12.5, 10.3]),
      status: .optimal, objective: -4),
    KnownAnswer(
      name: "integer bounds rounded inward",
      model: TestModels.model(
        objective: [-1], lower: [0.5], upper: [2.7], integer: [true], rows: [], rowLower: [], rowUpper: []),
      status: .optimal, objective: -2),
    KnownAnswer(
      name: "infeasible MIP whose LP relaxation is feasible",
      model: TestModels.model(
        objective: [1, 1], lower: [0, 0], upper: [5, 5], integer: [true, true], rows: [[2, 2]], rowLower: [3],
        rowUpper: [3]),
      status: .infeasible, objective: nil),
    KnownAnswer(
      name: "infeasible LP relaxation",
      model: TestModels.model(
        objective: [1, 1], lower: [0, 0], upper: [inf, inf], integer: [true, false], rows: [[1, 1], [1, 1]],
        rowLower: [-inf, 2], rowUpper: [1, inf]),
      status: .infeasible, objective: nil),
    KnownAnswer(
      name: "unbounded MIP",
      model: TestModels.model(
        sense: .maximize, objective: [1, 1], lower: [0, 0], upper: [inf, inf], integer: [true, true],
        rows: [[1, -1]], rowLower: [-inf], rowUpper: [1]),
      status: .unbounded, objective: nil),
    KnownAnswer(
      name: "pure LP with a free variable",
      model: TestModels.model(
        objective: [1, 3], lower: [-inf, 0], upper: [inf, inf], integer: [false, false], rows: [[1, 2], [1, -1]],
        rowLower: [4, -inf], rowUpper: [inf, 1]),
      status: .optimal, objective: 5),
  ]
}

@Suite("MILP solver facade")
struct MILPSolverTests {
  @Test("Known-answer catalogue (dense test LP, and dual simplex with presolve)", arguments: KnownAnswer.all, [false, true])
  func knownAnswers(_ known: KnownAnswer, dualSimplex: Bool) throws {
    var options = SolverOptions()
    options.relativeGap = 0
    options.absoluteGap = 0
    let result =
      dualSimplex
      ? try MILPSolver().solve(known.model, options: options)
      : try MILPSolver().solveWithDenseLP(known.model, options: options)
    #expect(result.status == known.status)
    if let expected = known.objective {
      let objective = try #require(result.objective)
      #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)))
      let values = try #require(result.values)
      #expect(known.model.maximumViolation(of: values) <= 1e-6)
      if result.status == .optimal, let bound = result.bound {
        #expect(abs(bound - expected) <= 1e-6 * max(1, abs(expected)))
      }
    } else {
      #expect(result.values == nil)
    }
  }

  @Test("LP duals and reduced costs are in the model's sense")
  func lpDualsInModelSense() throws {
    // max 3x + 2y s.t. x + y <= 4, x + 3y <= 9, x <= 3: optimum (3, 1), value 11; row 0 binds with
    // dual 2 (one more unit of capacity adds 2), x's reduced cost 1 (its bound binds).
    let model = TestModels.model(
      sense: .maximize, objective: [3, 2], lower: [0, 0], upper: [3, .infinity], integer: [false, false],
      rows: [[1, 1], [1, 3]], rowLower: [-.infinity, -.infinity], rowUpper: [4, 9])
    let result = try MILPSolver().solveWithDenseLP(model)
    #expect(result.status == .optimal)
    #expect(abs(try #require(result.objective) - 11) < 1e-9)
    let duals = try #require(result.rowDuals)
    #expect(abs(duals[0] - 2) < 1e-9 && abs(duals[1]) < 1e-9)
    let reduced = try #require(result.reducedCosts)
    #expect(abs(reduced[0] - 1) < 1e-9 && abs(reduced[1]) < 1e-9)
  }

  @Test("Invalid input throws with the offending variable named")
  func invalidInputThrows() throws {
    var model = LinearModel()
    model.addVariable(.init(name: "bad", lowerBound: 0, upperBound: .nan))
    model.addVariable(.init(name: "crossed", lowerBound: 2, upperBound: 1))
    let error = try #require(throws: InvalidModelError.self) { try MILPSolver().solveWithDenseLP(model) }
    #expect(error.description.contains("'bad'"))
    #expect(!error.description.contains("'crossed'"))
  }

  @Test("Crossed variable or row bounds make the model infeasible, as in HiGHS", arguments: [false, true])
  func crossedBoundsAreInfeasible(integer: Bool) throws {
    // MPS `UP x -3` on a column whose lower bound is 0 (HiGHS 1.16 keeps the lower bound).
    var model = LinearModel()
    model.addVariable(.init(name: "x", lowerBound: 0, upperBound: -3, isInteger: integer, objective: 1))
    model.addVariable(.init(name: "y", lowerBound: 0, upperBound: 4, objective: 1))
    #expect(try MILPSolver().solve(model).status == .infeasible)
    var rows = LinearModel()
    rows.addVariable(.init(name: "y", lowerBound: 0, upperBound: 4, isInteger: integer, objective: 1))
    rows.addRow(.init(name: "r", indices: [0], coefficients: [1], lowerBound: 2, upperBound: 1))
    #expect(try MILPSolver().solve(rows).status == .infeasible)
  }

  @Test("Node limit returns the incumbent with a bound and a gap")
  func nodeLimitReportsIncumbent() throws {
    var generator = SplitMix64(seed: 7)
    let model = RandomMIP.make(seed: 7, using: &generator, variables: 12, rows: 4, integerShare: 1)
    var options = SolverOptions()
    options.nodeLimit = 1
    options.relativeGap = 0
    options.absoluteGap = 0
    let result = try MILPSolver().solveWithDenseLP(model, options: options)
    switch result.status {
    case .limitReached(let limit): #expect(limit == .nodes)
    case .optimal: #expect(result.nodes <= 1)
    default: Issue.record("unexpected status \(result.status)")
    }
    #expect(result.bound != nil)
    if let values = result.values { #expect(model.maximumViolation(of: values) <= 1e-6) }
  }
}
