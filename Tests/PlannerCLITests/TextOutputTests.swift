import Foundation
import Testing

@testable import PlannerCLI

@Suite("Output streams and context", .tags(.small))
struct TextOutputTests {
  @Test("A file-descriptor output writes every byte and knows a pipe is not a terminal")
  func fileDescriptor() throws {
    let pipe = Pipe()
    let output = TextOutput.fileDescriptor(pipe.fileHandleForWriting.fileDescriptor)
    #expect(!output.isTerminal)
    let long = String(repeating: "Goražde ", count: 2_000)
    output.write(long)
    output.line("end")
    try pipe.fileHandleForWriting.close()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    #expect(String(decoding: data, as: UTF8.self) == long + "end\n")
  }

  @Test("A capture collects writes in order")
  func capture() {
    let capture = OutputCapture()
    let output = capture.output()
    output.write("a")
    output.line("b")
    output.line()
    #expect(capture.text == "ab\n\n")
  }

  @Test("Resolves relative paths against the working directory and keeps absolute ones")
  func resolve() {
    let context = CommandContext.capturing(workingDirectory: URL(fileURLWithPath: "/work/here")).context
    #expect(context.resolve("a/../b.csv").path == "/work/here/b.csv")
    #expect(context.resolve("/tmp/x.json").path == "/tmp/x.json")
  }

  @Test("A fixed clock never advances")
  func fixedClock() {
    let clock = CommandClock.fixed(Date(timeIntervalSince1970: 42))
    #expect(clock.now() == Date(timeIntervalSince1970: 42))
    #expect(clock.secondsSince(clock.monotonicNanoseconds()) == 0)
  }
}
