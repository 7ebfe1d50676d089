import BundledData
import Foundation

/// Everything a command may use from the outside world: its output streams, working directory,
/// environment, clock, and where the bundled data lives.
///
/// The binary uses `.live`; tests build a context with `capturing(...)` and run commands in process.
/// Commands never read `FileManager.default.currentDirectoryPath`, `ProcessInfo` or `Date()` directly.
public struct CommandContext: Sendable {
  /// Where results go (or to `--out FILE`).
  public var stdout: TextOutput
  /// Where diagnostics and progress go.
  public var stderr: TextOutput
  /// The directory relative paths are resolved against.
  public var workingDirectory: URL
  /// The process environment (for `NO_COLOR`, `DCBPLAN_LEDGER` and the like).
  public var environment: [String: String]
  /// Wall and monotonic time.
  public var clock: CommandClock
  /// The bundled `Datasets/` folder (holds `bih/`), the fallback when the working directory has none.
  public var bundledDatasets: URL?
  /// The bundled `Config/` folder, the fallback when the working directory has none.
  public var bundledConfig: URL?

  /// Creates a context from its parts.
  public init(
    stdout: TextOutput, stderr: TextOutput, workingDirectory: URL, environment: [String: String],
    clock: CommandClock, bundledDatasets: URL? = BundledData.datasetsURL, bundledConfig: URL? = BundledData.configURL
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.workingDirectory = workingDirectory
    self.environment = environment
    self.clock = clock
    self.bundledDatasets = bundledDatasets
    self.bundledConfig = bundledConfig
  }

  /// The real process: file descriptors 1 and 2, the current directory, the environment and the system clock.
  public static var live: CommandContext {
    CommandContext(
      stdout: .fileDescriptor(1), stderr: .fileDescriptor(2),
      workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
      environment: ProcessInfo.processInfo.environment, clock: .system)
  }

  /// A context whose stdout and stderr are captured, for in-process tests.
  ///
  /// - Parameters:
  ///   - workingDirectory: the directory relative paths resolve against (a test's temp directory).
  ///   - environment: the environment the command sees (empty by default, so the host's does not leak in).
  ///   - clock: a fixed clock by default (2026-01-01T00:00:00Z).
  ///   - terminal: pretend both streams are terminals (to test colour and progress output).
  /// - Returns: the context and the two captures.
  public static func capturing(
    workingDirectory: URL, environment: [String: String] = [:],
    clock: CommandClock = .fixed(Date(timeIntervalSince1970: 1_767_225_600)), terminal: Bool = false
  ) -> (context: CommandContext, stdout: OutputCapture, stderr: OutputCapture) {
    let out = OutputCapture()
    let err = OutputCapture()
    let context = CommandContext(
      stdout: out.output(isTerminal: terminal), stderr: err.output(isTerminal: terminal),
      workingDirectory: workingDirectory, environment: environment, clock: clock)
    return (context, out, err)
  }

  /// `path` resolved against the working directory (absolute paths are kept; `~` is not expanded).
  public func resolve(_ path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
    return workingDirectory.appendingPathComponent(path).standardizedFileURL
  }

  /// Whether diagnostics on stderr may use colour: a terminal, and `NO_COLOR` not set (no-color.org).
  public var stderrUsesColour: Bool {
    stderr.isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  }

  /// A printer for `error:` / `warning:` diagnostics on stderr.
  public var diagnostics: DiagnosticPrinter { DiagnosticPrinter(output: stderr, colour: stderrUsesColour) }
}
