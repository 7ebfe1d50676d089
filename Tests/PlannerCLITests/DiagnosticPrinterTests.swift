import Foundation
import Testing

@testable import PlannerCLI

@Suite("Diagnostics", .tags(.small))
struct DiagnosticPrinterTests {
  @Test("Prints error: file:line:col: message and a fix line")
  func plain() {
    let capture = OutputCapture()
    let printer = DiagnosticPrinter(output: capture.output(), colour: false)
    printer.print(
      Diagnostic(.error, file: "firms.csv", line: 4, column: 7, message: "unknown entity 'FBIH'", fix: "use FBiH, RS or BD"))
    printer.print(Diagnostic(.warning, file: "scenario.json", message: "no criteria"))
    printer.print(Diagnostic(.warning, file: "tiers.csv", line: 9, message: "zero cost"))
    printer.error("plain")
    #expect(
      capture.text == """
        error: firms.csv:4:7: unknown entity 'FBIH'
          fix: use FBiH, RS or BD
        warning: scenario.json: no criteria
        warning: tiers.csv:9: zero cost
        error: plain

        """)
  }

  @Test("Colours the severity and location only when asked")
  func coloured() {
    let printer = DiagnosticPrinter(output: OutputCapture().output(), colour: true)
    let line = printer.format(Diagnostic(.error, file: "a.csv", line: 1, message: "bad"))
    #expect(line == "\u{1B}[1;31merror:\u{1B}[0m \u{1B}[1ma.csv:1:\u{1B}[0m bad")
  }

  @Test("The context asks for colour only at a terminal without NO_COLOR")
  func contextColour() {
    let root = URL(fileURLWithPath: "/")
    #expect(CommandContext.capturing(workingDirectory: root, terminal: true).context.stderrUsesColour)
    #expect(!CommandContext.capturing(workingDirectory: root, terminal: false).context.stderrUsesColour)
    #expect(
      !CommandContext.capturing(workingDirectory: root, environment: ["NO_COLOR": "1"], terminal: true).context
        .stderrUsesColour)
  }
}
