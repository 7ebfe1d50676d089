import Foundation
import Testing

@testable import PlannerCLI

@Suite("Atomic file output", .tags(.medium))
struct AtomicFileWriterTests {
  @Test("Creates a new file with the exact bytes and leaves no temporary file")
  func createsFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = directory.url.appendingPathComponent("plan.json")
    try AtomicFileWriter.write(text: "{\"a\":1}\n", to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "{\"a\":1}\n")
    #expect(directory.listing() == ["plan.json"])
  }

  @Test("Replaces an existing file and keeps its permissions")
  func replacesFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = try directory.write("old contents that are longer\n", to: "out.csv")
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
    try AtomicFileWriter.write(text: "new\n", to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
    let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(directory.listing() == ["out.csv"])
  }

  @Test("Fails with cannotWrite when the folder does not exist")
  func missingFolder() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = directory.url.appendingPathComponent("nowhere/out.csv")
    let error = try #require(throws: CLIError.self) { try AtomicFileWriter.write(text: "x", to: target) }
    #expect(error.exitStatus == .cannotWriteOutput)
    #expect(error.description.hasPrefix("cannot write \(target.path): cannot create a file in"))
    #expect(directory.listing().isEmpty)
  }

  @Test("Fails when the destination is a directory and leaves it untouched")
  func destinationIsDirectory() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("keep\n", to: "out.csv/inside.txt")
    let target = directory.url.appendingPathComponent("out.csv")
    #expect(throws: CLIError.cannotWrite(path: target.path, reason: "is a directory")) {
      try AtomicFileWriter.write(text: "x", to: target)
    }
    #expect(directory.listing() == ["out.csv", "out.csv/inside.txt"])
    #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep\n")
  }

  @Test("A path ending in '/' names a folder: nothing is written, whether or not the folder exists")
  func trailingSlash() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = URL(fileURLWithPath: directory.url.path + "/newdir/")
    #expect(throws: CLIError.cannotWrite(path: directory.url.path + "/newdir/", reason: "names a folder, not a file")) {
      try AtomicFileWriter.write(text: "x", to: target)
    }
    #expect(directory.listing().isEmpty)
  }

  @Test("A failure after the temporary file is written leaves the old file and no temporary file")
  func failureBeforeRename() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let target = try directory.write("precious\n", to: "plan.json")
    let failure = CLIError.cannotWrite(path: target.path, reason: "simulated")
    #expect(throws: failure) {
      try AtomicFileWriter.write(Array("new".utf8), to: target) { () throws(CLIError) in throw failure }
    }
    #expect(try String(contentsOf: target, encoding: .utf8) == "precious\n")
    #expect(directory.listing() == ["plan.json"])
  }
}
