/// A command line that does not fit the command's descriptor table; exits 64.
///
/// Messages are lowercase, quote what the user typed and, where a near name exists, suggest it.
public enum UsageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An option or flag the command does not know (`--fromat`), with the nearest known one if any.
  case unknownOption(String, suggestion: String?)
  /// A command name that does not exist (`dcbplan valdate`), with the nearest known one if any.
  case unknownCommand(String, suggestion: String?)
  /// A group (`dcbplan audit`) was given without one of its subcommands.
  case missingCommand(group: String)
  /// An option given as the last word, or followed by another option, without its value.
  case missingValue(option: String)
  /// A flag given a value with `--flag=value`.
  case unexpectedValue(flag: String, value: String)
  /// A non-repeatable option given twice.
  case duplicateOption(String)
  /// A required positional argument is missing.
  case missingArgument(String)
  /// A word that no positional slot takes.
  case unexpectedArgument(String)
  /// A value outside the option's choices or not of its type; `reason` explains, `suggestion` offers the nearest choice.
  case invalidValue(option: String, value: String, reason: String, suggestion: String? = nil)
  /// Options that cannot be combined, or another rule between arguments (checked in `validate()`).
  case conflict(String)

  /// The one-line message printed after `error: `.
  public var description: String {
    switch self {
    case .unknownOption(let option, let suggestion):
      "unknown option '\(option)'" + Self.didYouMean(suggestion)
    case .unknownCommand(let command, let suggestion):
      "unknown command '\(command)'" + Self.didYouMean(suggestion)
    case .missingCommand(let group):
      "'\(group)' needs a command"
    case .missingValue(let option):
      "option '\(option)' needs a value"
    case .unexpectedValue(let flag, let value):
      "flag '\(flag)' takes no value (got '\(value)')"
    case .duplicateOption(let option):
      "option '\(option)' given more than once"
    case .missingArgument(let name):
      "missing argument \(name)"
    case .unexpectedArgument(let word):
      "unexpected argument '\(word)'"
    case .invalidValue(let option, let value, let reason, let suggestion):
      "invalid value '\(value)' for \(option): \(reason)" + Self.didYouMean(suggestion)
    case .conflict(let message):
      message
    }
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    guard let suggestion else { return "" }
    return "; did you mean '\(suggestion)'?"
  }
}
