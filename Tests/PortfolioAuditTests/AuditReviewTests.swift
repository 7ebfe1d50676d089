import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Auditor rules")
struct AuditReviewTests {
  /// The hand-computed project plus `extra` entries recorded at `recorded`, reviewed as of `asOf`.
  func review(
    _ extra: [LedgerEvent] = [], asOf: String = "2024-12-31", recorded: String = "2025-02-01T00:00:00Z",
    settings: AuditSettings = AuditSettings()
  ) -> [AuditorFinding] {
    var ledger = HandComputedProject.ledger()
    for event in extra { ledger.append(event, time: SampleLedger.time(recorded), author: "a", key: nil) }
    let state = LedgerState(ledger: ledger)
    let report = EarnedValueCalculator.report(state: state, asOf: SampleLedger.date(asOf))
    return AuditReview.findings(in: AuditRuleContext(state: state, report: report, settings: settings))
  }

  func of(_ check: String, _ findings: [AuditorFinding]) -> [AuditorFinding] { findings.filter { $0.check == check } }

  @Test("Variances, stoplights, BEI and TCPI on the hand-computed project")
  func performanceFindings() {
    let findings = review()
    let variances = of("SignificantVariance", findings)
    #expect(variances.map(\.candidate) == ["P1", "P1", "P2"])
    #expect(variances[0].message.hasPrefix("cost variance -$90,000 (-30.00 % of ev) breaches $15,000 or 10.00 %"))
    let lights = of("PerformanceStoplight", findings)
    #expect(lights.map(\.message) == ["red: spi 0.50 red, cpi 0.77 red", "red: spi 1.00 green, cpi 1.25 red"])
    #expect(of("LowBaselineExecution", findings).map(\.candidate) == [nil, "P1"])
    #expect(of("TCPIAboveCPI", findings).map(\.candidate) == ["P1"])
    #expect(of("OverdueMilestone", findings).isEmpty)
    #expect(!findings.contains { $0.severity == .error })
  }

  @Test("Overdue starts the day after the due date and reports the forecast")
  func overdue() {
    let findings = of("OverdueMilestone", review(asOf: "2025-01-10"))
    #expect(findings.count == 1)
    #expect(findings.first?.message == "due 2024-12-31, not accepted: 10 days late; forecast 2025-03-31")
  }

  @Test("Entries recorded after the status date are flagged as backfilled, those before are not")
  func backfilled() {
    #expect(of("BackfilledEntry", review()).count == 10)
    #expect(of("BackfilledEntry", review(asOf: "2025-02-01")).isEmpty)
  }

  @Test("Data anomalies are reported as errors and left as they are")
  func anomalies() {
    let d = SampleLedger.date
    let findings = review([
      .cost(CostEvent(candidate: "P9", date: d("2024-05-01"), amount: Money(dollars: 10), source: "DCB", reference: "X1")),
      .cost(CostEvent(candidate: "P2", date: d("2024-05-01"), amount: Money(dollars: -300_000), source: "US", reference: "CR")),
      .milestone(MilestoneEvent(candidate: "P1", milestone: "M9", status: .accepted, date: d("2024-05-01"))),
      .milestone(MilestoneEvent(candidate: "P1", milestone: "M4", status: .progress, date: d("2024-12-01"), percentComplete: DecimalPercent("120"))),
      .milestone(MilestoneEvent(candidate: "P2", milestone: "N1", status: .started, date: d("2024-06-25"))),
      .cost(CostEvent(candidate: "P1", date: d("2026-01-01"), amount: Money(dollars: 1), source: "DCB", reference: "F")),
      .correction(CorrectionEvent(refSeq: 0, action: .void, reason: "nope")),
    ], asOf: "2024-12-31", recorded: "2025-02-01T00:00:00Z")
    #expect(of("ActualCostWithoutBudget", findings).map(\.candidate) == ["P9"])
    #expect(of("NegativeActualCost", findings).map(\.severity) == [.error, .warning])
    #expect(of("UnknownReference", findings).map(\.milestone) == ["M9"])
    #expect(of("PercentCompleteOutOfRange", findings).first?.message == "percent complete 120% outside 0-100 %")
    #expect(of("FinishBeforeStart", findings).first?.message == "accepted on 2024-06-20, before it started on 2024-06-25")
    #expect(of("ActualDateInFuture", findings).first?.message == "cost dated 2026-01-01, after it was recorded on 2025-02-01")
    #expect(of("ReplayIssue", findings).count == 1)
    #expect(of("EarnedWithoutActual", findings).isEmpty)
    let unpaid = review([.correction(CorrectionEvent(refSeq: 12, action: .void, reason: "paid twice"))])
    #expect(of("EarnedWithoutActual", unpaid).first?.message == "earned value $250,000 (planned $250,000) with no actual cost recorded")
  }

