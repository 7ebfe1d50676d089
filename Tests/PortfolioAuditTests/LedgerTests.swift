import Hashing
import Testing
@testable import PortfolioAudit

@Suite("Ledger checkpoints and proofs")
struct LedgerTests {
  @Test("Reads and writes SIZE:HEXROOT")
  func checkpointText() throws {
    let text = "7:fa301d17f858256c08fc27d0670f04584ea83d8c02cfb6176c7d79320262251e"
    let checkpoint = try #require(LedgerCheckpoint(text))
    #expect(checkpoint.size == 7 && checkpoint.description == text)
    for bad in ["", "7", ":ab", "x:" + String(repeating: "0", count: 64), "7:abc", "-1:" + String(repeating: "0", count: 64)] {
      #expect(LedgerCheckpoint(bad) == nil, "\(bad)")
    }
  }

  @Test("Each growing ledger is consistent with every earlier checkpoint of itself")
  func consistencyWithEveryEarlierCheckpoint() {
    let ledger = SampleLedger.ledger(key: nil)
    for size in 0...ledger.count {
      #expect(ledger.consistency(from: ledger.checkpoint(size: size)).verified, "size \(size)")
    }
    let tooBig = LedgerCheckpoint(size: ledger.count + 1, root: ledger.tree.root)
    #expect(!ledger.consistency(from: tooBig).verified)
  }

  @Test("Every entry has an inclusion proof in every checkpoint that covers it, and none in one that does not")
  func inclusion() {
    let ledger = SampleLedger.ledger(key: nil)
    for size in 1...ledger.count {
      let checkpoint = ledger.checkpoint(size: size)
      for seq in 0..<size { #expect(ledger.inclusion(seq: seq, at: checkpoint).verified, "\(seq) in \(size)") }
      #expect(!ledger.inclusion(seq: size, at: checkpoint).verified)
    }
    let wrongRoot = LedgerCheckpoint(size: 3, root: SHA256.hash("x".utf8))
    #expect(!ledger.inclusion(seq: 1, at: wrongRoot).verified)
  }

  @Test("The Merkle root is over the lines' bytes as RFC 6962 leaves")
  func rootOverLines() {
    let ledger = SampleLedger.ledger(key: nil)
    #expect(ledger.tree.root == MerkleTree(leaves: ledger.lines).root)
    #expect(ledger.headHash == SHA256.hash(ledger.lines[ledger.count - 1]))
  }
}
