import Foundation
import Hashing
import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PlannerCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("audit commands", .tags(.medium))
struct AuditCommandTests {
  /// `dcbplan audit ARGS --time T --author a` in process.
  func audit(_ arguments: [String], in directory: TemporaryDirectory, time: String = "2025-01-01T00:00:00Z", environment: [String: String] = [:]) -> CapturedRun {
    let writes = ["init", "record", "repair", "baseline"].contains(arguments.first ?? "")
    return runInProcess(
      ["audit"] + arguments + (writes ? ["--time", time, "--author", "tester"] : []), in: directory.url,
      environment: environment)
  }

  @Test("init, record, verify, checkpoint and prove work together and exit 0")
  func happyPath() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(audit(["init"], in: directory).status == .success)
    #expect(audit(["init"], in: directory).status == .cannotWriteOutput)
    let note = audit(["record", "note", "--text", "kick-off meeting"], in: directory)
    #expect(note.status == .success && note.stdout == "recorded entry 1 (note) in dcb-ledger.jsonl\n")
    let checkpoint = audit(["checkpoint"], in: directory).stdout.trimmingCharacters(in: .newlines)
    #expect(LedgerCheckpoint(checkpoint)?.size == 2)
    #expect(audit(["record", "note", "--text", "second"], in: directory).status == .success)
    let verify = audit(["verify"], in: directory)
    #expect(verify.status == .success)
    #expect(verify.stdout.contains("entries     3\n") && verify.stdout.contains("macs        none: the ledger was written without a key"))
    let prove = audit(["prove", "--from", checkpoint], in: directory)
    #expect(prove.status == .success && prove.stdout.hasSuffix("verified\n"))
    let inclusion = audit(["prove", "--entry", "1", "--at", checkpoint], in: directory)
    #expect(inclusion.status == .success)
    #expect(audit(["prove", "--from", checkpoint, "--entry", "1"], in: directory).status == .usageError)
  }

  @Test("A key file turns MACs on; verifying without it says so, with a wrong one exits 4")
  func keyFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("secret key bytes", to: "ledger.key")
    try directory.write("other", to: "wrong.key")
    #expect(audit(["init", "--key-file", "ledger.key"], in: directory).status == .success)
    let keyed = audit(["verify"], in: directory, environment: ["DCBPLAN_LEDGER_KEY_FILE": "ledger.key"])
    #expect(keyed.status == .success && keyed.stdout.contains("macs        checked"))
    #expect(audit(["verify"], in: directory).stdout.contains("macs        NOT checked: the entries carry MACs but no key was given"))
    let wrong = audit(["verify", "--key-file", "wrong.key"], in: directory)
    #expect(wrong.status == .ledgerVerificationFailed)
    #expect(wrong.stderr.contains("entry 0: seq 0: mac does not match"))
    #expect(audit(["verify", "--key-file", "missing.key"], in: directory).status == .missingInput)
  }

  @Test("Writing to a keyed ledger without its key, or to an unkeyed one with a key, exits 64 and writes nothing")
  func keyMismatch() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("secret key bytes", to: "ledger.key")
    #expect(audit(["init", "--key-file", "ledger.key", "--ledger", "keyed.jsonl"], in: directory).status == .success)
    #expect(audit(["init", "--ledger", "plain.jsonl"], in: directory).status == .success)
    let keyed = directory.url.appendingPathComponent("keyed.jsonl")
    let plain = directory.url.appendingPathComponent("plain.jsonl")
    let before = (try Data(contentsOf: keyed), try Data(contentsOf: plain))
    let missing = audit(["record", "note", "--text", "x", "--ledger", "keyed.jsonl"], in: directory)
    #expect(missing.status == .usageError)
    #expect(missing.stderr.contains("the ledger is authenticated (its entries carry MACs) but no key was given"))
    let extra = audit(["repair", "--ledger", "plain.jsonl", "--key-file", "ledger.key"], in: directory)
    #expect(extra.status == .usageError)
    #expect(extra.stderr.contains("the ledger is not authenticated (its entries carry no MACs) but a key was given"))
    #expect(try Data(contentsOf: keyed) == before.0 && Data(contentsOf: plain) == before.1)
    let right = audit(["record", "note", "--text", "x", "--ledger", "keyed.jsonl", "--key-file", "ledger.key"], in: directory)
    #expect(right.status == .success)
    #expect(audit(["verify", "--ledger", "keyed.jsonl", "--key-file", "ledger.key"], in: directory).status == .success)
  }

  @Test("Tampering exits 4 naming the first bad entry; a torn tail exits 4 naming repair; repair fixes it")
  func damage() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = audit(["init"], in: directory)
    for text in ["a", "b", "c"] { _ = audit(["record", "note", "--text", text], in: directory) }
    let path = directory.url.appendingPathComponent("dcb-ledger.jsonl")
    let original = try String(contentsOf: path, encoding: .utf8)
    try original.replacingOccurrences(of: #""text":"b""#, with: #""text":"B""#).write(to: path, atomically: true, encoding: .utf8)
    let tampered = audit(["verify"], in: directory)
    #expect(tampered.status == .ledgerVerificationFailed)
    #expect(tampered.stderr.contains("verification failed at entry 3: seq 3: prev does not match the hash of seq 2"))
    #expect(audit(["repair"], in: directory).status == .ledgerVerificationFailed)

    try (original + #"{"author":"te"#).write(to: path, atomically: true, encoding: .utf8)
    let torn = audit(["verify"], in: directory)
    #expect(torn.status == .ledgerVerificationFailed && torn.stderr.contains("run 'dcbplan audit repair'"))
    #expect(audit(["record", "note", "--text", "d"], in: directory).status == .ledgerVerificationFailed)
    let repair = audit(["repair"], in: directory)
    #expect(repair.status == .success && repair.stdout.hasPrefix("removed 13 bytes (last line has no newline"))
    #expect(audit(["verify"], in: directory).status == .success)
    #expect(audit(["repair"], in: directory).stdout.hasPrefix("nothing to repair"))

    // An acknowledged last entry edited so that it no longer parses is tampering, which repair refuses:
    // it must not delete the entry as if a crash had torn it.
    let repaired = try String(contentsOf: path, encoding: .utf8)
    try String(repaired.dropLast(2) + "\n").write(to: path, atomically: true, encoding: .utf8)
    let edited = audit(["verify"], in: directory)
    #expect(edited.status == .ledgerVerificationFailed && !edited.stderr.contains("repair"))
    #expect(audit(["repair"], in: directory).status == .ledgerVerificationFailed)
    #expect(try String(contentsOf: path, encoding: .utf8) == String(repaired.dropLast(2) + "\n"))
  }

  @Test("A ledger locked by another writer beyond --wait exits 75; a missing ledger exits 66")
  func busyAndMissing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(audit(["verify"], in: directory).status == .missingInput)
    _ = audit(["init"], in: directory)
    let holder = open(directory.url.appendingPathComponent("dcb-ledger.jsonl").path, O_RDONLY)
    defer { _ = close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    let busy = audit(["record", "note", "--text", "x", "--wait", "0.05"], in: directory)
    #expect(busy.status == .ledgerBusy)
    #expect(busy.stderr.contains("ledger is busy"))
  }

  @Test("--ledger and DCBPLAN_LEDGER choose the file")
  func ledgerPath() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    #expect(audit(["init", "--ledger", "books/a.jsonl"], in: directory).status == .cannotWriteOutput)
    try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("books"), withIntermediateDirectories: true)
    #expect(audit(["init", "--ledger", "books/a.jsonl"], in: directory).status == .success)
    #expect(audit(["verify"], in: directory, environment: ["DCBPLAN_LEDGER": "books/a.jsonl"]).status == .success)
  }

  @Test("record checks its options and refuses references outside the baseline")
  func recordValidation() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = audit(["init"], in: directory)
    #expect(audit(["record", "cost", "--candidate", "X", "--date", "2024-01-01", "--amount", "1.234", "--source", "S", "--reference", "R"], in: directory).status == .usageError)
    #expect(audit(["record", "milestone", "--candidate", "X", "--milestone", "M1", "--status", "slipped", "--date", "2024-01-01"], in: directory).status == .usageError)
    #expect(audit(["record", "correction", "--ref-seq", "1", "--action", "void", "--set", "a=1", "--reason", "r"], in: directory).status == .usageError)
    // Well-formed, but before any baseline: nothing could check it, so it is refused and nothing is written.
    let before = try String(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl"), encoding: .utf8)
    let early = audit(["record", "cost", "--candidate", "X", "--date", "2024-01-01", "--amount", "-12.5", "--source", "S", "--reference", "R"], in: directory)
    #expect(early.status == .invalidData)
    #expect(early.stderr.contains("the ledger has no baseline yet"))
    #expect(try String(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl"), encoding: .utf8) == before)
  }

  @Test("Amounts parse as dollars with at most two decimals")
  func amounts() {
    #expect(AuditAmount.parse("1250000")?.cents == 125_000_000)
    #expect(AuditAmount.parse("-300.5")?.cents == -30_050)
    #expect(AuditAmount.parse("0.07")?.cents == 7)
    for bad in ["", "1.234", "1,000", "1e3", "--1", "1.", ".5", "12M"] { #expect(AuditAmount.parse(bad) == nil, "\(bad)") }
  }
}
