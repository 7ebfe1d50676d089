import Foundation
import Hashing
import PortfolioAudit
import Testing

@testable import PlannerCLI

/// `dcbplan report` refusing what it cannot report on, with DESIGN §6's exit codes and a message naming the input.
@Suite("report command errors", .tags(.medium))
struct ReportCommandErrorTests {
  @Test("A missing plan file exits 66 naming it")
  func missingPlan() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let run = runInProcess(["report", "portfolio", "--plan", "nowhere.json"], in: directory.url)
    #expect(run.status == .missingInput)
    #expect(run.stderr.contains("nowhere.json"))
  }

  @Test("A file that is not a plan JSON exits 65")
  func badPlan() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    try directory.write("{\"status\": 3", to: "broken.json")
    let run = runInProcess(["report", "portfolio", "--plan", "broken.json"], in: directory.url)
    #expect(run.status == .invalidData)
    #expect(run.stderr.contains("broken.json: not a plan json"))
  }

  @Test("A plan made from other inputs exits 65 and names both hashes")
  func otherInputs() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let text = try ReportTestSupport.read("plan.json", in: directory)
    let key = try #require(text.range(of: "\"inputsSHA256\"")).upperBound
    let quote = try #require(text[key...].dropFirst().firstIndex(of: "\""))
    let original = String(text[text.index(after: quote)...].prefix(64))
    #expect(original.count == 64 && original.allSatisfy(\.isHexDigit))
    let forged = String(repeating: "0", count: 64)
    try directory.write(text.replacingOccurrences(of: original, with: forged), to: "plan.json")
    let run = ReportTestSupport.run(["portfolio"], in: directory)
    #expect(run.status == .invalidData)
    #expect(run.stderr.contains("made from other inputs"))
    #expect(run.stderr.contains(forged) && run.stderr.contains(original))
  }

  @Test("A ledger that fails verification is refused with exit 4, naming the first bad entry")
  func tamperedLedger() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    var lines = try String(contentsOf: try ReportTestSupport.exampleLedger(), encoding: .utf8).split(separator: "\n").map(String.init)
    let index = try #require(lines.firstIndex { $0.contains("\"type\":\"cost\"") })
    let amount = try #require(lines[index].range(of: "\"amountCents\":")).upperBound
    lines[index].replaceSubrange(amount..<lines[index].index(after: amount), with: "9")
    try directory.write(lines.joined(separator: "\n") + "\n", to: "tampered.jsonl")
    for part in ["audit", "all"] {
      let run = ReportTestSupport.run([part, "--ledger", "tampered.jsonl", "--format", "html", "--out", "r.html"], in: directory)
      #expect(run.status == .ledgerVerificationFailed)
      #expect(run.stderr.contains("tampered.jsonl"))
      // The entry after the edited one no longer chains to it (or the edited one is itself rejected).
      #expect(run.stderr.contains("entry \(index)") || run.stderr.contains("entry \(index + 1)"), "\(run.stderr)")
    }
    #expect(!directory.listing().contains("r.html"))
  }

  @Test("A key (--key-file or DCBPLAN_LEDGER_KEY_FILE) checks entry MACs; without one the report says they were not checked")
  func ledgerKey() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let key = Array("secret key bytes".utf8)
    try directory.write("secret key bytes", to: "ledger.key")
    func time(_ text: String) throws -> LedgerTime { try #require(LedgerTime(text)) }
    var genuine = Ledger.create(ledgerID: "keyed", time: try time("2024-01-08T09:00:00Z"), author: "tester", key: key)
    var forged = genuine
    genuine.append(.note(NoteEvent(text: "first")), time: try time("2024-01-09T09:00:00Z"), author: "tester", key: key)
    forged.append(.note(NoteEvent(text: "first")), time: try time("2024-01-09T09:00:00Z"), author: "tester", key: key)
    genuine.append(.note(NoteEvent(text: "paid 100")), time: try time("2024-01-10T09:00:00Z"), author: "tester", key: key)
    forged.append(.note(NoteEvent(text: "paid 900")), time: try time("2024-01-10T09:00:00Z"), author: "tester", key: key)
    func text(_ lines: [[UInt8]]) -> String { lines.map { String(decoding: $0, as: UTF8.self) + "\n" }.joined() }
    try directory.write(text(genuine.lines), to: "keyed.jsonl")
    // The last entry rewritten with its hash chain recomputed but the genuine entry's MAC kept.
    let genuineMAC = try #require(genuine.entries.last?.mac?.hex)
    let forgedMAC = try #require(forged.entries.last?.mac?.hex)
    try directory.write(text(genuine.lines.dropLast() + [forged.lines[2]]).replacingOccurrences(of: forgedMAC, with: genuineMAC), to: "forged.jsonl")

    let unchecked = ReportTestSupport.run(["audit", "--format", "md", "--ledger", "forged.jsonl"], in: directory)
    #expect(unchecked.status == .success, "\(unchecked.stderr)")
    #expect(unchecked.stdout.contains("**Ledger verification:** hash chain verified; MACs NOT checked (no key given)"))
    #expect(unchecked.stdout.contains("no key was given, so the MACs were not checked"))
    #expect(!unchecked.stdout.contains("**Ledger verification:** verified"))

    let environment = ["DCBPLAN_LEDGER_KEY_FILE": "ledger.key"]
    let refused = ReportTestSupport.run(["audit", "--format", "md", "--ledger", "forged.jsonl"], in: directory, environment: environment)
    #expect(refused.status == .ledgerVerificationFailed)
    #expect(refused.stderr.contains("entry 2") && refused.stderr.contains("mac does not match"), "\(refused.stderr)")
    #expect(refused.stdout.isEmpty)
    let byOption = ReportTestSupport.run(["all", "--format", "md", "--ledger", "forged.jsonl", "--key-file", "ledger.key"], in: directory)
    #expect(byOption.status == .ledgerVerificationFailed)

    let checked = ReportTestSupport.run(["audit", "--format", "md", "--ledger", "keyed.jsonl", "--key-file", "ledger.key"], in: directory)
    #expect(checked.status == .success, "\(checked.stderr)")
    #expect(checked.stdout.contains("**Ledger verification:** verified (hash chain and MACs)"))
    #expect(ReportTestSupport.run(["audit", "--ledger", "keyed.jsonl", "--key-file", "missing.key"], in: directory).status == .missingInput)
  }

  @Test("A missing ledger exits 66")
  func missingLedger() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let run = ReportTestSupport.run(["audit", "--ledger", "absent.jsonl"], in: directory)
    #expect(run.status == .missingInput)
    #expect(run.stderr.contains("absent.jsonl"))
  }

  @Test("An output that cannot be written exits 73 and leaves nothing behind")
  func unwritable() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let run = ReportTestSupport.run(["portfolio", "--format", "html", "--out", "no/such/folder/report.html"], in: directory)
    #expect(run.status == .cannotWriteOutput)
    let csv = ReportTestSupport.run(["portfolio", "--format", "csv", "--out", "no/such"], in: directory)
    #expect(csv.status == .cannotWriteOutput)
    try directory.write("x", to: "taken")
    let onFile = ReportTestSupport.run(["portfolio", "--format", "csv", "--out", "taken"], in: directory)
    #expect(onFile.status == .cannotWriteOutput)
    #expect(try ReportTestSupport.read("taken", in: directory) == "x")
  }

  @Test("Usage errors exit 64: unknown part, bad date, csv without a folder")
  func usage() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    #expect(ReportTestSupport.run(["everything"], in: directory).status == .usageError)
    #expect(ReportTestSupport.run(["audit", "--as-of", "2025-13-01"], in: directory).status == .usageError)
    #expect(ReportTestSupport.run(["audit", "--format", "pdf"], in: directory).status == .usageError)
    let csv = ReportTestSupport.run(["portfolio", "--format", "csv"], in: directory)
    #expect(csv.status == .usageError)
    #expect(csv.stderr.contains("--out DIR"))
  }

  @Test("--out naming an existing folder writes the report into it under its own name")
  func outFolder() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("out"), withIntermediateDirectories: false)
    #expect(ReportTestSupport.run(["all", "--format", "md", "--out", "out"], in: directory).status == .success)
    #expect(ReportTestSupport.run(["portfolio", "--format", "iati", "--out", "out"], in: directory).status == .success)
    #expect(directory.listing().filter { $0.hasPrefix("out/") } == ["out/portfolio.xml", "out/report.md"])
  }

  @Test("A ledger without a baseline gives an empty audit part and a warning")
  func noBaseline() throws {
    let directory = try ReportTestSupport.directory()
    defer { directory.remove() }
    let initialised = runInProcess(["audit", "init", "--time", "2024-01-08T09:00:00Z", "--author", "tester"], in: directory.url)
    #expect(initialised.status == .success, "\(initialised.stderr)")
    let run = ReportTestSupport.run(["audit", "--format", "md", "--ledger", "dcb-ledger.jsonl"], in: directory)
    #expect(run.status == .success)
    #expect(run.stderr.contains("no baseline yet"))
    #expect(run.stdout.contains("**Ledger entries:** 1"))
    #expect(run.stdout.contains("**As of:** 2024-01-08"))
  }
}
