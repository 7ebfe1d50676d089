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
}
