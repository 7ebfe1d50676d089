/// The command line of `dcbplan-bench`.
///
/// ```
/// dcbplan-bench solve DIR [--gap G] [--absolute-gap A] [--time-limit S] [--node-limit N] [--repeats K] [--cutoff V]
/// dcbplan-bench mps-read DIR [--repeats K] [--format auto|free|fixed]
/// dcbplan-bench mps-write DIR OUT [--format free|fixed]
/// dcbplan-bench presolve DIR [--out OUT] [--check SOLUTIONS]
/// dcbplan-bench sha256 [FILE]          (dispatched before this parser; see HashingBenchmark)
/// dcbplan-bench export-variants OUT [--seeds 1..N] [--samples A..B] [--data DIR]   (dispatched before; see ExportVariants)
/// ```
struct BenchArguments {
  enum Command: String { case solve, mpsRead = "mps-read", mpsWrite = "mps-write", presolve }

  var command: Command
  var directory: String
  var output: String?
  var gap: Double?
  var absoluteGap: Double?
  var timeLimit: Double?
  var nodeLimit: Int?
  var cutoff: Double?
  var repeats = 1
  var format = "auto"
  var solutions: String?

  static let usage = """
    usage: dcbplan-bench solve DIR [--gap G] [--absolute-gap A] [--time-limit S] [--node-limit N] [--repeats K] [--cutoff V]
           dcbplan-bench mps-read DIR [--repeats K] [--format auto|free|fixed]
           dcbplan-bench mps-write DIR OUT [--format free|fixed]
           dcbplan-bench presolve DIR [--out OUT] [--check SOLUTIONS]
           dcbplan-bench sha256 [FILE]
           dcbplan-bench export-variants OUT_DIR [--seeds 1..N|A,B,...] [--samples A..B|A,B,...] [--data DIR]
    solve: one JSON line per .mps file in DIR (sorted by name): name, status, objective, bound, gap,
           nodes, iterations, seconds (whole time including the MPS read; median over K runs).
           --cutoff V searches only for points strictly better than V (the model's sense): given a
           known optimum just worse than it, the run measures the cost of the proof alone.
           --absolute-gap A sets the absolute gap (default 1e-6), with --gap the relative one.
    mps-read: one JSON line per file with sizes and the median read and parse seconds.
    mps-write: reads every .mps in DIR and writes it back to OUT with the project's writer.
    presolve: one JSON line per file with the sizes before and after presolve; --out writes the
           reduced models as MPS (to check them with another solver); --check reads SOLUTIONS/NAME.sol
           (`name value` lines of a solution of the reduced model), postsolves it and reports the
           original model's largest violation and objective.
    sha256: SHA-256 throughput of our core against `sha256sum` on the same file.
    export-variants: writes the planner's models as MPS (bundled data, each named scenario, and
           seeded draws of scores and costs with the robust analysis's sampler; --samples adds
           robust's own samples by index), byte for byte the same on every run, for `solve` beside HiGHS.
    """

  struct UsageError: Error, CustomStringConvertible {
    var description: String
  }

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    guard let first = rest.popFirst(), let command = Command(rawValue: first) else {
      throw UsageError(description: "missing or unknown command")
    }
    self.command = command
    guard let directory = rest.popFirst(), !directory.hasPrefix("--") else {
      throw UsageError(description: "missing directory")
    }
    self.directory = directory
    if command == .mpsWrite {
      guard let output = rest.popFirst(), !output.hasPrefix("--") else {
        throw UsageError(description: "missing output directory")
      }
      self.output = output
    }
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else { throw UsageError(description: "missing value after \(flag)") }
      switch flag {
      case "--gap": gap = try Self.number(value, flag)
      case "--absolute-gap": absoluteGap = try Self.number(value, flag)
      case "--time-limit": timeLimit = try Self.number(value, flag)
      case "--cutoff": cutoff = try Self.number(value, flag)
      case "--node-limit":
        guard let parsed = Int(value), parsed >= 0 else { throw UsageError(description: "invalid \(flag) '\(value)'") }
        nodeLimit = parsed
      case "--repeats":
        guard let parsed = Int(value), parsed >= 1 else { throw UsageError(description: "invalid \(flag) '\(value)'") }
        repeats = parsed
      case "--out": output = value
      case "--check": solutions = value
      case "--format":
        guard ["auto", "free", "fixed"].contains(value) else { throw UsageError(description: "invalid \(flag) '\(value)'") }
        format = value
      default: throw UsageError(description: "unknown option '\(flag)'")
      }
    }
  }

  private static func number(_ text: String, _ flag: String) throws -> Double {
    guard let value = Double(text), value.isFinite, value >= 0 else {
      throw UsageError(description: "invalid \(flag) '\(text)'")
    }
    return value
  }
}
