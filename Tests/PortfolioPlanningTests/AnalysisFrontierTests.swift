import MIPSolver
import PortfolioDomain
import Testing

@testable import PortfolioPlanning

@Suite("Pareto frontier by the epsilon-constraint method")
struct AnalysisFrontierTests {
  typealias World = AnalysisTestWorld

  /// Cap 10: A alone is (10, 0), B alone (0, 10), C alone (4, 4), D and E together (3, 3); (4, 4) is
  /// non-dominated but lies under the segment from (0, 10) to (10, 0), so no weighted sum selects it.
  static let candidates = [
    World.candidate("A", cost: 10, a: 10, b: 0), World.candidate("B", cost: 10, a: 0, b: 10),
    World.candidate("C", cost: 10, a: 4, b: 4), World.candidate("D", cost: 5, a: 2, b: 1),
    World.candidate("E", cost: 5, a: 1, b: 2),
  ]
  static let portfolio = Portfolio(candidates: candidates, sources: [World.source(cap: 10)])

  @Test("exact mode finds every non-dominated point of a brute-force enumeration")
  func exactEqualsBruteForce() throws {
    let expected = World.nonDominated(World.feasibleAchievements(Self.candidates, cap: 10))
    let analysis = try FrontierAnalysis(session: World.session(Self.portfolio, World.scenario()), x: "a", y: "b")
    let result = try analysis.run(exact: true)
    #expect(result.isExhaustive)
    #expect(result.points.count == expected.count)
    for (point, pair) in zip(result.points, expected) {
      #expect(abs(point.x - pair.a) < 1e-6 && abs(point.y - pair.b) < 1e-6, "point (\(point.x), \(point.y)) vs (\(pair.a), \(pair.b))")
    }
  }

  @Test("the frontier holds a non-supported point that no weighted sum selects")
  func nonSupportedPoint() throws {
    let analysis = try FrontierAnalysis(session: World.session(Self.portfolio, World.scenario()), x: "a", y: "b")
    let points = try analysis.run(exact: true).points
    let middle = try #require(points.first { abs($0.x - 4) < 1e-6 && abs($0.y - 4) < 1e-6 })
    #expect(middle.choices.map(\.candidate) == ["C"])
    // A weighted sum at any weights picks A or B (or both tie), never C.
    for step in 0...10 {
      let w = Double(step) / 10
      let session = World.session(Self.portfolio, World.scenario(weights: (w, 1 - w)))
      let plan = try session.solveBase()
      let values = try #require(plan.values)
      #expect(!session.choices(at: values).contains { $0.candidate == "C" }, "weights \(w)")
    }
  }

  @Test("grid mode returns non-dominated points in rising x with the change against the previous point")
  func gridMode() throws {
    let analysis = try FrontierAnalysis(session: World.session(Self.portfolio, World.scenario()), x: "a", y: "b")
    let result = try analysis.run(points: 6)
    let all = World.feasibleAchievements(Self.candidates, cap: 10)
    for (index, point) in result.points.enumerated() {
      #expect(!all.contains { $0.a >= point.x + 1e-6 && $0.b >= point.y - 1e-9 || $0.a >= point.x - 1e-9 && $0.b >= point.y + 1e-6 })
      if index > 0 {
        #expect(point.x > result.points[index - 1].x)
        let previous = Set(result.points[index - 1].choices.map(\.candidate))
        let current = Set(point.choices.map(\.candidate))
        #expect(Set(point.change.entering.map(\.candidate)) == current.subtracting(previous))
        #expect(Set(point.change.leaving.map(\.candidate)) == previous.subtracting(current))
      }
    }
    #expect(result.points.first.map { abs($0.y - 10) < 1e-6 } == true)
    #expect(result.points.last.map { abs($0.x - 10) < 1e-6 } == true)
  }

  @Test("grid levels that the previous point already reaches reuse it: fewer solves, the same points")
  func gridReusesReachedLevels() throws {
    let analysis = try FrontierAnalysis(session: World.session(Self.portfolio, World.scenario()), x: "a", y: "b")
    let result = try analysis.run(points: 12)
    let expected = World.nonDominated(World.feasibleAchievements(Self.candidates, cap: 10))
    #expect(result.points.count == expected.count)
    for (point, pair) in zip(result.points, expected) {
      #expect(abs(point.x - pair.a) < 1e-6 && abs(point.y - pair.b) < 1e-6, "point (\(point.x), \(point.y)) vs (\(pair.a), \(pair.b))")
    }
    // Three solves for the ends, two per level actually solved: eleven levels would be 25 without reuse.
    #expect(result.solves < 3 + 2 * 11)
    #expect(result.solves >= 3 + 2 * (expected.count - 1))
  }

