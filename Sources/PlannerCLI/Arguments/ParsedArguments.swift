/// What `ArgumentParser` read from a command line, looked up by the names of the descriptor table.
///
/// Typed accessors turn a value into a number, amount or choice and report a bad value as
/// `UsageError.invalidValue` naming the option, so commands read their fields in `init(parsing:)` with
/// one `try` each.
public struct ParsedArguments: Sendable, Equatable {
  /// Option values by option name (without dashes), in command-line order.
  public var options: [String: [String]] = [:]
  /// The flags that were given, by name.
  public var flags: Set<String> = []
  /// Positional values by the positional's display name.
  public var positionals: [String: [String]] = [:]
  /// For a group: the subcommand named on the line.
  public var subcommand: String?
  /// For a group: the words after the subcommand, for it to parse.
  public var remainder: [String] = []
  /// True when `-h` or `--help` appeared before `--`.
  public var helpRequested = false

  /// Creates an empty result.
  public init() {}

  /// The value of a single-valued option, or `nil` when it was not given.
  public func value(_ name: String) -> String? { options[name]?.last }

  /// Every value of a repeatable option, in order (empty when not given).
  public func values(_ name: String) -> [String] { options[name] ?? [] }

  /// Whether the flag `--name` was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of a single positional, or `nil` when an optional one was left out.
  public func positional(_ name: String) -> String? { positionals[name]?.first }

  /// Every value of a variadic positional, in order.
  public func positionalValues(_ name: String) -> [String] { positionals[name] ?? [] }

  /// The option's value converted by `transform`; a thrown error's description becomes the usage error's reason.
  ///
  /// - Returns: `nil` when the option was not given.
  /// - Throws: `UsageError.invalidValue` naming `--name` and the value.
  public func value<T>(_ name: String, as transform: (String) throws -> T) throws(UsageError) -> T? {
    guard let raw = value(name) else { return nil }
    do {
      return try transform(raw)
    } catch let error as UsageError {
      throw error
    } catch {
      throw .invalidValue(option: "--\(name)", value: raw, reason: "\(error)")
    }
  }

  /// A whole number, optionally limited to `range`.
  public func integer(_ name: String, in range: ClosedRange<Int> = 0...Int.max) throws(UsageError) -> Int? {
    guard let raw = value(name) else { return nil }
    guard let number = Int(raw) else {
      throw .invalidValue(option: "--\(name)", value: raw, reason: "expected a whole number")
    }
    guard range.contains(number) else {
      throw .invalidValue(option: "--\(name)", value: raw, reason: "expected \(Self.describe(range))")
    }
    return number
  }

  /// A finite decimal number, optionally limited to `range` (for example a gap or seconds).
  public func number(_ name: String, in range: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude)
    throws(UsageError) -> Double?
  {
    guard let raw = value(name) else { return nil }
    guard let number = Double(raw), number.isFinite else {
      throw .invalidValue(option: "--\(name)", value: raw, reason: "expected a number")
    }
    guard range.contains(number) else {
      let upper = range.upperBound == .greatestFiniteMagnitude ? "" : " and at most \(range.upperBound)"
      throw .invalidValue(option: "--\(name)", value: raw, reason: "expected at least \(range.lowerBound)\(upper)")
    }
    return number
  }

  /// A relative optimality gap: a number at least 0 and below 1 (0 asks for a proof; a gap of 1 would accept any
  /// plan, and the scenario file refuses it too).
  public func gap(_ name: String = "gap") throws(UsageError) -> Double? {
    guard let raw = value(name) else { return nil }
    guard let number = Double(raw), number.isFinite, number >= 0, number < 1 else {
      throw .invalidValue(option: "--\(name)", value: raw, reason: "expected a relative gap at least 0 and below 1")
    }
    return number
  }

  /// An amount of whole US dollars or a band `A..B` (`50000000`, `50M`, `48.5M`, `48M..53M`).
  public func amount(_ name: String) throws(UsageError) -> AmountRange? {
    guard let raw = value(name) else { return nil }
    do {
      return try AmountRange(parsing: raw)
    } catch {
      throw .invalidValue(option: "--\(name)", value: raw, reason: error.description)
    }
  }

  /// A value of a `RawRepresentable` enum such as an output format; the descriptor's choices already checked it.
  public func choice<T: RawRepresentable>(_ name: String, as type: T.Type = T.self) throws(UsageError) -> T?
  where T.RawValue == String {
    guard let raw = value(name) else { return nil }
    guard let value = T(rawValue: raw) else {
      throw .invalidValue(option: "--\(name)", value: raw, reason: "not a known value")
    }
    return value
  }

  private static func describe(_ range: ClosedRange<Int>) -> String {
    range.upperBound == .max ? "at least \(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
  }
}
