import BundledData
import Foundation
import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PlannerCLI

@Suite("audit record, status and prove on a baseline", .tags(.medium))
struct AuditRecordCommandTests {
  /// A ledger with the example plan's baseline in a fresh directory.
  func baselined() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let plan = try #require(BundledData.datasetsURL?.appendingPathComponent("ledger/example-plan.json"))
    try FileManager.default.copyItem(at: plan, to: directory.url.appendingPathComponent("plan.json"))
    #expect(audit(["init"], in: directory).status == .success)
    #expect(audit(["baseline", "--plan", "plan.json"], in: directory).status == .success)
    return directory
  }

  func audit(_ arguments: [String], in directory: TemporaryDirectory, time: String = "2024-02-01T00:00:00Z") -> CapturedRun {
    let writes = ["init", "record", "baseline", "repair"].contains(arguments.first ?? "")
    return runInProcess(
      ["audit"] + arguments + (writes ? ["--time", time, "--author", "tester"] : []), in: directory.url)
  }

  func state(_ directory: TemporaryDirectory) throws -> LedgerState {
    let bytes = Array(try Data(contentsOf: directory.url.appendingPathComponent("dcb-ledger.jsonl")))
    return LedgerState(ledger: LedgerVerifier.verify(bytes, key: nil).ledger)
  }

  @Test("Milestones and costs outside the baseline are refused with the known IDs")
  func references() throws {
    let directory = try baselined()
    defer { directory.remove() }
    let typo = audit(["record", "milestone", "--candidate", "DCB-D2", "--milestone", "M9", "--status", "accepted", "--date", "2024-03-20"], in: directory)
    #expect(typo.status == .invalidData)
    #expect(typo.stderr.contains("milestone 'M9' is not in the baseline of 'DCB-D2' (M1, M2, M3, M4)"))
    let unknown = audit(["record", "cost", "--candidate", "T99", "--date", "2024-03-20", "--amount", "5", "--source", "DCB", "--reference", "R"], in: directory)
    #expect(unknown.status == .invalidData)
    let ok = audit(["record", "milestone", "--candidate", "DCB-D2", "--milestone", "M1", "--status", "accepted", "--date", "2024-03-20"], in: directory)
    #expect(ok.status == .success && ok.stdout.hasPrefix("recorded entry 3 (milestone)"))
    let cost = ["record", "cost", "--candidate", "DCB-D2", "--date", "2024-03-25", "--amount", "-12.5", "--reference", "R"]
    let badSource = audit(cost + ["--source", "NOPE"], in: directory)
    #expect(badSource.status == .invalidData)
    #expect(badSource.stderr.contains("source 'NOPE' funds nothing in the ledger's baseline (BIH-COFIN, DCB, NO, TR, UK, US)"))
    let badMilestone = audit(cost + ["--source", "DCB", "--milestone", "M9"], in: directory)
    #expect(badMilestone.status == .invalidData && badMilestone.stderr.contains("milestone 'M9' is not in the baseline of 'DCB-D2'"))
    let credit = audit(cost + ["--source", "DCB", "--milestone", "M1"], in: directory)
    #expect(credit.status == .success && credit.stdout.hasPrefix("recorded entry 4 (cost)"))
    #expect(try state(directory).costs.map(\.event.amount.cents) == [-1_250])
  }

  @Test("Corrections that replay would skip are refused: no live target, a bad payload, an amount beyond the limit")
  func correctionRefusals() throws {
    let directory = try baselined()
    defer { directory.remove() }
    _ = audit(["record", "note", "--text", "kick-off"], in: directory)
    _ = audit(["record", "cost", "--candidate", "DCB-D2", "--date", "2024-03-25", "--amount", "100", "--source", "DCB", "--reference", "A"], in: directory)
    let ledgerURL = directory.url.appendingPathComponent("dcb-ledger.jsonl")
    let before = try Data(contentsOf: ledgerURL)
    let refusals: [([String], String)] = [
      (["--ref-seq", "99", "--action", "void"], "seq 99 is no live milestone or cost entry"),
      (["--ref-seq", "3", "--action", "void"], "seq 3 is no live milestone or cost entry"),  // the note
      (["--ref-seq", "4", "--set", "amountCents=9223372036854775807"], "beyond ±999999999999999"),
      (["--ref-seq", "4", "--set", "amountCents=-9223372036854775808"], "beyond ±999999999999999"),
      (["--ref-seq", "4", "--set", "amountCents=ten"], "payload.amountCents: expected an integer"),
      (["--ref-seq", "4", "--set", "colour=red"], "unknown key 'colour'"),
      (["--ref-seq", "4", "--set", "candidate=T99"], "candidate 'T99' is not in the ledger's baseline"),
    ]
    for (options, message) in refusals {
      let result = audit(["record", "correction"] + options + ["--reason", "r"], in: directory)
      #expect(result.status == .invalidData, "\(options)")
      #expect(result.stderr.contains(message), "\(options): \(result.stderr)")
    }
    #expect(try Data(contentsOf: ledgerURL) == before)
    #expect(audit(["record", "correction", "--ref-seq", "4", "--action", "void", "--reason", "duplicate"], in: directory).status == .success)
    // Voided, the cost is no longer live: a second correction of it would be skipped, so it is refused.
    let again = audit(["record", "correction", "--ref-seq", "4", "--set", "amountCents=5", "--reason", "r"], in: directory)
    #expect(again.status == .invalidData && again.stderr.contains("seq 4 is no live milestone or cost entry"))
    #expect(try state(directory).costs.isEmpty && state(directory).issues.isEmpty)
  }

  @Test("A rebaseline moves a milestone and revalues another; BAC follows; status uses it")
  func rebaseline() throws {
    let directory = try baselined()
    defer { directory.remove() }
    let result = audit(
      ["record", "rebaseline", "--candidate", "DCB-D2", "--move", "M2=2025-06-30", "--value", "M4=450000", "--reason", "late delivery",
       "--approver", "steering board"], in: directory)
    #expect(result.status == .success, "\(result.stderr)")
    let d2 = try #require(try state(directory).candidate("DCB-D2"))
    #expect(d2.milestone("M2")?.plannedDate.description == "2025-06-30")
    #expect(d2.bac == Money(dollars: 2_050_000))
    #expect(audit(["record", "rebaseline", "--candidate", "DCB-D2", "--move", "M7=2025-06-30", "--reason", "r", "--approver", "a"], in: directory).status == .invalidData)
    #expect(audit(["record", "rebaseline", "--candidate", "DCB-D2", "--reason", "r", "--approver", "a"], in: directory).status == .usageError)
  }

  @Test("A correction amends a cost; status options change technique, EAC and thresholds")
  func correctionAndStatus() throws {
    let directory = try baselined()
    defer { directory.remove() }
    _ = audit(["record", "milestone", "--candidate", "DCB-D2", "--milestone", "M1", "--status", "accepted", "--date", "2024-03-20"], in: directory)
    _ = audit(["record", "cost", "--candidate", "DCB-D2", "--date", "2024-03-25", "--amount", "250000", "--source", "DCB", "--reference", "INV-1"], in: directory)
    #expect(audit(["record", "correction", "--ref-seq", "4", "--set", "amountCents=20000000", "--reason", "typo"], in: directory).status == .success)
    #expect(try state(directory).costs.first?.event.amount == Money(dollars: 200_000))
    let csv = audit(["status", "--as-of", "2024-03-31", "--format", "csv"], in: directory)
    #expect(csv.status == .success)
    #expect(csv.stdout.contains("candidate,DCB-D2,2000000.00,200000.00,200000.00,200000.00,0.00,0.00,1.000000,1.000000,"))
    let strict = audit(["status", "--as-of", "2024-03-31", "--variance-amount", "0", "--variance-percent", "0", "--variance-rule", "and"], in: directory)
    #expect(strict.stdout.contains("[SignificantVariance]"))
    let zeroHundred = audit(["status", "--as-of", "2024-03-31", "--technique", "0/100", "--format", "json"], in: directory)
    #expect(zeroHundred.stdout.contains(#""technique": "0/100""#))
    #expect(audit(["status", "--technique", "magic"], in: directory).status == .usageError)
    let loose = audit(["status", "--as-of", "2024-03-31", "--bands", "0.5,1.5,0.4,1.6", "--format", "csv"], in: directory)
    #expect(loose.stdout.contains("candidate,DCB-D2,") && loose.stdout.contains(",green\n"))
    #expect(audit(["status", "--bands", "1.05,0.95,0.90,1.10"], in: directory).status == .usageError)
    #expect(AuditStatusCommand.basisPoints("0.95") == 9_500 && AuditStatusCommand.basisPoints("1.1") == 11_000)
    #expect(AuditStatusCommand.basisPoints("0.12345") == nil && AuditStatusCommand.basisPoints("x") == nil)
    #expect(audit(["status", "--as-of", "2024-13-01"], in: directory).status == .usageError)
  }

  @Test("Editing a cost and recomputing the whole chain verifies, but prove --from an earlier checkpoint fails")
  func rewrittenHistory() throws {
    let directory = try baselined()
    defer { directory.remove() }
    _ = audit(["record", "cost", "--candidate", "DCB-D2", "--date", "2024-03-25", "--amount", "250000", "--source", "DCB", "--reference", "INV-1"], in: directory)
    let kept = audit(["checkpoint"], in: directory).stdout.trimmingCharacters(in: .newlines)
    _ = audit(["record", "note", "--text", "later"], in: directory)
    #expect(audit(["prove", "--from", kept], in: directory).status == .success)

    // The forger rewrites the cost to 200,000 and recomputes every later prev hash (no key: nothing else stops it).
    let path = directory.url.appendingPathComponent("dcb-ledger.jsonl")
    let bytes = Array(try Data(contentsOf: path))
    var forged = LedgerVerifier.verify(bytes, key: nil).ledger
    var rebuilt = Ledger.create(ledgerID: forged.ledgerID ?? "", time: forged.entries[0].time, author: forged.entries[0].author, key: nil)
    for entry in forged.entries.dropFirst() {
      var event = entry.event
      if case .cost(var cost) = event {
        cost.amount = Money(dollars: 200_000)
        event = .cost(cost)
      }
      rebuilt.append(event, time: entry.time, author: entry.author, key: nil)
    }
    forged = rebuilt
    try Data(forged.lines.flatMap { $0 + [0x0A] }).write(to: path)
    #expect(audit(["verify"], in: directory).status == .success)
    let prove = audit(["prove", "--from", kept], in: directory)
    #expect(prove.status == .ledgerVerificationFailed)
    #expect(prove.stderr.contains("do not match the checkpoint: history was rewritten"))
  }
}
