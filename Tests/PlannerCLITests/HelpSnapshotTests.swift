import Foundation
import Testing

@testable import PlannerCLI

@Suite("Help text snapshots", .tags(.medium))
struct HelpSnapshotTests {
  @Test("dcbplan --help matches its snapshot")
  func rootHelp() throws {
    let result = runInProcess(["--help"], in: URL(fileURLWithPath: "/"))
    #expect(result.status == .success)
    try expectSnapshot(result.stdout, named: "dcbplan-help.txt")
  }

  @Test("Every registered command's help matches its snapshot", arguments: CommandRegistry.root.entries.map(\.name))
  func commandHelp(name: String) throws {
    let result = runInProcess([name, "--help"], in: URL(fileURLWithPath: "/"))
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    try expectSnapshot(result.stdout, named: "dcbplan-\(name)-help.txt")
  }
}