  @Test("proven points carry a y bound equal to y; the proven run reports no unproven point")
  func provenBounds() throws {
    let analysis = try FrontierAnalysis(session: World.session(Self.portfolio, World.scenario()), x: "a", y: "b")
    let result = try analysis.run(points: 6, nodeLimit: 1_000)
    #expect(result.nodeLimit == 1_000)
    #expect(result.unprovenCount == 0 && result.isXMaxProven)
    for point in result.points {
      #expect(point.isProven)
      #expect(abs(point.yBound - point.y) < 1e-6, "bound \(point.yBound) at y \(point.y)")
    }
  }

  @Test("points that another point dominates are dropped (solves stopped by a node limit can give them)")
  func dominatedPointsDropped() throws {
    func entry(_ x: Double, _ y: Double, proven: Bool = false) -> (point: FrontierAnalysis.Found, epsilon: Double?) {
      (([], x, y, y + 1, proven), nil)
    }
    let kept = FrontierAnalysis.nonDominated([entry(1, 9), entry(2, 7), entry(2, 8), entry(3, 8), entry(4, 2, proven: true)])
    // (2, 7) and (2, 8) lie under (3, 8); the others are non-dominated.
    #expect(kept.map { [$0.point.x, $0.point.y] } == [[1, 9], [3, 8], [4, 2]])
    // Equal points within the tolerance do not remove each other.
    #expect(FrontierAnalysis.nonDominated([entry(1, 1), entry(1, 1 + 1e-9)]).count == 2)
  }

  @Test("a level takes the best point that another level found and that reaches its epsilon")
  func levelsTakeTheBestReachingPoint() {
    func point(_ x: Double, _ y: Double) -> FrontierAnalysis.Found { ([x, y], x, y, y + 1, false) }
    let points = [point(1, 9), point(3, 7), point(2, 8), point(4, 7), point(5, 1)]
    // At epsilon 2: (2, 8) has the most y among (3, 7), (2, 8), (4, 7), (5, 1).
    #expect(FrontierAnalysis.best(among: points, reaching: 2)?.values == [2, 8])
    // At 2.5: (3, 7) and (4, 7) tie on y; the larger x wins.
    #expect(FrontierAnalysis.best(among: points, reaching: 2.5)?.values == [4, 7])
    // Within the tolerance of the epsilon.
    #expect(FrontierAnalysis.best(among: points, reaching: 5 + 1e-9)?.values == [5, 1])
    #expect(FrontierAnalysis.best(among: points, reaching: 5.1) == nil)
  }

  @Test("a point is proven when its bound on y is y itself, whatever stopped its solve")
  func boundAtYProves() {
    #expect(FrontierAnalysis.reaches(170.4, 170.4))
    #expect(FrontierAnalysis.reaches(170.4, 170.4 + 1e-7))
    #expect(!FrontierAnalysis.reaches(170.4, 170.45))
  }

  @Test("unknown or equal criteria are refused")
  func refusesBadCriteria() {
    let session = World.session(Self.portfolio, World.scenario())
    #expect(throws: PlanningError.self) { try FrontierAnalysis(session: session, x: "a", y: "a") }
    #expect(throws: PlanningError.self) { try FrontierAnalysis(session: session, x: "a", y: "nope") }
  }

  @Test("the scores' resolution is their greatest common divisor at the least power of ten")
  func scoreResolution() throws {
    func resolution(_ coefficients: [Double]) -> Double? {
      FrontierAnalysis.resolution(of: LinearTerms(columns: Array(coefficients.indices), coefficients: coefficients))
    }
    // The bundled exports scores are multiples of 0.05, and 0.375 and 1.0 of 0.125.
    #expect(try abs(#require(resolution([1.65, 2.2, 19.25, 6.25])) - 0.05) < 1e-12)
    #expect(try abs(#require(resolution([0.375, 1.0])) - 0.125) < 1e-12)
    #expect(resolution([4, 10, 2]) == 2)
    #expect(resolution([1.0 / 3.0]) == nil)
    #expect(resolution([0, 0]) == nil)
  }

  @Test("the augmentation keeps one step of y above the whole span of x")
  func augmentationIsLexicographic() throws {
    let analysis = try FrontierAnalysis(session: World.session(Self.portfolio, World.scenario()), x: "a", y: "b")
    // Each candidate adds its one choice: x spans at most 10 + 0 + 4 + 2 + 1.
    #expect(abs(analysis.xSpan - 17) < 1e-9)
    #expect(analysis.augmentation * analysis.xSpan <= FrontierAnalysis.augmentationShare * 1)
    let absoluteGap = try #require(analysis.firstSolveAbsoluteGap)
    #expect(absoluteGap + analysis.augmentation * analysis.xSpan < 1)
  }

  @Test("the grid's alternate-level split covers every level once, in a fixed order")
  func alternateLevels() {
    #expect(AnalysisParallel.strides(5, into: 2) == [[0, 2, 4], [1, 3]])
    #expect(AnalysisParallel.strides(1, into: 2) == [[0]])
    #expect(AnalysisParallel.strides(0, into: 2).isEmpty)
  }
}
