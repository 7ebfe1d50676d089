import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("Audit snapshot from a ledger")
struct AuditSnapshotLedgerTests {
  static func time(_ text: String) throws -> LedgerTime { try #require(LedgerTime(text)) }
  static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }

  static func ledger() throws -> Ledger {
    var ledger = Ledger.create(ledgerID: "test", time: try time("2024-01-02T09:00:00Z"), author: "auditor", key: nil)
    let milestones = [
      BaselineMilestone(milestone: "M1", title: "Contract", plannedDate: date(2024, 3, 31), weightPercent: 40, plannedValue: Money(dollars: 400_000)),
      BaselineMilestone(milestone: "M2", title: "Handover", plannedDate: date(2024, 12, 31), weightPercent: 60, plannedValue: Money(dollars: 600_000)),
    ]
    let candidate = BaselineCandidate(
      candidate: "DCB-D2", kind: .dcbDefence, tier: "full", startYear: 2024, finishYear: 2024, plannedStart: date(2024, 1, 1), bac: Money(dollars: 1_000_000),
      funding: [SourceAmount(source: "DCB", amount: Money(dollars: 1_000_000))], milestones: milestones)
    let digest = String(repeating: "ab", count: 32)
    let events: [(String, LedgerEvent)] = [
      ("2024-01-03T10:00:00Z", .baseline(BaselineEvent(inputsSHA256: digest, planSHA256: digest, scenario: "default", bac: Money(dollars: 1_000_000), candidates: [candidate]))),
      ("2024-04-02T10:00:00Z", .milestone(PortfolioAudit.MilestoneEvent(candidate: "DCB-D2", milestone: "M1", status: .accepted, date: date(2024, 3, 30)))),
      ("2024-04-02T11:00:00Z", .cost(CostEvent(candidate: "DCB-D2", date: date(2024, 3, 30), amount: Money(cents: 35_000_050), source: "DCB", reference: "INV-1"))),
      ("2024-04-03T11:00:00Z", .cost(CostEvent(candidate: "DCB-D2", date: date(2024, 3, 31), amount: Money(dollars: 99_999), source: "DCB", reference: "DUPLICATE"))),
      ("2024-04-04T11:00:00Z", .correction(CorrectionEvent(refSeq: 4, action: .void, reason: "duplicate invoice"))),
      ("2024-05-01T08:00:00Z", .cost(CostEvent(candidate: "T99", date: date(2024, 4, 30), amount: Money(dollars: -5_000), source: "DCB", reference: "CRN-1"))),
      ("2024-07-01T08:00:00Z", .milestone(PortfolioAudit.MilestoneEvent(candidate: "DCB-D2", milestone: "M2", status: .accepted, date: date(2024, 6, 30)))),
    ]
    for (t, e) in events { ledger.append(e, time: try time(t), author: "auditor", key: nil) }
    return ledger
  }

  @Test("Reads baselines, events and costs dated up to the as-of date, also those recorded later, applying corrections")
  func reads() throws {
    let ledger = try AuditSnapshotLedgerTests.ledger()
    let asOf = ReportDate(year: 2024, month: 6, day: 30)
    let snapshot = AuditSnapshot(ledger: ledger, ledgerName: "test", verified: true, portfolio: SampleInputs.portfolio, asOf: asOf)
    // The whole ledger, as audit status reads it: M2's acceptance on 2024-06-30 was recorded on 2024-07-01.
    #expect(snapshot.entryCount == 8)
    #expect(snapshot.checkpoint == ledger.checkpoint.description)
    let project = try #require(snapshot.baselines.first)
    #expect(project.title == "LIBG Military Police mobility (specialised vehicles)")
    #expect(project.bacUSD == 1_000_000 && project.milestones.map(\.weightPercent) == [40, 60])
    #expect(snapshot.events.map(\.milestone) == ["M1", "M2"])
    let before = AuditSnapshot(ledger: ledger, ledgerName: "test", verified: true, portfolio: nil, asOf: ReportDate(year: 2024, month: 6, day: 29))
    #expect(before.events.map(\.milestone) == ["M1"] && before.entryCount == 8)
    #expect(snapshot.costs.map(\.reference) == ["INV-1", "CRN-1"])
    #expect(snapshot.costs[0].amount == Money(cents: 35_000_050))
    #expect(snapshot.findings.map(\.code) == ["cost-without-baseline", "credit"])
    let value = EarnedValue(baseline: project, events: snapshot.events, costs: snapshot.costs, at: asOf)
    // AC $350,000.50 rounds half away from zero, as `dcbplan audit status` prints it.
    #expect(value == EarnedValue(bac: 1_000_000, pv: 400_000, ev: 1_000_000, ac: 350_001))
  }

  @Test("Reads through the status's replay: a correction that replay refuses changes nothing and is a finding")
  func sameReplayAsStatus() throws {
    var ledger = try AuditSnapshotLedgerTests.ledger()
    // Amending the baseline entry (seq 1) is no correction replay applies; the report must not apply it either.
    ledger.append(
      .correction(CorrectionEvent(refSeq: 1, action: .amend, fields: ["bac": .integer(1)], reason: "forged")),
      time: try Self.time("2024-07-02T08:00:00Z"), author: "auditor", key: nil)
    let asOf = ReportDate(year: 2024, month: 12, day: 31)
    let snapshot = AuditSnapshot(ledger: ledger, ledgerName: "test", verified: true, portfolio: nil, asOf: asOf)
    #expect(snapshot.baselines.map(\.bacUSD) == [1_000_000])
    let state = LedgerState(ledger: ledger)
    #expect(state.issues.map(\.seq) == [8])
    #expect(snapshot.findings.first { $0.code == "correction-not-applied" }?.message == "entry 8: \(state.issues[0].message)")
    #expect(snapshot.costs.map(\.reference) == state.costs.map(\.event.reference))
  }

  @Test("Builds a well-formed audit report from the ledger")
  func report() throws {
    let asOf = ReportDate(year: 2024, month: 12, day: 31)
    let snapshot = AuditSnapshot(ledger: try AuditSnapshotLedgerTests.ledger(), ledgerName: "test", verified: true, portfolio: nil, asOf: asOf)
    let doc = AuditReportBuilder(snapshot: snapshot, asOf: asOf).build()
    #expect(snapshot.entryCount == 8)
    #expect(StrictXMLCheck.check(HTMLRenderer().render(doc)).error == nil)
    #expect(MarkdownRenderer().render(doc).contains("| DCB-D2 | \\$1,000,000 | \\$1,000,000 | \\$1,000,000 | \\$350,001 |"))
  }

  @Test("Defaults the report date to the last ledger entry, else the horizon start")
  func defaultAsOf() throws {
    #expect(ReportDate.defaultAsOf(ledger: try AuditSnapshotLedgerTests.ledger(), horizonStart: 2024).iso == "2024-07-01")
    #expect(ReportDate.defaultAsOf(ledger: nil, horizonStart: 2024).iso == "2024-01-01")
  }
}
