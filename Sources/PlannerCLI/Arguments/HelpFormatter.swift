/// Renders help text and synopses from descriptor tables, so help never drifts from what is parsed.
///
/// Layout (plain text, no colour, `\n` endings, a final newline):
/// ```
/// dcbplan validate - <abstract>
///
/// usage: dcbplan validate [--data DIR] [--scenario NAME|PATH]
///
/// <discussion>
///
/// arguments:
///   TABLE            ...
///
/// options:
///   --data DIR       ...
///   -h, --help       Show this help.
/// ```
public enum HelpFormatter {
  /// The synopsis of a table: required positionals by name, optional ones and options in brackets,
  /// repeatable options with `...`; `--help` is left out.
  public static func synopsis(_ specs: [ArgumentSpec]) -> String {
    var parts: [String] = []
    for spec in specs where !(spec.isNamed && spec.name == "help") {
      switch spec.kind {
      case .positional(let optional, _):
        parts.append(optional ? "[\(spec.synopsis)]" : spec.synopsis)
      case .subcommand:
        parts.append(spec.synopsis)
      case .option(_, let repeatable):
        parts.append("[\(spec.synopsis)]" + (repeatable ? "..." : ""))
      case .flag:
        parts.append("[\(spec.synopsis)]")
      }
    }
    return parts.joined(separator: " ")
  }

  /// The full help of a command reached by `path` (`["dcbplan", "audit", "verify"]`).
  public static func help(for command: any Command.Type, path: [String]) -> String {
    let specs = ArgumentParser(command.arguments).specs
    let usage = ([path.joined(separator: " ")] + (command.usage.isEmpty ? [] : [command.usage])).joined(separator: " ")
    var text = "\(path.joined(separator: " ")) - \(command.abstract)\n\nusage: \(usage)\n"
    if !command.discussion.isEmpty { text += "\n\(command.discussion)\n" }
    let positionals = specs.filter { !$0.isNamed }.map { ($0.helpLabel, $0.help) }
    if !positionals.isEmpty { text += "\narguments:\n" + columns(positionals) }
    let options = specs.filter(\.isNamed).map { ($0.helpLabel, $0.help) }
    text += "\noptions:\n" + columns(options)
    return text
  }

  /// The help of a group: its commands with their abstracts, then its own options.
  public static func help(for group: CommandGroup, path: [String], options: [ArgumentSpec], footer: String) -> String {
    let name = path.joined(separator: " ")
    var text = "\(name) - \(group.abstract)\n\nusage: \(name) <command> [options]\n"
    text += "\ncommands:\n" + columns(group.entries.map { ($0.name, $0.abstract) })
    text += "\noptions:\n" + columns(ArgumentParser(options).specs.map { ($0.helpLabel, $0.help) })
    if !footer.isEmpty { text += "\n\(footer)\n" }
    return text
  }

  /// The short reminder printed under a usage error.
  public static func usageReminder(path: [String], usage: String) -> String {
    let name = path.joined(separator: " ")
    return "usage: \(name)\(usage.isEmpty ? "" : " " + usage)\nsee '\(name) --help' for more.\n"
  }

  /// Two aligned columns, indented by two spaces; the left one is at most 24 characters wide before
  /// its entries move the help onto the next line.
  static func columns(_ rows: [(String, String)]) -> String {
    let limit = 24
    let width = min(limit, rows.map(\.0.count).max() ?? 0)
    var text = ""
    for (label, help) in rows {
      if label.count > limit {
        text += "  \(label)\n  \(String(repeating: " ", count: width + 2))\(help)\n"
      } else {
        let padding = String(repeating: " ", count: width - label.count + 2)
        text += "  \(label)\(padding)\(help)\n"
      }
    }
    return text
  }
}
