/// One row of a command's descriptor table: an option, a flag, a positional argument or a subcommand slot.
///
/// A command declares its arguments as a table of specs; `ArgumentParser` reads argv against that table
/// and the help printer renders it. Options are named without their leading dashes (`"format"` is
/// written `--format` on the command line).
///
/// ```swift
/// static let arguments: [ArgumentSpec] = [
///   .option("format", value: "FORMAT", help: "output format", choices: ["table", "csv", "json"]),
///   .flag("quiet", short: "q", help: "no progress output"),
///   .positional("FILE", help: "the model to solve"),
/// ]
/// ```
public struct ArgumentSpec: Sendable, Equatable {
  /// What kind of argument a spec describes.
  public enum Kind: Sendable, Equatable {
    /// `--name VALUE` or `--name=VALUE`; `repeatable` options collect every value in order.
    case option(valueName: String, repeatable: Bool)
    /// `--name` alone; present or not.
    case flag
    /// A bare word, matched by position. `optional` ones may be left out; a `variadic` one takes the rest.
    case positional(optional: Bool, variadic: Bool)
    /// The first bare word names a subcommand; it and everything after it are left for that subcommand.
    case subcommand(names: [String])
  }

  /// The long name without dashes for options and flags; the display name (`FILE`) for positionals.
  public var name: String
  /// An optional one-letter alias (`-q` for `--quiet`).
  public var short: Character?
  /// What kind of argument this is.
  public var kind: Kind
  /// One line for the help text.
  public var help: String
  /// The values an option or positional accepts (empty: any value). Others are usage errors with a suggestion.
  public var choices: [String]

  /// Creates a spec; prefer the static constructors.
  public init(name: String, short: Character? = nil, kind: Kind, help: String, choices: [String] = []) {
    self.name = name
    self.short = short
    self.kind = kind
    self.help = help
    self.choices = choices
  }

  /// An option that takes one value (`--name VALUE` or `--name=VALUE`); given at most once.
  public static func option(
    _ name: String, short: Character? = nil, value: String, help: String, choices: [String] = []
  ) -> ArgumentSpec {
    ArgumentSpec(name: name, short: short, kind: .option(valueName: value, repeatable: false), help: help, choices: choices)
  }

  /// An option that may be given several times; its values are kept in command-line order.
  public static func repeatable(
    _ name: String, short: Character? = nil, value: String, help: String, choices: [String] = []
  ) -> ArgumentSpec {
    ArgumentSpec(name: name, short: short, kind: .option(valueName: value, repeatable: true), help: help, choices: choices)
  }

  /// A flag without a value (`--quiet`).
  public static func flag(_ name: String, short: Character? = nil, help: String) -> ArgumentSpec {
    ArgumentSpec(name: name, short: short, kind: .flag, help: help)
  }

  /// A positional argument named `name` in help (`FILE`).
  public static func positional(
    _ name: String, help: String, optional: Bool = false, variadic: Bool = false, choices: [String] = []
  ) -> ArgumentSpec {
    ArgumentSpec(name: name, kind: .positional(optional: optional, variadic: variadic), help: help, choices: choices)
  }

  /// The slot where a command group expects one of `names`.
  public static func subcommand(_ names: [String], help: String = "") -> ArgumentSpec {
    ArgumentSpec(name: "COMMAND", kind: .subcommand(names: names), help: help, choices: names)
  }

  /// `-h, --help`, accepted by every command and group.
  public static let help = ArgumentSpec.flag("help", short: "h", help: "Show this help.")

  /// `--quiet`: no progress output on stderr.
  public static let quiet = ArgumentSpec.flag("quiet", short: "q", help: "Show no progress output on stderr.")

  /// True for options and flags, which are written with dashes.
  public var isNamed: Bool {
    switch kind {
    case .option, .flag: true
    case .positional, .subcommand: false
    }
  }

  /// How the spec is written on the command line: `--data DIR`, `--format table|csv|json`, `--quiet`, `FILE`
  /// (a spec with choices shows them instead of its value name).
  public var synopsis: String {
    switch kind {
    case .option(let valueName, _): "--\(name) \(choices.isEmpty ? valueName : choices.joined(separator: "|"))"
    case .flag: "--\(name)"
    case .positional(_, let variadic):
      (choices.isEmpty ? name : choices.joined(separator: "|")) + (variadic ? "..." : "")
    case .subcommand: "<command>"
    }
  }

  /// The name shown in help's left column: `-q, --quiet`, `--format FORMAT`.
  public var helpLabel: String {
    guard let short else { return synopsis }
    return "-\(short), \(synopsis)"
  }
}
