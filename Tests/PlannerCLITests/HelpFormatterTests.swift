import Foundation
import Testing

@testable import PlannerCLI

@Suite("Help formatting", .tags(.small))
struct HelpFormatterTests {
  @Test("Aligns two columns and moves help under a label longer than 24 characters")
  func columns() {
    let text = HelpFormatter.columns([
      ("--data DIR", "Dataset folder."), ("--a-very-long-option-name VALUE", "Long."), ("-h, --help", "Help."),
    ])
    #expect(
      text == """
          --data DIR                Dataset folder.
          --a-very-long-option-name VALUE
                                    Long.
          -h, --help                Help.

        """)
  }

  @Test("Shows choices in the synopsis and marks optional and repeatable arguments")
  func synopsis() {
    let specs: [ArgumentSpec] = [
      .positional("TABLE", help: "", choices: ["a", "b"]), .positional("MORE", help: "", optional: true, variadic: true),
      .repeatable("lock", value: "ID:TIER:YEAR", help: ""), .flag("quiet", help: ""), .help,
    ]
    #expect(HelpFormatter.synopsis(specs) == "a|b [MORE...] [--lock ID:TIER:YEAR]... [--quiet]")
  }

  @Test("The usage reminder names the command's help")
  func reminder() {
    #expect(
      HelpFormatter.usageReminder(path: ["dcbplan", "list"], usage: "TABLE")
        == "usage: dcbplan list TABLE\nsee 'dcbplan list --help' for more.\n")
  }

  @Test("Wraps a long usage line between arguments, never inside brackets")
  func wrapsUsage() {
    let usage = (1...12).map { "[--option-\($0) VALUE]" }.joined(separator: " ")
    let text = HelpFormatter.usageLine(name: "dcbplan plan", usage: usage)
    let lines = text.split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= HelpFormatter.lineWidth })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 20) + "[--option-") })
    #expect(text.replacingOccurrences(of: "\n" + String(repeating: " ", count: 20), with: " ") == "usage: dcbplan plan \(usage)\n")
  }

  @Test("Wraps long help text under its column")
  func wrapsHelp() {
    let help = Array(repeating: "word", count: 30).joined(separator: " ")
    let lines = HelpFormatter.columns([("--x", help)]).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix(String(repeating: " ", count: 7) + "word"))
    #expect(lines.allSatisfy { $0.count <= HelpFormatter.lineWidth })
  }
}
