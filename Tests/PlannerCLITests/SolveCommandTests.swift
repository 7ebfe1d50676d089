import Foundation
import MIPSolver
import OptimizationModel
import Testing

@testable import PlannerCLI

/// A solver with a fixed outcome that records the options it was given and reports progress once.
private final class FakeSolver: ModelSolver, @unchecked Sendable {
  let outcome: SolveResult
  let beforeProgress: @Sendable () -> Void
  private let lock = NSLock()
  private var received: SolverOptions?

  init(_ outcome: SolveResult, beforeProgress: @escaping @Sendable () -> Void = {}) {
    self.outcome = outcome
    self.beforeProgress = beforeProgress
  }

  var options: SolverOptions? {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  func solve(
    _ model: LinearModel, options: SolverOptions, progress: @escaping @Sendable (SolveProgress) -> Void
  ) throws -> SolveResult {
    lock.lock()
    received = options
    lock.unlock()
    beforeProgress()
    progress(SolveProgress(nodes: 40, incumbent: 4, bound: 3, gap: 0.25, seconds: 2))
    return outcome
  }
}

private let tinyMPS = """
  NAME          TINY
  ROWS
   N  COST
   L  LIM1
  COLUMNS
      MARKER    'MARKER'   'INTORG'
      X         COST       1.0        LIM1       1.0
      MARKER    'MARKER'   'INTEND'
      Y         COST       2.0        LIM1       1.0
  RHS
      RHS       LIM1       4.0
  BOUNDS
   UP BND       X          4
  ENDATA

  """

@Suite("solve command", .tags(.medium))
struct SolveCommandTests {
  private func run(
    _ arguments: [String], solver: FakeSolver?, in directory: TemporaryDirectory, terminal: Bool = false,
    clock: CommandClock? = nil
  ) throws -> CapturedRun {
    var (context, out, err) = CommandContext.capturing(workingDirectory: directory.url, terminal: terminal)
    if let clock { context.clock = clock }
    let parsed = try ArgumentParser(SolveCommand.arguments).parse(arguments)
    var command = try SolveCommand(parsing: parsed)
    if let solver { command.solver = solver }
    try command.validate()
    let status: CLIStatus
    do {
      status = try command.run(in: context)
    } catch let error as CLIError {
      context.diagnostics.error(error.description)
      status = error.exitStatus
    }
    return CapturedRun(status: status, stdout: out.text, stderr: err.text)
  }

  private func workspace() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write(tinyMPS, to: "tiny.mps")
    return directory
  }

