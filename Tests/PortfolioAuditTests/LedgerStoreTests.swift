import Foundation
import Hashing
import PortfolioDomain
import Testing
@testable import PortfolioAudit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Ledger file store")
struct LedgerStoreTests {
  /// A fresh directory under the temporary directory, removed by the caller's `defer`.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dcb-ledger-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let t0 = SampleLedger.time("2024-01-02T08:00:00Z")

  static func note(_ number: Int) -> LedgerEvent { .note(NoteEvent(text: "note \(number)")) }

  @Test("Creates, appends and reads back a keyed ledger")
  func createAppendRead() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let store = LedgerStore(path: directory.appendingPathComponent("l.jsonl").path, key: SampleLedger.key)
    try store.create(ledgerID: "dcb-bih/test", time: Self.t0, author: "auditor")
    for (event, when) in SampleLedger.events {
      try store.append(event, time: SampleLedger.time(when), author: "auditor")
    }
    let result = try store.read()
    #expect(result.isValid && result.macsChecked)
    #expect(SampleLedger.bytes(result.ledger) == (try Fixtures.bytes("sample-ledger.jsonl")))
  }

  @Test("Refuses to create over an existing file and reports a missing one")
  func existingAndMissing() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("l.jsonl").path
    let store = LedgerStore(path: path)
    #expect(throws: LedgerStoreError.notFound(path: path)) { try store.read() }
    #expect(throws: LedgerStoreError.notFound(path: path)) { try store.append(Self.note(1), time: Self.t0, author: "a") }
    try store.create(ledgerID: "x", time: Self.t0, author: "a")
    #expect(throws: LedgerStoreError.alreadyExists(path: path)) { try store.create(ledgerID: "x", time: Self.t0, author: "a") }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["l.jsonl"])
  }

  @Test("Writes with a key to an unauthenticated ledger, or without one to an authenticated ledger, are refused")
  func keyMismatch() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for keyed in [true, false] {
      let path = directory.appendingPathComponent("l-\(keyed).jsonl").path
      let owner = LedgerStore(path: path, key: keyed ? SampleLedger.key : nil)
      try owner.create(ledgerID: "x", time: Self.t0, author: "a")
      try owner.append(Self.note(1), time: Self.t0, author: "a")
      let before = try Data(contentsOf: URL(fileURLWithPath: path))
      let other = LedgerStore(path: path, key: keyed ? nil : SampleLedger.key)
      #expect(throws: LedgerStoreError.keyMismatch(path: path, ledgerIsKeyed: keyed)) {
        try other.append(Self.note(2), time: Self.t0, author: "a")
      }
      // A torn tail does not let a repair without the key slip an unauthenticated entry in either.
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: Data("{\"au".utf8))
      try handle.close()
      #expect(throws: LedgerStoreError.keyMismatch(path: path, ledgerIsKeyed: keyed)) {
        try other.repair(time: Self.t0, author: "a")
      }
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before + Data("{\"au".utf8))
      #expect(try owner.repair(time: Self.t0, author: "a") != nil)
      try owner.append(Self.note(3), time: Self.t0, author: "a")
      #expect(try owner.read().isValid)
    }
  }

  @Test("A torn tail blocks appends until repair, which truncates it and records a repair entry")
  func tornTailAndRepair() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("l.jsonl").path
    let store = LedgerStore(path: path, key: SampleLedger.key)
    try store.create(ledgerID: "x", time: Self.t0, author: "a")
    try store.append(Self.note(1), time: Self.t0, author: "a")
    let partial = Array(#"{"author":"a","mac":"12"#.utf8)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(partial))
    try handle.close()

    guard case .interruptedWrite(let tail) = try store.read().problem else { Issue.record("not detected"); return }
    #expect(tail.removedBytes == partial.count)
    #expect(throws: LedgerStoreError.self) { try store.append(Self.note(2), time: Self.t0, author: "a") }
    do {
      try store.append(Self.note(2), time: Self.t0, author: "a")
    } catch let error {
      guard case .needsRepair = error else { Issue.record("wrong error \(error)"); return }
    }

    let repair = try #require(try store.repair(time: Self.t0, author: "a"))
    #expect(repair.seq == 2)
    #expect(
      repair.event
        == .repair(
          RepairEvent(reason: "last line has no newline", removedBytes: partial.count, removedSHA256: SHA256.hash(partial).hex)))
    try store.append(Self.note(2), time: Self.t0, author: "a")
    let after = try store.read()
    #expect(after.isValid && after.ledger.count == 4)
    #expect(try store.repair(time: Self.t0, author: "a") == nil)
  }

  @Test("Repair refuses a tampered ledger")
  func repairRefusesTampering() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("l.jsonl").path
    var lines = SampleLedger.ledger(key: nil).lines
    lines.swapAt(2, 3)
    try Data(SampleLedger.bytes(lines)).write(to: URL(fileURLWithPath: path))
    let store = LedgerStore(path: path)
    #expect(throws: LedgerStoreError.verificationFailed(path: path, problem: .tampered(seq: 2, reason: "line 3 has seq 3, expected 2"))) {
      try store.repair(time: Self.t0, author: "a")
    }
  }

  @Test("A writer that cannot get the lock in time fails with busy")
  func lockTimeout() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("l.jsonl").path
    let store = LedgerStore(path: path, lockTimeoutMilliseconds: 50, lockPollMilliseconds: 5)
    try store.create(ledgerID: "x", time: Self.t0, author: "a")
    let holder = open(path, O_RDONLY)
    #expect(holder >= 0)
    defer { _ = close(holder) }
    #expect(flock(holder, LOCK_EX) == 0)
    #expect(throws: LedgerStoreError.busy(path: path, waitedMilliseconds: 50)) {
      try store.append(Self.note(1), time: Self.t0, author: "a")
    }
    #expect(flock(holder, LOCK_UN) == 0)
    try store.append(Self.note(1), time: Self.t0, author: "a")
    #expect(try store.read().ledger.count == 2)
  }

  @Test("Two concurrent appenders lose nothing")
  func concurrentAppenders() async throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("l.jsonl").path
    let key = SampleLedger.key
    try LedgerStore(path: path, key: key).create(ledgerID: "x", time: Self.t0, author: "a")
    let perWriter = 40
    try await withThrowingTaskGroup(of: [Int].self) { group in
      for writer in 0..<2 {
        group.addTask {
          let store = LedgerStore(path: path, key: key)
          var acknowledged: [Int] = []
          for index in 0..<perWriter {
            let entry = try store.append(
              .note(NoteEvent(text: "writer \(writer) note \(index)")), time: Self.t0, author: "writer \(writer)")
            acknowledged.append(entry.seq)
          }
          return acknowledged
        }
      }
      var all: [Int] = []
      for try await seqs in group { all += seqs }
      #expect(Set(all).count == 2 * perWriter)
    }
    let result = try LedgerStore(path: path, key: key).read()
    #expect(result.isValid && result.ledger.count == 1 + 2 * perWriter)
    var texts: Set<String> = []
    for entry in result.ledger.entries { if case .note(let note) = entry.event { texts.insert(note.text) } }
    #expect(texts.count == 2 * perWriter)
  }
}
