/// Runs `dcbplan` with `arguments` (argv, program name first) and returns the process exit code.
///
/// `main.swift` is one call: `exit(PlannerCLI.run(arguments: CommandLine.arguments, context: .live))`.
/// Tests call `CommandLineTool.run(arguments:context:root:)` with a capturing context.
public func run(arguments: [String], context: CommandContext) -> Int32 {
  CommandLineTool.run(arguments: arguments, context: context)
}

/// The `dcbplan` entry point: walks the command tree, parses, validates and runs one command.
public enum CommandLineTool {
  /// The tool's version, printed by `dcbplan --version`.
  public static let version = "0.1.0"

  /// The program name used in help and messages.
  public static let programName = "dcbplan"

  /// Runs the command line `arguments` (including the program name at index 0) and returns the exit code.
  ///
  /// Help and the version go to stdout with exit 0. A usage error prints `error: ...`, the usage line
  /// and a pointer to `--help` on stderr, and exits 64. Errors thrown by a command are printed as
  /// `error: ...` and exit with their status (`CLIError.exitStatus`; 65 for any other error).
  public static func run(arguments: [String], context: CommandContext) -> Int32 {
    run(arguments: arguments, context: context, root: CommandRegistry.root).code
  }

  /// Runs `arguments` against the command tree `root`; the testable core of `run(arguments:context:)`.
  public static func run(arguments: [String], context: CommandContext, root: CommandGroup) -> ExitStatus {
    Dispatcher(context: context, root: root).dispatch(Array(arguments.dropFirst()))
  }
}

/// Walks groups to a command and runs it, turning every error into a message and an exit status.
struct Dispatcher {
  let context: CommandContext
  let root: CommandGroup

  /// The options of the root group beyond `--help`.
  static let rootOptions: [ArgumentSpec] = [.flag("version", help: "Print the version and exit.")]

  func dispatch(_ arguments: [String]) -> ExitStatus {
    dispatch(group: root, path: [CommandLineTool.programName], arguments: arguments)
  }

  private func dispatch(group: CommandGroup, path: [String], arguments: [String]) -> ExitStatus {
    let isRoot = path.count == 1
    let options = isRoot ? Self.rootOptions : []
    let names = group.entries.map(\.name) + (isRoot ? [HelpCommand.name] : [])
    let parser = ArgumentParser(options + [.subcommand(names)])
    let parsed: ParsedArguments
    do {
      parsed = try parser.parse(arguments)
    } catch {
      return usageFailure(misplacedOption(error, in: group, path: path) ?? error, path: path, usage: "<command> [options]")
    }
    if parsed.helpRequested {
      context.stdout.write(groupHelp(group, path: path))
      return .success
    }
    if parsed.flag("version") {
      context.stdout.line("\(CommandLineTool.programName) \(CommandLineTool.version)")
      return .success
    }
    guard let name = parsed.subcommand else {
      context.diagnostics.error(UsageError.missingCommand(group: path.joined(separator: " ")).description)
      context.stderr.write("\n" + groupHelp(group, path: path))
      return .usageError
    }
    if isRoot, name == HelpCommand.name {
      return runCommand(HelpCommand.self, path: path + [name], arguments: parsed.remainder) { $0.root = root }
    }
    switch group.entry(named: name) {
    case .command(let type):
      return runAny(type, path: path + [name], arguments: parsed.remainder)
    case .group(let subgroup):
      return dispatch(group: subgroup, path: path + [name], arguments: parsed.remainder)
    case nil:
      // The parser suggests the nearest name for an unknown subcommand before we get here; this is a
      // safety net so an unknown name never exits silently.
      context.diagnostics.error("unknown command '\(name)'")
      return .usageError
    }
  }

  private func runAny(_ type: any Command.Type, path: [String], arguments: [String]) -> ExitStatus {
    func open<C: Command>(_ concrete: C.Type) -> ExitStatus {
      runCommand(concrete, path: path, arguments: arguments)
    }
    return open(type)
  }

  private func runCommand<C: Command>(
    _ type: C.Type, path: [String], arguments: [String], adjust: (inout C) -> Void = { _ in }
  ) -> ExitStatus {
    let parsed: ParsedArguments
    do {
      parsed = try ArgumentParser(type.arguments).parse(arguments)
    } catch {
      return usageFailure(error, path: path, usage: type.usage)
    }
    if parsed.helpRequested {
      context.stdout.write(HelpFormatter.help(for: type, path: path))
      return .success
    }
    do {
      var command = try type.init(parsing: parsed)
      adjust(&command)
      try command.validate()
      return try command.run(in: context)
    } catch let error as UsageError {
      return usageFailure(error, path: path, usage: type.usage)
    } catch let error as CLIError {
      if case .usage(let usage) = error { return usageFailure(usage, path: path, usage: type.usage) }
      context.diagnostics.error(error.description)
      return error.exitStatus
    } catch {
      context.diagnostics.error("\(error)")
      return .invalidData
    }
  }

  /// An option given before the command that one of the group's commands takes (`dcbplan --data x validate`)
  /// gets a message saying where it belongs instead of "unknown option".
  private func misplacedOption(_ error: UsageError, in group: CommandGroup, path: [String]) -> UsageError? {
    guard case .unknownOption(let option, _) = error, option.hasPrefix("--") else { return nil }
    let name = String(option.dropFirst(2).prefix { $0 != "=" })
    let owners = group.entries.compactMap { entry -> String? in
      guard case .command(let type) = entry, type.arguments.contains(where: { $0.isNamed && $0.name == name }) else {
        return nil
      }
      return type.name
    }
    guard let first = owners.first else { return nil }
    let example = "\(path.joined(separator: " ")) \(first) --\(name) ..."
    return .conflict("option '--\(name)' goes after the command, as in '\(example)'")
  }

  private func usageFailure(_ error: UsageError, path: [String], usage: String) -> ExitStatus {
    context.diagnostics.error(error.description)
    context.stderr.write(HelpFormatter.usageReminder(path: path, usage: usage))
    return .usageError
  }

  func groupHelp(_ group: CommandGroup, path: [String]) -> String {
    let isRoot = path.count == 1
    let footer =
      isRoot
      ? "Run '\(CommandLineTool.programName) help <command>' or '\(CommandLineTool.programName) <command> --help' for a command's options."
      : "Run '\(path.joined(separator: " ")) <command> --help' for a command's options."
    var shown = group
    if isRoot { shown.entries.append(.command(HelpCommand.self)) }
    return HelpFormatter.help(for: shown, path: path, options: isRoot ? Self.rootOptions : [], footer: footer)
  }
}
