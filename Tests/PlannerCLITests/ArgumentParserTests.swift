import Testing

@testable import PlannerCLI

@Suite("Argument parser", .tags(.small))
struct ArgumentParserTests {
  let parser = ArgumentParser([
    .option("format", value: "FORMAT", help: "Output format.", choices: ["table", "csv", "json"]),
    .option("data", value: "DIR", help: "Dataset folder."),
    .repeatable("force-in", value: "ID", help: "Fund this candidate."),
    .flag("quiet", short: "q", help: "Quiet."),
    .option("out", short: "o", value: "FILE", help: "Output file."),
    .positional("TABLE", help: "What to list."),
    .positional("EXTRA", help: "More.", optional: true),
  ])

  @Test("Reads --k v and --k=v alike")
  func readsBothOptionForms() throws {
    let spaced = try parser.parse(["--format", "csv", "firms"])
    let joined = try parser.parse(["--format=csv", "firms"])
    #expect(spaced.value("format") == "csv")
    #expect(spaced == joined)
  }

  @Test("Keeps an empty value and everything after the first '=' in --k=v")
  func keepsValueAfterFirstEquals() throws {
    let parsed = try parser.parse(["--data=a=b", "firms"])
    #expect(parsed.value("data") == "a=b")
    #expect(try parser.parse(["--data=", "firms"]).value("data") == "")
  }

  @Test("Collects repeated values in command-line order")
  func collectsRepeatable() throws {
    let parsed = try parser.parse(["--force-in", "T03", "firms", "--force-in=T01", "--force-in", "DCB-D1"])
    #expect(parsed.values("force-in") == ["T03", "T01", "DCB-D1"])
    #expect(parsed.values("data").isEmpty)
  }

  @Test("Reads flags, short flags and short options")
  func readsFlags() throws {
    let parsed = try parser.parse(["-q", "firms", "-o", "x.csv"])
    #expect(parsed.flag("quiet"))
    #expect(parsed.value("out") == "x.csv")
    #expect(try parser.parse(["firms"]).flag("quiet") == false)
  }

  @Test("Fills positionals in order and leaves optional ones out")
  func fillsPositionals() throws {
    let one = try parser.parse(["firms"])
    #expect(one.positional("TABLE") == "firms")
    #expect(one.positional("EXTRA") == nil)
    let two = try parser.parse(["firms", "more"])
    #expect(two.positional("EXTRA") == "more")
  }

  @Test("Treats every word after -- as positional, and a lone - as a positional")
  func doubleDashEndsOptions() throws {
    let parsed = try parser.parse(["--", "--format", "-q"])
    #expect(parsed.positional("TABLE") == "--format")
    #expect(parsed.positional("EXTRA") == "-q")
    #expect(parsed.flag("quiet") == false)
    #expect(try parser.parse(["-"]).positional("TABLE") == "-")
  }

  @Test("Help anywhere before -- wins over other problems")
  func helpWins() throws {
    #expect(try parser.parse(["--bogus", "--help"]).helpRequested)
    #expect(try parser.parse(["-h"]).helpRequested)
    #expect(try parser.parse(["--", "--help"]).positional("TABLE") == "--help")
  }

  @Test(
    "Reports each malformed command line with the right error",
    arguments: [
      (["--fromat", "csv", "firms"], UsageError.unknownOption("--fromat", suggestion: "--format")),
      (["--zzzzzz", "firms"], .unknownOption("--zzzzzz", suggestion: nil)),
      (["-x", "firms"], .unknownOption("-x", suggestion: nil)),
      (["firms", "--format"], .missingValue(option: "--format")),
      (["--format", "--quiet", "firms"], .missingValue(option: "--format")),
      (["--quiet=yes", "firms"], .unexpectedValue(flag: "--quiet", value: "yes")),
      (["--data", "a", "--data", "b", "firms"], .duplicateOption("--data")),
      ([], .missingArgument("TABLE")),
      (["a", "b", "c"], .unexpectedArgument("c")),
      (
        ["--format", "jsno", "firms"],
        .invalidValue(option: "--format", value: "jsno", reason: "expected one of table, csv, json", suggestion: "json")
      ),
    ])
  func reportsErrors(arguments: [String], expected: UsageError) {
    #expect(throws: expected) { try parser.parse(arguments) }
  }

  @Test("Stops at the subcommand and leaves the rest for it")
  func stopsAtSubcommand() throws {
    let group = ArgumentParser([.flag("version", help: "v"), .subcommand(["validate", "list"])])
    let parsed = try group.parse(["list", "--format", "csv", "firms"])
    #expect(parsed.subcommand == "list")
    #expect(parsed.remainder == ["--format", "csv", "firms"])
    #expect(try group.parse(["--version"]).subcommand == nil)
    #expect(throws: UsageError.unknownCommand("lsit", suggestion: "list")) { try group.parse(["lsit"]) }
  }

  @Test("Renders usage errors as lowercase messages that quote the input")
  func rendersMessages() {
    #expect(
      UsageError.unknownOption("--fromat", suggestion: "--format").description
        == "unknown option '--fromat'; did you mean '--format'?")
    #expect(UsageError.missingValue(option: "--gap").description == "option '--gap' needs a value")
    #expect(
      UsageError.invalidValue(option: "--gap", value: "x", reason: "expected a number").description
        == "invalid value 'x' for --gap: expected a number")
  }

  @Test("Derives the synopsis from the table")
  func derivesSynopsis() {
    #expect(
      HelpFormatter.synopsis(parser.specs)
        == "[--format table|csv|json] [--data DIR] [--force-in ID]... [--quiet] [--out FILE] TABLE [EXTRA]")
  }
}

extension Tag {
  /// Pure functions.
  @Tag static var small: Self
  /// Module pipelines (commands run in process).
  @Tag static var medium: Self
  /// The built binary, end to end.
  @Tag static var large: Self
}
