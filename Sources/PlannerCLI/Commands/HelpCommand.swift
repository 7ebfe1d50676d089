import PortfolioDomain

/// `dcbplan help [COMMAND...]`: the help of the tool, a group or a command.
///
/// `dcbplan help audit verify` prints the same text as `dcbplan audit verify --help`. An unknown
/// name is a usage error that suggests the nearest command.
struct HelpCommand: Command {
  static let name = "help"
  static let abstract = "Show help for a command."
  static let arguments: [ArgumentSpec] = [
    .positional("COMMAND", help: "The command (or group and command) to explain.", optional: true, variadic: true)
  ]

  /// The command path after `help`.
  var topic: [String]
  /// The tree to look names up in; the registry's root unless a test supplies another.
  var root: CommandGroup = CommandRegistry.root

  init(parsing arguments: ParsedArguments) throws {
    topic = arguments.positionalValues("COMMAND")
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    let dispatcher = Dispatcher(context: context, root: root)
    var group = root
    var path = [CommandLineTool.programName]
    for (index, word) in topic.enumerated() {
      if path.count == 1, word == Self.name {
        context.stdout.write(HelpFormatter.help(for: HelpCommand.self, path: path + [word]))
        return .success
      }
      switch group.entry(named: word) {
      case .command(let type):
        guard index == topic.count - 1 else { throw UsageError.unexpectedArgument(topic[index + 1]) }
        context.stdout.write(HelpFormatter.help(for: type, path: path + [word]))
        return .success
      case .group(let subgroup):
        group = subgroup
        path.append(word)
      case nil:
        let names = group.entries.map(\.name) + (path.count == 1 ? [Self.name] : [])
        throw UsageError.unknownCommand(word, suggestion: NameSuggester.nearest(to: word, in: names))
      }
    }
    context.stdout.write(dispatcher.groupHelp(group, path: path))
    return .success
  }
}
