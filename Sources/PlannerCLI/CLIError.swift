/// A failure a command reports with a message and a specific exit status.
///
/// Commands throw it (or `UsageError`) from `init(parsing:)`, `validate()` or `run(in:)`; the dispatcher
/// prints `error: <description>` on stderr and exits with `exitStatus`.
public enum CLIError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A usage error (exit 64).
  case usage(UsageError)
  /// An input file or folder that does not exist or cannot be read (exit 66).
  case missingInput(path: String, reason: String)
  /// An output file that cannot be written (exit 73); the existing file is untouched.
  case cannotWrite(path: String, reason: String)
  /// Input that cannot be used (exit 65), with its location in the message.
  case invalidData(String)

  /// The exit status for this failure.
  public var exitStatus: ExitStatus {
    switch self {
    case .usage: .usageError
    case .missingInput: .missingInput
    case .cannotWrite: .cannotWriteOutput
    case .invalidData: .invalidData
    }
  }

  /// The lowercase message printed after `error: `.
  public var description: String {
    switch self {
    case .usage(let error): error.description
    case .missingInput(let path, let reason): "\(path): \(reason)"
    case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
    case .invalidData(let message): message
    }
  }
}
