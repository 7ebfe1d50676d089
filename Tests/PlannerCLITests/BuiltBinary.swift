import Foundation
import Testing

/// Runs the `dcbplan` executable that `swift test` built (the test target depends on it).
///
/// The binary sits in the build products folder, which also holds this target's resource bundle:
/// `.build/<triple>/debug/dcbplan` beside `DCBPlanner_PlannerCLITests.resources`. `DCBPLAN_BINARY`
/// overrides the location.
enum BuiltBinary {
  /// The result of one run.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The executable's URL, or `nil` when it cannot be found.
  static var url: URL? {
    if let override = ProcessInfo.processInfo.environment["DCBPLAN_BINARY"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    var candidates = [Bundle.module.bundleURL.deletingLastPathComponent()]
    candidates.append(Bundle.main.bundleURL)
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    return candidates.map { $0.appendingPathComponent("dcbplan") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs `dcbplan ARGS` in `directory` with a clean environment and waits for it.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(url, "the dcbplan binary was not found next to the test bundle", sourceLocation: sourceLocation)
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes before waiting, on separate threads, so a full pipe cannot block the child.
    let errData = LockedData()
    let reader = Thread { errData.set(errPipe.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errData.isSet { usleep(1_000) }
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.value, as: UTF8.self))
  }
}

/// Data handed from the stderr reader thread to the test.
private final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?
  func set(_ value: Data) {
    lock.lock()
    data = value
    lock.unlock()
  }
  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return data != nil
  }
  var value: Data {
    lock.lock()
    defer { lock.unlock() }
    return data ?? Data()
  }
}
