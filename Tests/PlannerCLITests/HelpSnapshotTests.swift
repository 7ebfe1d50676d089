import Foundation
import Testing

@testable import PlannerCLI

/// Every command and group path of the registry (`["list"]`, `["audit"]`, `["audit", "verify"]`), in order.
private func commandPaths(_ group: CommandGroup, prefix: [String] = []) -> [[String]] {
  group.entries.flatMap { entry -> [[String]] in
    switch entry {
    case .command(let type): [prefix + [type.name]]
    case .group(let subgroup): [prefix + [subgroup.name]] + commandPaths(subgroup, prefix: prefix + [subgroup.name])
    }
  }
}

/// The discussion text of the command at `path` (free text its author lays out), or "" for a group.
private func commandDiscussion(_ path: [String]) -> String {
  var group = CommandRegistry.root
  for word in path {
    switch group.entry(named: word) {
    case .command(let type): return type.discussion
    case .group(let subgroup): group = subgroup
    case nil: return ""
    }
  }
  return ""
}

@Suite("Help text snapshots", .tags(.medium))
struct HelpSnapshotTests {
  @Test("dcbplan --help matches its snapshot")
  func rootHelp() throws {
    let result = runInProcess(["--help"], in: URL(fileURLWithPath: "/"))
    #expect(result.status == .success)
    try expectSnapshot(result.stdout, named: "dcbplan-help.txt")
  }

  @Test("Every command's and group's help matches its snapshot and 'help' prints the same", arguments: commandPaths(CommandRegistry.root))
  func commandHelp(path: [String]) throws {
    let result = runInProcess(path + ["--help"], in: URL(fileURLWithPath: "/"))
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    let discussion = Set(commandDiscussion(path).split(separator: "\n"))
    let generated = result.stdout.split(separator: "\n").filter { !discussion.contains($0) }
    #expect(generated.allSatisfy { $0.count <= HelpFormatter.lineWidth }, "a generated help line is too wide")
    #expect(runInProcess(["help"] + path, in: URL(fileURLWithPath: "/")).stdout == result.stdout)
    try expectSnapshot(result.stdout, named: "dcbplan-\(path.joined(separator: "-"))-help.txt")
  }
}
