import Foundation
import PlannerTestSupport
import PortfolioAudit
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Crash safety of the ledger with real processes: writers killed with SIGKILL at random moments lose no
/// acknowledged entry, and concurrent writers lose nothing (issue 7).
///
/// The kill loop runs 40 kills by default; `DCBPLAN_SLOW_TESTS=1` runs 400.
@Suite("audit ledger under SIGKILL and concurrent writers", .tags(.large), .serialized)
struct AuditCrashTests {
  /// A started `dcbplan` process with its stdout captured.
  final class Writer: @unchecked Sendable {
    let process = Process()
    let output = Pipe()

    init(_ arguments: [String], in directory: URL) throws {
      let binary = try #require(BuiltBinary.url, "the dcbplan binary was not found next to the test bundle")
      process.executableURL = binary
      process.arguments = arguments
      process.currentDirectoryURL = directory
      process.environment = ["PATH": "/usr/bin:/bin"]
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }

    /// Waits for the end and returns stdout (what the writer acknowledged before it died, if anything).
    func finish() -> String {
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
  }

  func record(_ text: String, in directory: URL) throws -> Writer {
    try Writer(
      ["audit", "record", "note", "--text", text, "--author", "crash-test", "--time", "2025-01-01T00:00:00Z", "--wait", "30"],
      in: directory)
  }

  func notes(in directory: URL) throws -> (LedgerVerification, Set<String>) {
    let bytes = Array(try Data(contentsOf: directory.appendingPathComponent("dcb-ledger.jsonl")))
    let verification = LedgerVerifier.verify(bytes, key: nil)
    var texts: Set<String> = []
    for entry in verification.ledger.entries { if case .note(let note) = entry.event { texts.insert(note.text) } }
    return (verification, texts)
  }

  @Test("Writers killed at random moments never lose an acknowledged entry; torn tails are repaired")
  func killedWriters() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(try BuiltBinary.run(["audit", "init", "--time", "2025-01-01T00:00:00Z"], in: directory.url).status == 0)
    let kills = ProcessInfo.processInfo.environment["DCBPLAN_SLOW_TESTS"] == "1" ? 400 : 40
    let seed: UInt64 = 0x0D_CB_A0_D1
    var random = SplitMix64(seed: seed)
    // Calibrate: kill anywhere in 0...2.5 x the time one unkilled writer takes, so kills land before, during
    // and after the append.
    let clock = ContinuousClock()
    let started = clock.now
    let calibration = try record("calibration", in: directory.url)
    var acknowledged: Set<String> = calibration.finish().hasPrefix("recorded entry ") ? ["calibration"] : []
    let elapsed = (clock.now - started).components
    let window = max(1_000, Int(Double(elapsed.seconds) * 2.5e6 + Double(elapsed.attoseconds) * 2.5e-12))
    var repairs = 0
    for round in 0..<kills {
      let text = "note \(round)"
      let writer = try record(text, in: directory.url)
      usleep(useconds_t(random.next() % UInt64(window)))
      kill(writer.process.processIdentifier, SIGKILL)
      if writer.finish().hasPrefix("recorded entry ") { acknowledged.insert(text) }
      let (verification, _) = try notes(in: directory.url)
      switch verification.problem {
      case nil: break
      case .interruptedWrite:
        repairs += 1
        #expect(try BuiltBinary.run(["audit", "repair", "--time", "2025-01-01T00:00:00Z"], in: directory.url).status == 0)
      case .some(let problem):
        Issue.record("seed \(seed) round \(round): \(problem)")
        return
      }
    }
    let (verification, texts) = try notes(in: directory.url)
    #expect(verification.isValid, "seed \(seed)")
    #expect(acknowledged.isSubset(of: texts), "seed \(seed): lost \(acknowledged.subtracting(texts).sorted())")
    print("crash test: \(kills) kills in a window of \(window) us, \(acknowledged.count) acknowledged, \(texts.count) present, \(repairs) repairs (seed \(seed))")
  }

  @Test("Two writer processes appending at once lose nothing")
  func concurrentProcesses() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(try BuiltBinary.run(["audit", "init", "--time", "2025-01-01T00:00:00Z"], in: directory.url).status == 0)
    let perWriter = 12
    let group = DispatchGroup()
    let failures = LockedCounter()
    for writer in 0..<2 {
      group.enter()
      Thread {
        defer { group.leave() }
        for index in 0..<perWriter {
          guard let process = try? record("writer \(writer) note \(index)", in: directory.url),
            process.finish().hasPrefix("recorded entry ")
          else {
            failures.increment()
            continue
          }
        }
      }.start()
    }
    group.wait()
    #expect(failures.value == 0)
    let (verification, texts) = try notes(in: directory.url)
    #expect(verification.isValid)
    #expect(texts.count == 2 * perWriter)
    #expect(verification.ledger.count == 1 + 2 * perWriter)
  }
}

/// A counter shared by writer threads.
final class LockedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func increment() {
    lock.lock()
    count += 1
    lock.unlock()
  }
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}
