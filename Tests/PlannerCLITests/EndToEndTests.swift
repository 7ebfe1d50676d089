import Foundation
import Testing

@Suite("dcbplan binary end to end", .tags(.large))
struct EndToEndTests {
  @Test("--help prints the golden text on stdout and exits 0")
  func help() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["--help"], in: directory.url)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    try expectSnapshot(result.stdout, named: "dcbplan-help.txt")
  }

  @Test("--version prints the version")
  func version() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["--version"], in: directory.url)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("dcbplan "))
  }

  @Test("An unknown command exits 64 with a suggestion on stderr and nothing on stdout")
  func unknownCommand() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let result = try BuiltBinary.run(["hepl"], in: directory.url)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("error: unknown command 'hepl'; did you mean 'help'?\n"))
  }
}
