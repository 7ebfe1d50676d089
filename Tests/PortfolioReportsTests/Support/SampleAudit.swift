import Foundation
import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PortfolioReports

/// A hand-made audit snapshot for the fixture plan at 2026-03-31 (see Fixtures/README.md): some milestones accepted,
/// one slipped, two overdue, costs that run a little over on DCB-D1 and under on DCB-D3. Loosely follows the sourced
/// status points of FACTS.md §7.5 (D2 in progress, D3 in progress, D4 delivered); everything else is invented.
enum SampleAudit {
  static func d(_ text: String) -> ReportDate {
    guard let date = ReportDate(iso: text) else { preconditionFailure("bad fixture date \(text)") }
    return date
  }

  static let events: [AuditSnapshot.MilestoneEvent] = [
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D1", milestone: "M1", kind: .accepted, date: d("2024-03-20")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D1", milestone: "M2", kind: .slipped, date: d("2025-08-15"), forecast: d("2026-06-30"), reason: "radio type approval delayed"),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D2", milestone: "M1", kind: .accepted, date: d("2024-04-10")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D2", milestone: "M2", kind: .accepted, date: d("2025-05-15")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D2", milestone: "M3", kind: .accepted, date: d("2025-11-20")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D3", milestone: "M1", kind: .accepted, date: d("2024-03-25")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D3", milestone: "M2", kind: .accepted, date: d("2025-09-15")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D4", milestone: "M1", kind: .accepted, date: d("2024-03-28")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D4", milestone: "M2", kind: .accepted, date: d("2025-02-20")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D4", milestone: "M3", kind: .accepted, date: d("2025-09-25")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D4", milestone: "M4", kind: .accepted, date: d("2025-12-15")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D5", milestone: "M1", kind: .accepted, date: d("2025-04-30")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D6", milestone: "M1", kind: .accepted, date: d("2025-03-30")),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D8", milestone: "M1", kind: .slipped, date: d("2025-03-20"), forecast: d("2026-05-31"), reason: "site survey pending"),
    AuditSnapshot.MilestoneEvent(candidate: "DCB-S1", milestone: "M1", kind: .accepted, date: d("2025-03-15")),
    AuditSnapshot.MilestoneEvent(candidate: "T03", milestone: "M1", kind: .accepted, date: d("2025-03-28")),
    AuditSnapshot.MilestoneEvent(candidate: "T10", milestone: "M1", kind: .accepted, date: d("2025-03-30")),
    AuditSnapshot.MilestoneEvent(candidate: "T10", milestone: "M2", kind: .accepted, date: d("2025-07-25")),
    AuditSnapshot.MilestoneEvent(candidate: "T10", milestone: "M3", kind: .accepted, date: d("2025-10-20")),
    AuditSnapshot.MilestoneEvent(candidate: "T10", milestone: "M4", kind: .accepted, date: d("2025-12-18")),
    // After the report date: must be ignored everywhere.
    AuditSnapshot.MilestoneEvent(candidate: "DCB-D2", milestone: "M4", kind: .accepted, date: d("2026-04-15")),
  ]

  static let costs: [AuditSnapshot.Cost] = [
    AuditSnapshot.Cost(candidate: "DCB-D1", date: d("2024-03-20"), amount: Money(dollars: 900_000), source: "DCB", reference: "INV-D1-001"),
    AuditSnapshot.Cost(candidate: "DCB-D1", date: d("2025-06-30"), amount: Money(dollars: 1_400_000), source: "DCB", reference: "INV-D1-002"),
    AuditSnapshot.Cost(candidate: "DCB-D2", date: d("2024-04-10"), amount: Money(dollars: 200_000), source: "DCB", reference: "INV-D2-001"),
    AuditSnapshot.Cost(candidate: "DCB-D2", date: d("2025-05-15"), amount: Money(dollars: 1_050_000), source: "DCB", reference: "INV-D2-002"),
    AuditSnapshot.Cost(candidate: "DCB-D2", date: d("2025-11-20"), amount: Money(dollars: 480_000), source: "DCB", reference: "INV-D2-003"),
    AuditSnapshot.Cost(candidate: "DCB-D3", date: d("2024-03-25"), amount: Money(dollars: 550_000), source: "DCB", reference: "INV-D3-001"),
    AuditSnapshot.Cost(candidate: "DCB-D3", date: d("2025-09-15"), amount: Money(dollars: 2_900_000), source: "DCB", reference: "INV-D3-002"),
    AuditSnapshot.Cost(candidate: "DCB-D4", date: d("2024-03-28"), amount: Money(dollars: 310_000), source: "DCB", reference: "INV-D4-001"),
    AuditSnapshot.Cost(candidate: "DCB-D4", date: d("2025-02-20"), amount: Money(dollars: 1_480_000), source: "DCB", reference: "INV-D4-002"),
    AuditSnapshot.Cost(candidate: "DCB-D4", date: d("2025-12-15"), amount: Money(dollars: 1_190_000), source: "DCB", reference: "INV-D4-003"),
    AuditSnapshot.Cost(candidate: "DCB-D5", date: d("2025-04-30"), amount: Money(dollars: 520_000), source: "DCB", reference: "INV-D5-001"),
    AuditSnapshot.Cost(candidate: "DCB-D6", date: d("2025-03-30"), amount: Money(dollars: 380_000), source: "DCB", reference: "INV-D6-001"),
    AuditSnapshot.Cost(candidate: "DCB-D8", date: d("2025-05-10"), amount: Money(dollars: 120_000), source: "DCB", reference: "INV-D8-001"),
    AuditSnapshot.Cost(candidate: "DCB-S1", date: d("2025-03-15"), amount: Money(dollars: 410_000), source: "DCB", reference: "INV-S1-001"),
    AuditSnapshot.Cost(candidate: "DCB-S1", date: d("2025-11-30"), amount: Money(dollars: -25_000), source: "DCB", reference: "CRN-S1-001"),
    AuditSnapshot.Cost(candidate: "T03", date: d("2025-03-28"), amount: Money(dollars: 640_000), source: "US", reference: "INV-T03-001"),
    AuditSnapshot.Cost(candidate: "T10", date: d("2025-12-18"), amount: Money(dollars: 2_950_000), source: "UK", reference: "INV-T10-001"),
    AuditSnapshot.Cost(candidate: "DCB-D1", date: d("2026-05-02"), amount: Money(dollars: 700_000), source: "DCB", reference: "INV-D1-003"),
  ]

  static let findings: [AuditSnapshot.Finding] = [
    AuditSnapshot.Finding(severity: .error, code: "milestone-overdue", candidate: "DCB-D8", message: "m1 is past its baseline date of 2025-03-31 and not accepted"),
    AuditSnapshot.Finding(severity: .warning, code: "milestone-slipped", candidate: "DCB-D1", message: "m2 re-forecast from 2025-09-30 to 2026-06-30"),
    AuditSnapshot.Finding(severity: .info, code: "credit-note", candidate: "DCB-S1", message: "a credit note of $25,000 reduces actual cost"),
  ]

  static func snapshot(plan: PortfolioPlan) -> AuditSnapshot {
    AuditSnapshot(
      ledgerName: "hand-made test snapshot (Tests/PortfolioReportsTests/Support/SampleAudit.swift)", entryCount: 42,
      checkpoint: "42:9c1e5b7a3d2f4e6b8a0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a", verified: true,
      baselines: AuditSnapshot.baselines(plan: plan, portfolio: SampleInputs.portfolio), events: events, costs: costs, findings: findings)
  }
}

