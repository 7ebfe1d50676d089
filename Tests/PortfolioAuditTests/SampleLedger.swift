import Hashing
import PortfolioDomain
@testable import PortfolioAudit

/// A small hand-made ledger used across the ledger tests: one candidate, two milestones, two costs.
enum SampleLedger {
  static let key: [UInt8] = Array("test-ledger-key".utf8)

  static func time(_ text: String) -> LedgerTime {
    guard let time = LedgerTime(text) else { preconditionFailure("bad test time \(text)") }
    return time
  }

  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate.parse(text) else { preconditionFailure("bad test date \(text)") }
    return date
  }

  static let candidate = BaselineCandidate(
    candidate: "DCB-D2", kind: .dcbDefence, tier: "full", startYear: 2024, finishYear: 2025,
    plannedStart: date("2024-01-01"), bac: Money(dollars: 2_000_000),
    funding: [SourceAmount(source: "DCB", amount: Money(dollars: 2_000_000))],
    milestones: [
      BaselineMilestone(
        milestone: "M1", title: "contract signed", plannedDate: date("2024-06-30"), weightPercent: 30,
        plannedValue: Money(dollars: 600_000)),
      BaselineMilestone(
        milestone: "M2", title: "vehicles delivered", plannedDate: date("2025-06-30"), weightPercent: 70,
        plannedValue: Money(dollars: 1_400_000)),
    ])

  static let baseline = BaselineEvent(
    inputsSHA256: SHA256.hash("inputs".utf8).hex, planSHA256: SHA256.hash("plan".utf8).hex, scenario: "default",
    bac: Money(dollars: 2_000_000), candidates: [candidate])

  /// The events after genesis, with their times.
  static let events: [(LedgerEvent, String)] = [
    (
      .planApproved(
        PlanApprovedEvent(
          inputsSHA256: SHA256.hash("inputs".utf8).hex, planSHA256: SHA256.hash("plan".utf8).hex,
          objective: "0.61", scenario: "default", approver: "program board")), "2024-01-10T09:00:00Z"
    ),
    (.baseline(baseline), "2024-01-10T09:05:00Z"),
    (
      .milestone(MilestoneEvent(candidate: "DCB-D2", milestone: "M1", status: .accepted, date: date("2024-07-15"))),
      "2024-07-16T08:00:00Z"
    ),
    (
      .cost(
        CostEvent(
          candidate: "DCB-D2", date: date("2024-07-20"), amount: Money(dollars: 650_000), source: "DCB",
          reference: "INV-2024-001")), "2024-07-21T08:00:00Z"
    ),
    (.note(NoteEvent(text: "training \"phase 1\" held\nin Sarajevo/Butmir", candidate: "DCB-D2")), "2024-09-01T12:00:00Z"),
    (
      .cost(
        CostEvent(
          candidate: "DCB-D2", date: date("2024-11-30"), amount: Money(cents: 12_345_67), source: "DCB",
          reference: "INV-2024-002", milestone: "M2")), "2024-12-01T08:00:00Z"
    ),
  ]

  /// The sample ledger, keyed or not.
  static func ledger(key: [UInt8]?) -> Ledger {
    var ledger = Ledger.create(
      ledgerID: "dcb-bih/test", time: time("2024-01-02T08:00:00Z"), author: "auditor", key: key)
    for (event, when) in events { ledger.append(event, time: time(when), author: "auditor", key: key) }
    return ledger
  }

  /// The file bytes of a ledger: each line and a newline.
  static func bytes(_ ledger: Ledger) -> [UInt8] { bytes(ledger.lines) }

  static func bytes(_ lines: [[UInt8]]) -> [UInt8] { lines.flatMap { $0 + [0x0A] } }
}
