/// A `dcbplan` subcommand: a struct that is parsed, validated, then run (STYLE C10).
///
/// To add one: write `Commands/<Name>Command.swift` with a struct conforming to `Command`, then add
/// `.command(<Name>Command.self)` to `CommandRegistry.root` (or to a group's entries there).
///
/// ```swift
/// struct EchoCommand: Command {
///   static let name = "echo"
///   static let abstract = "Print the words given."
///   static let arguments: [ArgumentSpec] = [.positional("WORD", help: "Words to print.", variadic: true)]
///   var words: [String]
///   init(parsing arguments: ParsedArguments) throws { words = arguments.positionalValues("WORD") }
///   func run(in context: CommandContext) throws -> ExitStatus {
///     context.stdout.line(words.joined(separator: " "))
///     return .success
///   }
/// }
/// ```
///
/// Errors: throw `UsageError` for a bad command line (exit 64), `CLIError` for a missing input (66),
/// an unwritable output (73) or invalid data (65). Any other error is printed and exits 65. Outcomes
/// that are not failures of the command itself (infeasible, limit reached) are returned as `ExitStatus`.
public protocol Command: Sendable {
  /// The word that selects the command (`validate`).
  static var name: String { get }
  /// One sentence for the command list and the help title.
  static var abstract: String { get }
  /// The synopsis after the command's path (`[--data DIR] [--scenario NAME|PATH]`); derived from
  /// `arguments` unless a command spells it out.
  static var usage: String { get }
  /// Paragraphs shown in the command's help after the usage line (empty by default).
  static var discussion: String { get }
  /// The descriptor table; `-h, --help` is added by the parser.
  static var arguments: [ArgumentSpec] { get }

  /// Reads the parsed arguments into the command's fields, converting and checking each value.
  ///
  /// - Throws: `UsageError` for a bad value.
  init(parsing arguments: ParsedArguments) throws

  /// Checks rules between fields (conflicting options and the like) before anything runs.
  ///
  /// - Throws: `UsageError` (exit 64).
  func validate() throws

  /// Does the work, writing results to `context.stdout` (or `--out`) and diagnostics to `context.stderr`.
  ///
  /// - Returns: the exit status.
  /// - Throws: `CLIError` or `UsageError`; see the type's discussion.
  func run(in context: CommandContext) throws -> ExitStatus
}

extension Command {
  /// The synopsis derived from `arguments`.
  public static var usage: String { HelpFormatter.synopsis(arguments) }
  /// No extra help text.
  public static var discussion: String { "" }
  /// No cross-field rules.
  public func validate() throws {}
}

/// A node of the command tree: a command, or a group of subcommands (`audit verify`).
public enum CommandEntry: Sendable {
  /// A runnable command.
  case command(any Command.Type)
  /// A named group whose first argument picks one of its entries.
  case group(CommandGroup)

  /// The word that selects the entry.
  public var name: String {
    switch self {
    case .command(let type): type.name
    case .group(let group): group.name
    }
  }

  /// The entry's one-line description.
  public var abstract: String {
    switch self {
    case .command(let type): type.abstract
    case .group(let group): group.abstract
    }
  }
}

/// A named set of subcommands (`dcbplan` itself, or `audit`).
public struct CommandGroup: Sendable {
  /// The word that selects the group (the program name for the root).
  public var name: String
  /// One sentence for the command list and the help title.
  public var abstract: String
  /// The subcommands, in the order help lists them.
  public var entries: [CommandEntry]

  /// Creates a group; entry names must be unique.
  public init(name: String, abstract: String, entries: [CommandEntry]) {
    let names = entries.map(\.name)
    precondition(Set(names).count == names.count, "duplicate command names in group '\(name)': \(names)")
    self.name = name
    self.abstract = abstract
    self.entries = entries
  }

  /// The entry called `name`, if any.
  public func entry(named name: String) -> CommandEntry? {
    entries.first { $0.name == name }
  }
}
