import Foundation
import PortfolioAudit
import PortfolioDomain

/// `dcbplan-bench ledger-verify [ENTRIES]`: builds a keyed ledger of ENTRIES entries (default 100,000: notes,
/// costs and milestone events after a baseline) in the temporary directory, then times `LedgerStore.read()`
/// (lock, read, parse, canonical re-encoding, chain, MACs, Merkle tree) and prints entries per second.
enum LedgerBenchmark {
  static func run(arguments: [String]) -> Int32 {
    let count = arguments.first.flatMap { Int($0) } ?? 100_000
    guard count >= 2 else {
      print("error: entries must be at least 2")
      return 64
    }
    let key = Array("dcbplan-bench ledger key".utf8)
    guard let start = LedgerTime("2024-01-01T00:00:00Z") else { return 65 }
    var ledger = Ledger.create(ledgerID: "bench", time: start, author: "bench", key: key)
    let date = CalendarDate(year: 2024, month: 6, day: 30)
    for index in 1..<count {
      let event: LedgerEvent
      switch index % 3 {
      case 0:
        event = .cost(
          CostEvent(
            candidate: CandidateID("DCB-D\(index % 9 + 1)"), date: date, amount: Money(cents: Int64(index) * 1_234),
            source: "DCB", reference: "INV-\(index)"))
      case 1:
        event = .milestone(
          MilestoneEvent(candidate: CandidateID("DCB-D\(index % 9 + 1)"), milestone: MilestoneID("M\(index % 4 + 1)"), status: .started, date: date))
      default: event = .note(NoteEvent(text: "bench note \(index): progress meeting held"))
      }
      ledger.append(event, time: start, author: "bench", key: key)
    }
    let path = NSTemporaryDirectory() + "dcbplan-bench-ledger-\(getpid()).jsonl"
    var bytes: [UInt8] = []
    for line in ledger.lines {
      bytes += line
      bytes.append(0x0A)
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      print("error: cannot write \(path)")
      return 73
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = LedgerStore(path: path, key: key)
    let clock = ContinuousClock()
    let begin = clock.now
    let verification: LedgerVerification
    do {
      verification = try store.read()
    } catch {
      print("error: \(error)")
      return 66
    }
    let elapsed = clock.now - begin
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard verification.isValid else {
      print("error: \(String(describing: verification.problem))")
      return 4
    }
    print("ledger: \(count) entries, \(bytes.count) bytes, checkpoint \(verification.ledger.checkpoint)")
    print("verify: \(String(format: "%.3f", seconds)) s, \(Int((Double(count) / seconds).rounded())) entries/s, "
      + "\(String(format: "%.1f", Double(bytes.count) / 1e6 / seconds)) MB/s (MACs checked)")
    return 0
  }
}
