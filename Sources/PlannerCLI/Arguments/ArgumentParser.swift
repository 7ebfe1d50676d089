import PortfolioDomain

/// Reads a command's arguments against its descriptor table.
///
/// Accepted forms: `--name VALUE`, `--name=VALUE`, `-x VALUE` (short alias), `--flag`, `-x` (short flag),
/// bare words for positionals, and `--` after which every word is positional. `-h` / `--help` anywhere
/// before `--` asks for help and wins over every other problem on the line. A lone `-` is a positional
/// (conventionally stdin or stdout). When the table has a `.subcommand` slot, the first bare word must
/// name one of its subcommands; parsing stops there and the rest is left in `remainder` for it. A
/// missing subcommand is not an error here (`dcbplan --version` has none); the caller decides.
///
/// An option's value is the next word unless that word starts with `--` (then the value is missing);
/// so `--gap -1` passes `-1` on for validation, which is what a user who typed it meant.
public struct ArgumentParser: Sendable {
  /// The descriptor table; `ArgumentSpec.help` is added if absent.
  public let specs: [ArgumentSpec]

  /// Creates a parser for `specs`.
  ///
  /// Two named specs with the same long or short name are a programmer error and trap.
  public init(_ specs: [ArgumentSpec]) {
    var all = specs
    if !all.contains(where: { $0.name == "help" && $0.isNamed }) { all.append(.help) }
    for (index, spec) in all.enumerated() where spec.isNamed {
      let clash = all[(index + 1)...].first {
        $0.isNamed && ($0.name == spec.name || ($0.short != nil && $0.short == spec.short))
      }
      precondition(clash == nil, "duplicate argument spec '\(spec.name)' in the descriptor table")
    }
    self.specs = all
  }

  /// Parses `arguments` (without the program and command names).
  ///
  /// - Returns: the values, flags, positionals and, for a group, the subcommand and its arguments.
  /// - Throws: `UsageError` for the first problem found, left to right, unless help was asked for.
  public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var result = ParsedArguments()
    if asksForHelp(arguments) {
      result.helpRequested = true
      return result
    }
    let positionalSpecs = specs.filter { !$0.isNamed }
    var positionalIndex = 0
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if !optionsEnded, word == "--" {
        optionsEnded = true
        continue
      }
      if !optionsEnded, word.hasPrefix("-"), word != "-" {
        try readNamed(word, arguments, &index, into: &result)
        continue
      }
      // A bare word: the next positional slot, or a subcommand.
      guard positionalIndex < positionalSpecs.count else { throw .unexpectedArgument(word) }
      let spec = positionalSpecs[positionalIndex]
      switch spec.kind {
      case .subcommand(let names):
        guard names.contains(word) else {
          throw .unknownCommand(word, suggestion: NameSuggester.nearest(to: word, in: names))
        }
        result.subcommand = word
        result.remainder = Array(arguments[index...])
        return result
      case .positional(_, let variadic):
        try checkChoice(word, spec: spec, label: spec.name)
        result.positionals[spec.name, default: []].append(word)
        if !variadic { positionalIndex += 1 }
      case .option, .flag:
        preconditionFailure("named spec '\(spec.name)' among positionals")
      }
    }
    for spec in positionalSpecs[positionalIndex...] {
      switch spec.kind {
      case .positional(let optional, let variadic):
        let given = !(result.positionals[spec.name] ?? []).isEmpty
        guard optional || given else {
          let name = variadic ? "\(spec.name)..." : spec.name
          let choices = spec.choices.isEmpty ? "" : " (one of \(spec.choices.joined(separator: ", ")))"
          throw .missingArgument(name + choices)
        }
      case .subcommand, .option, .flag:
        break
      }
    }
    return result
  }

  /// Whether `-h`/`--help` comes before `--` and, for a group, before the subcommand's name.
  private func asksForHelp(_ arguments: [String]) -> Bool {
    let hasSubcommand = specs.contains { if case .subcommand = $0.kind { true } else { false } }
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if word == "--" { return false }
      if word == "--help" || word == "-h" { return true }
      if word.hasPrefix("-"), !word.contains("="), takesValue(word) {
        index += 1
      } else if hasSubcommand, !word.hasPrefix("-") {
        return false
      }
    }
    return false
  }

  private func takesValue(_ word: String) -> Bool {
    let spec =
      word.hasPrefix("--")
      ? specs.first { $0.isNamed && "--\($0.name)" == word }
      : specs.first { $0.isNamed && $0.short.map { "-\($0)" } == word }
    if case .option = spec?.kind { return true }
    return false
  }

  private func readNamed(
    _ word: String, _ arguments: [String], _ index: inout Int, into result: inout ParsedArguments
  ) throws(UsageError) {
    let isLong = word.hasPrefix("--")
    let body = word.dropFirst(isLong ? 2 : 1)
    let key: Substring
    var inlineValue: String?
    if let equals = body.firstIndex(of: "=") {
      key = body[..<equals]
      inlineValue = String(body[body.index(after: equals)...])
    } else {
      key = body
    }
    let found: ArgumentSpec? =
      if isLong {
        specs.first { $0.isNamed && $0.name == key }
      } else if key.count == 1, let letter = key.first {
        specs.first { $0.isNamed && $0.short == letter }
      } else {
        nil
      }
    guard let spec = found else {
      let names = specs.filter(\.isNamed).map(\.name)
      let suggestion = isLong ? NameSuggester.nearest(to: String(key), in: names).map { "--\($0)" } : nil
      throw .unknownOption(isLong ? "--\(key)" : "-\(key)", suggestion: suggestion)
    }
    let label = "--\(spec.name)"
    switch spec.kind {
    case .flag:
      if let inlineValue { throw .unexpectedValue(flag: label, value: inlineValue) }
      result.flags.insert(spec.name)
    case .option(_, let repeatable):
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count, !arguments[index].hasPrefix("--") else { throw .missingValue(option: label) }
        value = arguments[index]
        index += 1
      }
      if !repeatable, result.options[spec.name] != nil { throw .duplicateOption(label) }
      try checkChoice(value, spec: spec, label: label)
      result.options[spec.name, default: []].append(value)
    case .positional, .subcommand:
      preconditionFailure("positional spec '\(spec.name)' matched a named argument")
    }
  }

  private func checkChoice(_ value: String, spec: ArgumentSpec, label: String) throws(UsageError) {
    guard !spec.choices.isEmpty, !spec.choices.contains(value) else { return }
    throw .invalidValue(
      option: label, value: value, reason: "expected one of " + spec.choices.joined(separator: ", "),
      suggestion: NameSuggester.nearest(to: value, in: spec.choices))
  }
}