extension SampleAudit {
  /// The same facts as a `PortfolioAudit` ledger: genesis, the fixture plan's baseline (`BaselineBuilder`), then every
  /// event and cost recorded at noon UTC of its own date, in date order (costs before events on the same day).
  static func ledger(plan: PortfolioPlan) throws -> Ledger {
    func time(_ d: ReportDate) throws -> LedgerTime { try #require(LedgerTime(d.iso + "T12:00:00Z")) }
    func cal(_ d: ReportDate) -> CalendarDate { CalendarDate(year: d.year, month: d.month, day: d.day) }
    let digest = String(repeating: "0f", count: 32)
    var ledger = Ledger.create(ledgerID: "sample", time: try time(ReportDate(year: 2024, month: 1, day: 2)), author: "auditor", key: nil)
    let baseline = try BaselineBuilder.baseline(plan: plan, portfolio: SampleInputs.portfolio, dataInputsSHA256: plan.inputsSHA256, planSHA256: digest)
    ledger.append(.baseline(baseline), time: try time(ReportDate(year: 2024, month: 1, day: 3)), author: "auditor", key: nil)
    var items: [(ReportDate, Int, LedgerEvent)] = []
    for c in costs {
      let event = CostEvent(candidate: CandidateID(c.candidate), date: cal(c.date), amount: c.amount, source: SourceID(c.source), reference: c.reference)
      items.append((c.date, 0, .cost(event)))
    }
    for e in events {
      let status: PortfolioAudit.MilestoneEvent.Status = e.kind == .accepted ? .accepted : (e.kind == .slipped ? .slipped : .started)
      let event = PortfolioAudit.MilestoneEvent(
        candidate: CandidateID(e.candidate), milestone: MilestoneID(e.milestone), status: status, date: cal(e.date), forecastDate: e.forecast.map(cal), reason: e.reason)
      items.append((e.date, 1, .milestone(event)))
    }
    for (date, _, event) in items.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
      ledger.append(event, time: try time(date), author: "auditor", key: nil)
    }
    return ledger
  }
}