  @Test("Budget anomalies: EV above BAC, EV without PV, cost after completion, inconsistent baseline")
  func budgetAnomalies() {
    let d = SampleLedger.date
    let broken = BaselineCandidate(
      candidate: "P3", kind: .industryCapacity, tier: "t", startYear: 2024, finishYear: 2024, plannedStart: d("2024-01-01"),
      bac: Money(dollars: 100), funding: [],
      milestones: [HandComputedProject.milestone("K1", "2024-11-30", 60, 150)])
    var baseline = HandComputedProject.events[0]
    if case .baseline(var event) = baseline {
      event.candidates.append(broken)
      baseline = .baseline(event)
    }
    let findings = review([
      baseline,
      .milestone(MilestoneEvent(candidate: "P3", milestone: "K1", status: .accepted, date: d("2024-02-01"))),
      .cost(CostEvent(candidate: "P3", date: d("2024-12-15"), amount: Money(dollars: 5), source: "DCB", reference: "L")),
    ], asOf: "2024-06-30")
    #expect(of("EarnedAboveBudget", findings).map(\.candidate) == ["P3"])
    #expect(of("EarnedWithoutPlanned", findings).map(\.candidate) == ["P3"])
    let inconsistent = of("BaselineInconsistent", findings).map(\.message)
    #expect(inconsistent.contains("planned values add up to $150, bac is $100"))
    #expect(inconsistent.contains("ev weights add up to 60 %, not 100 %"))
    #expect(inconsistent.contains("portfolio bac $1,500,000 is not the sum $1,500,100"))
    let late = of("ActualCostOnCompletedWork", review([baseline,
      .milestone(MilestoneEvent(candidate: "P3", milestone: "K1", status: .accepted, date: d("2024-02-01"))),
      .cost(CostEvent(candidate: "P3", date: d("2024-12-15"), amount: Money(dollars: 5), source: "DCB", reference: "L")),
    ]))
    #expect(late.first?.message == "cost of $5 on 2024-12-15, after the last milestone was accepted on 2024-02-01")
  }

  @Test("Findings come errors first, then by candidate; the description names everything")
  func ordering() {
    let findings = review([.correction(CorrectionEvent(refSeq: 0, action: .void, reason: "x"))])
    #expect(findings.first?.severity == .error)
    let severities = findings.map(\.severity)
    #expect(severities == severities.sorted())
    let finding = AuditorFinding(check: "C", severity: .warning, candidate: "P1", milestone: "M1", seq: 4, message: "m")
    #expect(finding.description == "warning: P1 M1 (seq 4): m [C]")
  }

  @Test("Day counts cross months, leap days and years")
  func dayCount() {
    let d = SampleLedger.date
    #expect(DayCount.days(from: d("2024-02-28"), to: d("2024-03-01")) == 2)
    #expect(DayCount.days(from: d("2023-12-31"), to: d("2025-01-01")) == 367)
    #expect(DayCount.dayNumber(d("1970-01-01")) == 0)
  }
}
