import Testing
@testable import MIPSolver

@Suite("Solve result")
struct SolveResultTests {
  @Test("Relative gap follows the HiGHS definition") func relativeGap() throws {
    let result = SolveResult(status: .optimal, objective: 100, bound: 99)
    let gap = try #require(result.gap)
    #expect(abs(gap - 0.01) < 1e-15)
    #expect(SolveResult(status: .infeasible).gap == nil)
    #expect(SolveResult(status: .optimal, objective: 5, bound: 5).gap == 0)
  }
}
