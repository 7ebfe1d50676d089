/// Renders help text and synopses from descriptor tables, so help never drifts from what is parsed.
///
/// Layout (plain text, no colour, `\n` endings, a final newline; usage lines and help columns wrap at
/// `lineWidth` characters, continuation lines indented under their first word):
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
  /// The width help text wraps at.
  public static let lineWidth = 100

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
    let name = path.joined(separator: " ")
    var text = title(name: name, abstract: command.abstract) + "\n" + usageLine(name: name, usage: command.usage)
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
    var text = title(name: name, abstract: group.abstract) + "\nusage: \(name) <command> [options]\n"
    text += "\ncommands:\n" + columns(group.entries.map { ($0.name, $0.abstract) })
    text += "\noptions:\n" + columns(ArgumentParser(options).specs.map { ($0.helpLabel, $0.help) })
    if !footer.isEmpty { text += "\n\(footer)\n" }
    return text
  }

  /// The short reminder printed under a usage error.
  public static func usageReminder(path: [String], usage: String) -> String {
    let name = path.joined(separator: " ")
    return usageLine(name: name, usage: usage) + "see '\(name) --help' for more.\n"
  }

  /// `NAME - ABSTRACT`, wrapped with continuation lines under the abstract.
  static func title(name: String, abstract: String) -> String {
    let prefix = "\(name) -"
    let indent = prefix.count + 1 <= 40 ? prefix.count + 1 : 8
    return wrap(abstract.split(separator: " ").map(String.init), first: prefix, indent: indent)
  }

  /// `usage: NAME SYNOPSIS`, wrapped between arguments (never inside brackets) at `lineWidth`;
  /// continuation lines line up under the synopsis, or start 8 columns in when the name is long.
  static func usageLine(name: String, usage: String) -> String {
    let prefix = "usage: \(name)"
    let indent = prefix.count + 1 <= 40 ? prefix.count + 1 : 8
    return wrap(splitOutsideBrackets(usage), first: prefix, indent: indent)
  }

  /// Words separated by spaces that are not inside `[...]`.
  static func splitOutsideBrackets(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      if character == "[" { depth += 1 }
      if character == "]" { depth = max(0, depth - 1) }
      if character == " ", depth == 0 {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// `first` followed by `words`, wrapped at `lineWidth` with continuation lines indented by `indent`.
  static func wrap(_ words: [String], first: String, indent: Int) -> String {
    var text = ""
    var line = first
    let margin = String(repeating: " ", count: indent)
    for word in words {
      if line.count + 1 + word.count > lineWidth, line.count > indent, !line.allSatisfy({ $0 == " " }) {
        text += line + "\n"
        line = margin + word
      } else {
        line += (line.isEmpty || line.hasSuffix(" ") ? "" : " ") + word
      }
    }
    return text + line + "\n"
  }

  /// Two aligned columns, indented by two spaces; the left one is at most 24 characters wide before
  /// its entries move the help onto the next line.
  static func columns(_ rows: [(String, String)]) -> String {
    let limit = 24
    let width = min(limit, rows.map(\.0.count).max() ?? 0)
    var text = ""
    let indent = width + 4
    let words = { (help: String) in help.split(separator: " ").map(String.init) }
    for (label, help) in rows {
      if label.count > limit {
        text += "  \(label)\n" + wrap(words(help), first: String(repeating: " ", count: indent), indent: indent)
      } else {
        let padding = String(repeating: " ", count: width - label.count + 2)
        let first = "  \(label)\(padding)"
        text += help.isEmpty ? "  \(label)\n" : wrap(words(help), first: first, indent: indent)
      }
    }
    return text
  }
}
