import Foundation
import Hashing

/// `dcbplan-bench sha256 [FILE]`: our SHA-256 throughput on a file against `sha256sum` on the same file.
///
/// Without FILE it writes a 256 MiB pseudo-random file to the temporary directory first. Each side is run
/// three times and the best time is kept (the file is in the page cache after the first read). Run it on a
/// release build: `swift run -c release dcbplan-bench sha256`.
enum HashingBenchmark {
  static func run(arguments: [String]) -> Int32 {
    let path: String
    if let given = arguments.first {
      path = given
    } else {
      path = NSTemporaryDirectory() + "dcbplan-bench-sha256.bin"
      guard writeSampleFile(path: path, byteCount: 256 << 20) else {
        print("error: cannot write sample file \(path)")
        return 73
      }
    }
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
      print("error: cannot read '\(path)'")
      return 66
    }
    let megabytes = Double(data.count) / 1_000_000
    var ours = Duration.seconds(1_000_000)
    var digest = ""
    for _ in 0..<3 {
      let clock = ContinuousClock()
      let start = clock.now
      digest = data.withUnsafeBytes { SHA256.hash($0) }.hex
      ours = min(ours, clock.now - start)
    }
    print("file: \(path) (\(data.count) bytes)")
    print("ours:      \(digest)  \(format(megabytes / seconds(ours))) MB/s")
    if let (theirs, theirDigest) = timeSHA256Sum(path: path) {
      let rate = megabytes / seconds(theirs)
      print("sha256sum: \(theirDigest)  \(format(rate)) MB/s (includes process start)")
      print("ratio ours/sha256sum: \(format(seconds(theirs) / seconds(ours)))")
      if theirDigest != digest { print("error: digests differ") ; return 1 }
    } else {
      print("sha256sum: not found")
    }
    return 0
  }

  private static func writeSampleFile(path: String, byteCount: Int) -> Bool {
    var generator = SystemRandomNumberGenerator()
    var bytes = [UInt8](repeating: 0, count: byteCount)
    bytes.withUnsafeMutableBytes { raw in
      let words = raw.bindMemory(to: UInt64.self)
      for index in words.indices { words[index] = generator.next() }
    }
    return FileManager.default.createFile(atPath: path, contents: Data(bytes))
  }

  private static func timeSHA256Sum(path: String) -> (Duration, String)? {
    var best = Duration.seconds(1_000_000)
    var digest = ""
    for _ in 0..<3 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["sha256sum", path]
      let pipe = Pipe()
      process.standardOutput = pipe
      let clock = ContinuousClock()
      let start = clock.now
      guard (try? process.run()) != nil else { return nil }
      let output = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      best = min(best, clock.now - start)
      guard process.terminationStatus == 0 else { return nil }
      digest = String(decoding: output.prefix(64), as: UTF8.self)
    }
    return (best, digest)
  }

  private static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
