import Foundation
import Testing

@testable import PlannerCLI

/// A command for exercising the dispatcher: prints its arguments, or fails as asked.
private struct EchoCommand: Command {
  static let name = "echo"
  static let abstract = "Print the words given."
  static let arguments: [ArgumentSpec] = [
    .option("fail", value: "HOW", help: "Fail: usage, missing, write, data or other.", choices: ["usage", "missing", "write", "data", "other"]),
    .flag("upper", help: "Print in capitals."),
    .positional("WORD", help: "Words to print.", optional: true, variadic: true),
  ]
  var words: [String]
  var upper: Bool
  var fail: String?

  init(parsing arguments: ParsedArguments) throws {
    words = arguments.positionalValues("WORD")
    upper = arguments.flag("upper")
    fail = arguments.value("fail")
  }

  func validate() throws {
    if upper, words.isEmpty { throw UsageError.conflict("--upper needs words") }
  }

  func run(in context: CommandContext) throws -> CLIStatus {
    struct Other: Error, CustomStringConvertible { var description: String { "something else" } }
    switch fail {
    case "usage": throw UsageError.unexpectedArgument("zzz")
    case "missing": throw CLIError.missingInput(path: "a.csv", reason: "no such file")
    case "write": throw CLIError.cannotWrite(path: "out.json", reason: "is a directory")
    case "data": throw CLIError.invalidData("a.csv:2:3: bad")
    case "other": throw Other()
    default: break
    }
    let text = words.joined(separator: " ")
    context.stdout.line(upper ? text.uppercased() : text)
    return .success
  }
}

private struct PingCommand: Command {
  static let name = "ping"
  static let abstract = "Answer pong."
  static let arguments: [ArgumentSpec] = []
  init(parsing arguments: ParsedArguments) throws {}
  func run(in context: CommandContext) throws -> CLIStatus {
    context.stdout.line("pong")
    return .limitReached
  }
}

private let testRoot = CommandGroup(
  name: "dcbplan", abstract: "Test tree.",
  entries: [
    .command(EchoCommand.self),
    .group(CommandGroup(name: "net", abstract: "Network things.", entries: [.command(PingCommand.self)])),
  ])

@Suite("Command dispatch", .tags(.medium))
struct CommandLineToolTests {
  private let here = URL(fileURLWithPath: "/")

  private func run(_ arguments: String...) -> CapturedRun {
    runInProcess(arguments, in: here, root: testRoot)
  }

  @Test("Runs a command and passes on its status")
  func runsCommand() {
    let echo = run("echo", "--upper", "a", "b")
    #expect(echo.status == .success)
    #expect(echo.stdout == "A B\n")
    #expect(echo.stderr.isEmpty)
    let ping = run("net", "ping")
    #expect(ping.status == .limitReached)
    #expect(ping.stdout == "pong\n")
  }

  @Test("Prints help at every level on stdout with exit 0")
  func helpEverywhere() {
    for arguments in [["--help"], ["-h"], ["echo", "--help"], ["net", "-h"], ["net", "ping", "--help"], ["help", "net", "ping"], ["help"]] {
      let result = runInProcess(arguments, in: here, root: testRoot)
      #expect(result.status == .success, "\(arguments)")
      #expect(result.stdout.hasPrefix("dcbplan"), "\(arguments)")
      #expect(result.stderr.isEmpty, "\(arguments)")
    }
    #expect(run("help", "net", "ping").stdout == run("net", "ping", "--help").stdout)
    #expect(run("help", "echo").stdout.contains("usage: dcbplan echo [--fail usage|missing|write|data|other] [--upper] [WORD...]"))
    #expect(run("help", "net").stdout.contains("  ping  Answer pong."))
  }

  @Test("Prints the version")
  func version() {
    let result = run("--version")
    #expect(result.status == .success)
    #expect(result.stdout == "dcbplan \(CommandLineTool.version)\n")
  }

  @Test("Suggests the nearest command and exits 64 on an unknown one")
  func unknownCommand() {
    let result = run("ehco")
    #expect(result.status == .usageError)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: unknown command 'ehco'; did you mean 'echo'?\n"))
    #expect(run("net", "pnig").stderr.contains("did you mean 'ping'?"))
    #expect(run("help", "ehco").stderr.contains("did you mean 'echo'?"))
    #expect(run("help", "ehco").status == .usageError)
  }

  @Test("Suggests the nearest option and shows the usage line")
  func unknownOption() {
    let result = run("echo", "--uper", "x")
    #expect(result.status == .usageError)
    #expect(
      result.stderr
        == """
        error: unknown option '--uper'; did you mean '--upper'?
        usage: dcbplan echo [--fail usage|missing|write|data|other] [--upper] [WORD...]
        see 'dcbplan echo --help' for more.

        """)
  }

  @Test("An option given before the command says where it belongs")
  func misplacedOption() {
    let result = run("--upper", "echo", "x")
    #expect(result.status == .usageError)
    #expect(result.stderr.hasPrefix("error: option '--upper' goes after the command, as in 'dcbplan echo --upper ...'\n"))
    #expect(run("--uper", "echo").stderr.hasPrefix("error: unknown option '--uper'\n"))
  }

  @Test("A missing command prints the group's help on stderr and exits 64")
  func missingCommand() {
    let root = run()
    #expect(root.status == .usageError)
    #expect(root.stdout.isEmpty)
    #expect(root.stderr.hasPrefix("error: 'dcbplan' needs a command\n"))
    #expect(root.stderr.contains("commands:"))
    #expect(run("net").stderr.hasPrefix("error: 'dcbplan net' needs a command\n"))
  }

  @Test(
    "Maps each failure to its exit status and prints it on stderr",
    arguments: [
      ("usage", CLIStatus.usageError, "error: unexpected argument 'zzz'"),
      ("missing", .missingInput, "error: a.csv: no such file"),
      ("write", .cannotWriteOutput, "error: cannot write out.json: is a directory"),
      ("data", .invalidData, "error: a.csv:2:3: bad"),
      ("other", .invalidData, "error: something else"),
    ])
  func mapsFailures(how: String, status: CLIStatus, message: String) {
    let result = run("echo", "--fail", how)
    #expect(result.status == status)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix(message + "\n"))
  }

  @Test("Runs validate() before run(in:)")
  func validatesFirst() {
    let result = run("echo", "--upper")
    #expect(result.status == .usageError)
    #expect(result.stderr.hasPrefix("error: --upper needs words\n"))
  }

  @Test("Exit statuses are exactly DESIGN §6's codes")
  func exitCodes() {
    let codes = CLIStatus.allCases.map(\.code)
    #expect(codes == [0, 2, 3, 4, 5, 64, 65, 66, 73, 75])
  }
}
