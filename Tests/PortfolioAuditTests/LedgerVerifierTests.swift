import Hashing
import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Ledger verification: tampering and interrupted writes")
struct LedgerVerifierTests {
  @Test("A good ledger verifies, with or without checking MACs")
  func goodLedger() throws {
    let bytes = try Fixtures.bytes("sample-ledger.jsonl")
    let keyed = LedgerVerifier.verify(bytes, key: SampleLedger.key)
    #expect(keyed.isValid && keyed.macsChecked && keyed.ledger.count == 7)
    #expect(keyed.ledger.checkpoint.description == "7:fa301d17f858256c08fc27d0670f04584ea83d8c02cfb6176c7d79320262251e")
    let unkeyed = LedgerVerifier.verify(bytes, key: nil)
    #expect(unkeyed.isValid && !unkeyed.macsChecked)
  }

  @Test("The MAC input cut from a canonical line equals the entry encoded without its mac")
  func unsignedBytesCut() throws {
    var ledger = SampleLedger.ledger(key: SampleLedger.key)
    ledger.append(
      .note(NoteEvent(text: #","mac":"\#(String(repeating: "0", count: 64))" trap"#)),
      time: SampleLedger.time("2025-01-01T00:00:00Z"), author: #"a","mac":"x \ "#, key: SampleLedger.key)
    for (seq, entry) in ledger.entries.enumerated() {
      let mac = try #require(entry.mac)
      #expect(LedgerVerifier.unsignedBytes(ofCanonicalLine: ledger.lines[seq], mac: mac) == entry.unsignedLineBytes)
    }
    #expect(LedgerVerifier.verify(SampleLedger.bytes(ledger), key: SampleLedger.key).isValid)
  }

  @Test("A wrong key is caught at seq 0")
  func wrongKey() throws {
    let result = LedgerVerifier.verify(try Fixtures.bytes("sample-ledger.jsonl"), key: Array("other".utf8))
    guard case .tampered(let seq, _) = result.problem else { Issue.record("not tampered"); return }
    #expect(seq == 0)
  }

  @Test("Flipping any one bit of any complete line is tampering, located at that entry with a key")
  func flipOneBit() throws {
    let ledger = SampleLedger.ledger(key: SampleLedger.key)
    let bytes = SampleLedger.bytes(ledger)
    var offset = 0
    for (seq, line) in ledger.lines.enumerated() {
      for byte in stride(from: 0, to: line.count, by: 7) {
        for bit in [0, 3, 6] {
          var corrupted = bytes
          corrupted[offset + byte] ^= UInt8(1 << bit)
          let result = LedgerVerifier.verify(corrupted, key: SampleLedger.key)
          if seq == ledger.count - 1, corrupted[offset + byte] == 0, case .interruptedWrite = result.problem {
            continue  // a zero byte in a last line that no longer parses is what a crash leaves
          }
          guard case .tampered(let badSeq, _) = result.problem else {
            Issue.record("seq \(seq) byte \(byte) bit \(bit): \(String(describing: result.problem))")
            continue
          }
          #expect(badSeq == seq, "seq \(seq) byte \(byte) bit \(bit)")
        }
      }
      offset += line.count + 1
    }
  }

  @Test("Without a key, a flipped bit is still located at that entry or the next one's prev")
  func flipWithoutKey() {
    let ledger = SampleLedger.ledger(key: nil)
    let bytes = SampleLedger.bytes(ledger)
    let lineStart = ledger.lines[0].count + ledger.lines[1].count + 2
    // Change the plan's objective digit inside seq 2's line: still canonical, so seq 3's prev breaks.
    let text = String(decoding: ledger.lines[2], as: UTF8.self)
    let position = Array(text.utf8).firstIndex(of: UInt8(ascii: "6")) ?? 0
    var corrupted = bytes
    corrupted[lineStart + position] = UInt8(ascii: "7")
    let result = LedgerVerifier.verify(corrupted, key: nil)
    guard case .tampered(let seq, let reason) = result.problem else { Issue.record("not tampered"); return }
    #expect(seq == 3)
    #expect(reason.contains("prev does not match the hash of seq 2"))
  }

  @Test("Deleting an entry is located at its position")
  func deleteEntry() {
    var lines = SampleLedger.ledger(key: nil).lines
    lines.remove(at: 4)
    let result = LedgerVerifier.verify(SampleLedger.bytes(lines), key: nil)
    #expect(result.problem == .tampered(seq: 4, reason: "line 5 has seq 5, expected 4"))
  }

  @Test("Swapping two entries is located at the first of them")
  func swapEntries() {
    var lines = SampleLedger.ledger(key: SampleLedger.key).lines
    lines.swapAt(3, 5)
    let result = LedgerVerifier.verify(SampleLedger.bytes(lines), key: SampleLedger.key)
    #expect(result.problem == .tampered(seq: 3, reason: "line 4 has seq 5, expected 3"))
  }

  @Test("Editing a cost and recomputing the whole chain verifies, but fails an earlier checkpoint")
  func rewrittenHistory() throws {
    let original = SampleLedger.ledger(key: nil)
    let kept = original.checkpoint(size: 5)
    var forged = Ledger.create(
      ledgerID: "dcb-bih/test", time: SampleLedger.time("2024-01-02T08:00:00Z"), author: "auditor", key: nil)
    for (index, (event, when)) in SampleLedger.events.enumerated() {
      var event = event
      if index == 3, case .cost(var cost) = event {
        cost.amount = Money(dollars: 600_000)
        event = .cost(cost)
      }
      forged.append(event, time: SampleLedger.time(when), author: "auditor", key: nil)
    }
    let result = LedgerVerifier.verify(SampleLedger.bytes(forged), key: nil)
    #expect(result.isValid)
    let check = result.ledger.consistency(from: kept)
    #expect(!check.verified)
    #expect(original.consistency(from: kept).verified)
  }

  @Test("A last line cut at any byte is an interrupted write, never tampering")
  func tornTailAtEveryByte() {
    let ledger = SampleLedger.ledger(key: SampleLedger.key)
    let complete = SampleLedger.bytes(Array(ledger.lines.dropLast()))
    let last = ledger.lines[ledger.count - 1] + [0x0A]
    for cut in 1..<last.count {
      let result = LedgerVerifier.verify(complete + last[..<cut], key: SampleLedger.key)
      guard case .interruptedWrite(let tail) = result.problem else {
        Issue.record("cut \(cut): \(String(describing: result.problem))")
        continue
      }
      #expect(tail.offset == complete.count && tail.removedBytes == cut)
      #expect(result.ledger.count == ledger.count - 1)
    }
  }

  @Test("A complete last line that does not parse is tampering, unless it holds the zero bytes a crash leaves")
  func garbageLines() {
    let lines = SampleLedger.ledger(key: nil).lines
    // Whole lines go out in one write, so a crash cannot leave a newline after a cut line: this was edited.
    for garbage in ["{\"seq\":7,\"ty", "garbage", ""] {
      let atEnd = LedgerVerifier.verify(SampleLedger.bytes(lines + [Array(garbage.utf8)]), key: nil)
      guard case .tampered(let seq, _) = atEnd.problem else {
        Issue.record("'\(garbage)': \(String(describing: atEnd.problem))")
        continue
      }
      #expect(seq == lines.count)
      #expect(atEnd.ledger.count == lines.count)
    }
    // The acknowledged last entry, edited so that it no longer parses, is tampering, not a torn write.
    var edited = lines
    edited[edited.count - 1].removeLast()
    guard case .tampered(let editedSeq, _) = LedgerVerifier.verify(SampleLedger.bytes(edited), key: nil).problem else {
      Issue.record("an edited last entry was not reported as tampering")
      return
    }
    #expect(editedSeq == lines.count - 1)
    // Zeros where the file grew before its data reached the disk, then the newline that did: a crash.
    let zeroed = Array(repeating: UInt8(0), count: 12) + Array("ype\":\"note\"}".utf8)
    let crashed = LedgerVerifier.verify(SampleLedger.bytes(lines + [zeroed]), key: nil)
    guard case .interruptedWrite(let tail) = crashed.problem else { Issue.record("zeros not interrupted"); return }
    #expect(tail.reason.hasPrefix("last line does not parse and holds zero bytes"))
    #expect(tail.offset == SampleLedger.bytes(lines).count && tail.removedBytes == zeroed.count + 1)
    var middle = lines
    middle.insert(Array("garbage".utf8), at: 3)
    guard case .tampered(let seq, _) = LedgerVerifier.verify(SampleLedger.bytes(middle), key: nil).problem else {
      Issue.record("not tampered")
      return
    }
    #expect(seq == 3)
  }

  @Test("An empty file, a missing genesis and a second genesis are reported")
  func structuralProblems() {
    #expect(LedgerVerifier.verify([], key: nil).problem == .empty)
    let lines = SampleLedger.ledger(key: nil).lines
    guard case .tampered(0, _) = LedgerVerifier.verify(SampleLedger.bytes(Array(lines.dropFirst())), key: nil).problem
    else {
      Issue.record("missing genesis not caught")
      return
    }
  }

  @Test("A keyed ledger whose MACs were stripped fails when verified with the key")
  func strippedMAC() {
    let unkeyed = SampleLedger.ledger(key: nil)
    let result = LedgerVerifier.verify(SampleLedger.bytes(unkeyed), key: SampleLedger.key)
    #expect(result.problem == .tampered(seq: 0, reason: "seq 0: no mac although a key is configured"))
  }
}
