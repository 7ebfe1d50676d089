import Foundation
import Hashing
import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Ledger entry encoding")
struct LedgerEntryTests {
  @Test("Writes the golden lines byte for byte (checked independently in Python)")
  func goldenLines() throws {
    let golden = try Fixtures.bytes("sample-ledger.jsonl")
    #expect(SampleLedger.bytes(SampleLedger.ledger(key: SampleLedger.key)) == golden)
  }

  @Test("Writes the genesis line exactly as DESIGN §5 describes")
  func genesisLine() {
    let ledger = Ledger.create(
      ledgerID: "dcb-bih/audit", time: SampleLedger.time("2024-01-02T08:00:00Z"), author: "A. Auditor", key: nil)
    let expected =
      #"{"author":"A. Auditor","payload":{"created":"2024-01-02T08:00:00Z","ledgerId":"dcb-bih/audit","version":1},"#
      + #""prev":"\#(String(repeating: "0", count: 64))","seq":0,"time":"2024-01-02T08:00:00Z","type":"genesis"}"#
    #expect(String(decoding: ledger.lines[0], as: UTF8.self) == expected)
  }

  @Test("The MAC covers the line written without the mac field")
  func macCoversUnsignedLine() throws {
    let ledger = SampleLedger.ledger(key: SampleLedger.key)
    for entry in ledger.entries {
      let mac = try #require(entry.mac)
      #expect(mac == HMACSHA256.authenticationCode(for: entry.unsignedLineBytes, key: SampleLedger.key))
      #expect(!String(decoding: entry.unsignedLineBytes, as: UTF8.self).contains("\"mac\""))
    }
  }

  @Test("Every event type decodes back to the same entry")
  func roundTrip() throws {
    var ledger = SampleLedger.ledger(key: nil)
    let time = SampleLedger.time("2025-01-01T00:00:00Z")
    let extra: [LedgerEvent] = [
      .milestone(
        MilestoneEvent(
          candidate: "DCB-D2", milestone: "M2", status: .slipped, date: SampleLedger.date("2025-05-01"),
          forecastDate: SampleLedger.date("2025-09-30"), reason: "supplier delay", evidence: "letter 17/25")),
      .milestone(
        MilestoneEvent(
          candidate: "DCB-D2", milestone: "M2", status: .progress, date: SampleLedger.date("2025-06-01"),
          percentComplete: DecimalPercent("62.5"))),
      .rebaseline(
        RebaselineEvent(
          candidate: "DCB-D2", milestones: SampleLedger.candidate.milestones, bac: Money(dollars: 2_000_000),
          reason: "scope change", approver: "steering board")),
      .correction(
        CorrectionEvent(refSeq: 4, action: .amend, fields: ["amountCents": .integer(64_000_000)], reason: "typo")),
      .correction(CorrectionEvent(refSeq: 6, action: .void, reason: "duplicate invoice")),
      .repair(RepairEvent(reason: "last line has no newline", removedBytes: 12, removedSHA256: SHA256.hash([1]).hex)),
    ]
    for event in extra { ledger.append(event, time: time, author: "auditor", key: nil) }
    for (seq, line) in ledger.lines.enumerated() {
      #expect(try LedgerEntry.decode(line: line) == ledger.entries[seq])
    }
  }

  @Test("Rejects a line that is valid JSON but not canonical")
  func rejectsNonCanonical() throws {
    let line = SampleLedger.ledger(key: nil).lines[3]
    var spaced = String(decoding: line, as: UTF8.self)
    spaced = spaced.replacingOccurrences(of: "\"seq\":3", with: "\"seq\": 3")
    #expect(throws: LedgerLineError.notCanonical) { try LedgerEntry.decode(line: Array(spaced.utf8)) }
  }

  @Test("Rejects unknown keys, wrong types and status rules with the field path")
  func rejectsSchemaViolations() throws {
    func decode(_ replace: String, _ with: String) throws -> LedgerLineError {
      let line = String(decoding: SampleLedger.ledger(key: nil).lines[3], as: UTF8.self)
      let changed = line.replacingOccurrences(of: replace, with: with)
      return try #require(throws: LedgerLineError.self) { try LedgerEntry.decode(line: Array(changed.utf8)) }
    }
    #expect(try decode(#""status":"accepted""#, #""status":"done""#) == .format(
      LedgerFormatError(path: "payload.status", message: "unknown status 'done' (started, accepted, slipped, progress)")))
    #expect(try decode(#""candidate":"DCB-D2""#, #""candidate":"DCB-D2","extra":1"#) == .format(
      LedgerFormatError(path: "payload", message: "unknown key 'extra'")))
    #expect(try decode(#""status":"accepted""#, #""status":"slipped""#) == .format(
      LedgerFormatError(path: "payload", message: "status 'slipped' needs 'forecastDate'")))
    #expect(try decode(#""seq":3"#, #""seq":"3""#) == .format(
      LedgerFormatError(path: "entry.seq", message: "expected an integer, found string")))
    #expect(try decode(#""type":"milestone""#, #""type":"payment""#) == .format(
      LedgerFormatError(path: "type", message: "unknown type 'payment'")))
  }

  @Test("The zero hash is 32 zero bytes")
  func zeroHash() {
    #expect(LedgerEntry.zeroHash.hex == String(repeating: "0", count: 64))
  }
}
