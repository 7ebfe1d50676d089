/// The layout of an MPS file.
///
/// - `free`: fields are separated by blanks or tabs; names cannot contain blanks.
/// - `fixed`: fields sit in the classic columns (1-based: type 2-3, name 5-12, name 15-22,
///   number 25-36, name 40-47, number 50-61), so names may contain blanks; a number may run past
///   its field's end up to the next blank.
/// - `auto`: read as free; when that fails, read as fixed; when both fail, report the error of the
///   reading that got further into the file (the free one on a tie).
public enum MPSFormat: String, Sendable, Hashable, CaseIterable {
  case auto
  case free
  case fixed
}

/// A malformed MPS file: the 1-based line, the offending token and a lowercase message.
///
/// `token` is the text that could not be used (empty when something is missing at the end of a
/// line or of the file).
public struct MPSReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The 1-based line number of the offending line (one past the last line for a missing `ENDATA`).
  public var line: Int
  /// The offending token, as written in the file.
  public var token: String
  /// What is wrong, lowercase.
  public var message: String

  /// Creates an error.
  public init(line: Int, token: String, message: String) {
    self.line = line
    self.token = token
    self.message = message
  }

  /// `line N: message ('token')`.
  public var description: String {
    token.isEmpty ? "line \(line): \(message)" : "line \(line): \(message) ('\(token)')"
  }
}

/// A model that cannot be written in the requested MPS format, naming the offending name.
public struct MPSWriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The variable, row or model name that cannot be written.
  public var name: String
  /// What is wrong, lowercase.
  public var message: String

  /// Creates an error.
  public init(name: String, message: String) {
    self.name = name
    self.message = message
  }

  /// `message ('name')`.
  public var description: String { "\(message) ('\(name)')" }
}

/// Values at or beyond this magnitude in RHS, RANGES and BOUNDS mean infinity (as HiGHS's
/// `infinite_bound` and CPLEX's 1e20); the writer writes infinite row sides as `1e+30`.
public let mpsInfinity: Double = 1e20