  @Test("An optimal solve prints the table, writes the solution atomically and exits 0")
  func optimal() throws {
    let directory = try workspace()
    defer { directory.remove() }
    let fake = FakeSolver(
      SolveResult(status: .optimal, objective: -6.5, bound: -6.5, values: [4, 0.25], nodes: 3, iterations: 17, seconds: 0.0421))
    let result = try run(["tiny.mps", "--solution", "tiny.sol"], solver: fake, in: directory)
    #expect(result.status == .success)
    #expect(
      result.stdout == """
        model       tiny.mps (1 rows, 2 columns, 1 integer, minimize)
        status      optimal
        objective   -6.5
        bound       -6.5
        gap         0.00%
        nodes       3
        iterations  17
        seconds     0.042

        """)
    #expect(result.stderr.isEmpty)
    #expect(try String(contentsOf: directory.url.appendingPathComponent("tiny.sol"), encoding: .utf8) == "X 4\nY 0.25\n")
    #expect(fake.options?.relativeGap == 1e-4)
    #expect(fake.options?.absoluteGap == 1e-6)
  }

  @Test("JSON output carries status, objective, bound, gap, nodes, iterations and seconds")
  func json() throws {
    let directory = try workspace()
    defer { directory.remove() }
    let fake = FakeSolver(SolveResult(status: .limitReached(.nodes), objective: 10, bound: 8, values: [4, 0], nodes: 100, iterations: 900, seconds: 1.5))
    let result = try run(["tiny.mps", "--format=json", "--node-limit", "100"], solver: fake, in: directory)
    #expect(result.status == .limitReached)
    #expect(
      result.stdout == """
        {
          "bound": 8.0,
          "columns": 2,
          "gap": 0.2,
          "integers": 1,
          "iterations": 900,
          "limit": "nodes",
          "model": "tiny.mps",
          "nodes": 100,
          "objective": 10.0,
          "rows": 1,
          "seconds": 1.5,
          "sense": "minimize",
          "status": "limit-reached"
        }

        """)
    #expect(fake.options?.nodeLimit == 100)
  }

  @Test(
    "Maps each outcome to DESIGN §6's exit code",
    arguments: [
      (SolveStatus.optimal, CLIStatus.success), (.infeasible, .infeasible), (.unbounded, .unbounded),
      (.limitReached(.time), .limitReached), (.limitReached(.iterations), .limitReached),
    ])
  func exitCodes(status: SolveStatus, expected: CLIStatus) throws {
    let directory = try workspace()
    defer { directory.remove() }
    let result = try run(["tiny.mps"], solver: FakeSolver(SolveResult(status: status)), in: directory)
    #expect(result.status == expected)
  }

  @Test("Without a solution --solution warns and writes nothing")
  func noSolution() throws {
    let directory = try workspace()
    defer { directory.remove() }
    let result = try run(["tiny.mps", "--solution", "x.sol"], solver: FakeSolver(SolveResult(status: .infeasible)), in: directory)
    #expect(result.status == .infeasible)
    #expect(result.stdout.contains("status      infeasible\nobjective   -\n"))
    #expect(result.stderr == "warning: no solution to write to x.sol: the solve found none\n")
    #expect(directory.listing() == ["tiny.mps"])
  }

  @Test("--gap 0 asks for a full proof; limits reach the solver")
  func options() throws {
    let directory = try workspace()
    defer { directory.remove() }
    let fake = FakeSolver(SolveResult(status: .optimal))
    _ = try run(["tiny.mps", "--gap", "0", "--time-limit", "2.5"], solver: fake, in: directory)
    #expect(fake.options?.relativeGap == 0)
    #expect(fake.options?.absoluteGap == 0)
    #expect(fake.options?.timeLimit == 2.5)
  }

  @Test(
    "Rejects bad limits as usage errors",
    arguments: [["tiny.mps", "--gap", "1"], ["tiny.mps", "--gap", "-0.1"], ["tiny.mps", "--time-limit", "0"], ["tiny.mps", "--time-limit", "-1"], ["tiny.mps", "--node-limit", "0"]])
  func badLimits(arguments: [String]) throws {
    let directory = try workspace()
    defer { directory.remove() }
    #expect(throws: UsageError.self) { try run(arguments, solver: nil, in: directory) }
  }

  @Test("A time limit of zero or below says it must be positive", arguments: ["0", "-1"])
  func nonPositiveTimeLimit(seconds: String) throws {
    let directory = try workspace()
    defer { directory.remove() }
    #expect(throws: UsageError.invalidValue(option: "--time-limit", value: seconds, reason: "expected a positive number of seconds")) {
      try run(["tiny.mps", "--time-limit", seconds], solver: nil, in: directory)
    }
  }

  @Test("A malformed MPS file exits 65 naming the file and line; a missing one exits 66")
  func badInput() throws {
    let directory = try workspace()
    defer { directory.remove() }
    try directory.write("NAME X\nROWS\n N  COST\nCOLUMNS\n    X  NOPE  1.0\nENDATA\n", to: "bad.mps")
    let bad = try run(["bad.mps"], solver: FakeSolver(SolveResult(status: .optimal)), in: directory)
    #expect(bad.status == .invalidData)
    #expect(bad.stderr.hasPrefix("error: bad.mps:5: "))
    #expect(bad.stderr.contains("NOPE"))
    #expect(bad.stdout.isEmpty)
    let missing = try run(["gone.mps"], solver: FakeSolver(SolveResult(status: .optimal)), in: directory)
    #expect(missing.status == .missingInput)
    #expect(missing.stderr == "error: gone.mps: no such file\n")
  }

  @Test("Shows a progress line on stderr at a terminal once the solve passes a second, and clears it")
  func progress() throws {
    let directory = try workspace()
    defer { directory.remove() }
    let ticks = TickingClock()
    let fake = FakeSolver(SolveResult(status: .optimal, objective: 3, bound: 3)) { ticks.advance(seconds: 2) }
    let shown = try run(["tiny.mps"], solver: fake, in: directory, terminal: true, clock: ticks.clock)
    #expect(shown.stderr.hasPrefix("\rsolving  40 nodes  20.0 nodes/s  0:02  best 4.0  bound 3.0  gap 25.00%"))
    #expect(shown.stderr.hasSuffix("\r"))
    let quiet = try run(["tiny.mps", "--quiet"], solver: FakeSolver(SolveResult(status: .optimal)) { ticks.advance(seconds: 2) }, in: directory, terminal: true, clock: ticks.clock)
    #expect(quiet.stderr.isEmpty)
    let piped = try run(["tiny.mps"], solver: FakeSolver(SolveResult(status: .optimal)) { ticks.advance(seconds: 2) }, in: directory, clock: ticks.clock)
    #expect(piped.stderr.isEmpty)
  }

  @Test("Formats solution values, gaps and seconds")
  func formats() {
    #expect(SolveReport.solutionNumber(3) == "3")
    #expect(SolveReport.solutionNumber(-0.0) == "0")
    #expect(SolveReport.solutionNumber(0.1) == "0.1")
    #expect(SolveReport.solutionNumber(1e20) == "1e+20")
    #expect(SolveReport.percent(0.000001) == "<0.01%")
    #expect(SolveReport.percent(0.12345) == "12.35%")
    #expect(SolveReport.seconds(2.0005) == "2.001")
    #expect(SolveReport.seconds(0.007) == "0.007")
  }
}

/// A monotonic clock that a test moves forward by hand.
final class TickingClock: @unchecked Sendable {
  private let lock = NSLock()
  private var nanoseconds: UInt64 = 0

  func advance(seconds: Double) {
    lock.lock()
    nanoseconds += UInt64(seconds * 1e9)
    lock.unlock()
  }

  var clock: CommandClock {
    CommandClock(now: { Date(timeIntervalSince1970: 0) }) { [self] in
      lock.lock()
      defer { lock.unlock() }
      return nanoseconds
    }
  }
}
