import Hashing
import PortfolioDomain
@testable import PortfolioAudit

/// The hand-computed two-candidate project of `EarnedValueCalculatorTests` (figures worked out on paper there).
///
/// P1 (dcb-defence, paid 100 % by DCB), BAC $1,000,000, start 2024:
///   M1 2024-03-31 $100,000 · M2 2024-06-30 $200,000 · M3 2024-12-31 $300,000 · M4 2025-06-30 $400,000.
///   M1 accepted 2024-03-20; M2 accepted 2024-08-15 (late); M3 slipped on 2024-11-15 to 2025-03-31, 50 % done on
///   2024-12-15. Costs $60,000 (2024-02-15), $150,000 (2024-05-31), $180,000 (2024-09-30), $50,000 (2025-01-15).
/// P2 (technology-transfer, paid 60 % US, 40 % BIH-COFIN), BAC $500,000, start 2024:
///   N1 2024-06-30 $250,000 · N2 2025-06-30 $250,000. N1 accepted 2024-06-20. Cost $200,000 (2024-06-30, US).
enum HandComputedProject {
  static func d(_ text: String) -> CalendarDate { SampleLedger.date(text) }

  static func milestone(_ id: MilestoneID, _ date: String, _ weight: Int, _ dollars: Int64) -> BaselineMilestone {
    BaselineMilestone(milestone: id, title: "milestone \(id)", plannedDate: d(date), weightPercent: weight, plannedValue: Money(dollars: dollars))
  }

  static let p1 = BaselineCandidate(
    candidate: "P1", kind: .dcbDefence, tier: "full", startYear: 2024, finishYear: 2025, plannedStart: d("2024-01-01"),
    bac: Money(dollars: 1_000_000), funding: [SourceAmount(source: "DCB", amount: Money(dollars: 1_000_000))],
    milestones: [
      milestone("M1", "2024-03-31", 10, 100_000), milestone("M2", "2024-06-30", 20, 200_000),
      milestone("M3", "2024-12-31", 30, 300_000), milestone("M4", "2025-06-30", 40, 400_000),
    ])

  static let p2 = BaselineCandidate(
    candidate: "P2", kind: .technologyTransfer, tier: "basic", startYear: 2024, finishYear: 2025,
    plannedStart: d("2024-01-01"), bac: Money(dollars: 500_000),
    funding: [
      SourceAmount(source: "BIH-COFIN", amount: Money(dollars: 200_000)),
      SourceAmount(source: "US", amount: Money(dollars: 300_000)),
    ],
    milestones: [milestone("N1", "2024-06-30", 50, 250_000), milestone("N2", "2025-06-30", 50, 250_000)])

  static func cost(_ candidate: CandidateID, _ date: String, _ dollars: Int64, _ source: SourceID, _ ref: String) -> LedgerEvent {
    .cost(CostEvent(candidate: candidate, date: d(date), amount: Money(dollars: dollars), source: source, reference: ref))
  }

  static let events: [LedgerEvent] = [
    .baseline(
      BaselineEvent(
        inputsSHA256: SHA256.hash("i".utf8).hex, planSHA256: SHA256.hash("p".utf8).hex, scenario: "default",
        bac: Money(dollars: 1_500_000), candidates: [p1, p2])),
    .milestone(MilestoneEvent(candidate: "P1", milestone: "M1", status: .accepted, date: d("2024-03-20"))),
    .milestone(MilestoneEvent(candidate: "P1", milestone: "M2", status: .started, date: d("2024-04-02"))),
    .milestone(MilestoneEvent(candidate: "P1", milestone: "M2", status: .accepted, date: d("2024-08-15"))),
    .milestone(
      MilestoneEvent(
        candidate: "P1", milestone: "M3", status: .slipped, date: d("2024-11-15"), forecastDate: d("2025-03-31"),
        reason: "late parts")),
    .milestone(
      MilestoneEvent(candidate: "P1", milestone: "M3", status: .progress, date: d("2024-12-15"), percentComplete: DecimalPercent("50"))),
    .milestone(MilestoneEvent(candidate: "P2", milestone: "N1", status: .accepted, date: d("2024-06-20"))),
    cost("P1", "2024-02-15", 60_000, "DCB", "C1"),
    cost("P1", "2024-05-31", 150_000, "DCB", "C2"),
    cost("P1", "2024-09-30", 180_000, "DCB", "C3"),
    cost("P1", "2025-01-15", 50_000, "DCB", "C4"),
    cost("P2", "2024-06-30", 200_000, "US", "C5"),
  ]

  static func ledger() -> Ledger {
    var ledger = Ledger.create(ledgerID: "hand", time: SampleLedger.time("2024-01-01T00:00:00Z"), author: "a", key: nil)
    for event in events { ledger.append(event, time: SampleLedger.time("2025-02-01T00:00:00Z"), author: "a", key: nil) }
    return ledger
  }

  static func state() -> LedgerState { LedgerState(ledger: ledger()) }
}
