import PortfolioDomain
import Testing
@testable import PortfolioAudit

@Suite("Ledger replay")
struct LedgerStateTests {
  func replay(_ extra: [LedgerEvent]) -> LedgerState {
    var ledger = HandComputedProject.ledger()
    for event in extra { ledger.append(event, time: SampleLedger.time("2025-03-01T00:00:00Z"), author: "a", key: nil) }
    return LedgerState(ledger: ledger)
  }

  @Test("An amend correction replaces fields of the cost it points at; the original entry stays")
  func amend() throws {
    let costSeq = 8  // genesis 0, baseline 1, six milestone events 2-7, first cost 8
    let state = replay([
      .correction(CorrectionEvent(refSeq: costSeq, action: .amend, fields: ["amountCents": .integer(6_500_000)], reason: "typo"))
    ])
    let cost = try #require(state.costs.first { $0.seq == costSeq })
    #expect(cost.event.amount == Money(dollars: 65_000) && cost.event.reference == "C1")
    #expect(state.issues.isEmpty)
  }

  @Test("A void correction removes a milestone event")
  func void() {
    let state = replay([.correction(CorrectionEvent(refSeq: 2, action: .void, reason: "wrong project"))])
    #expect(!state.milestones.contains { $0.seq == 2 })
    #expect(state.milestones.count == 5)
  }

  @Test("Invalid corrections are issues, not applied")
  func invalidCorrections() {
    let state = replay([
      .correction(CorrectionEvent(refSeq: 1, action: .void, reason: "cannot void a baseline")),
      .correction(CorrectionEvent(refSeq: 8, action: .amend, fields: ["amountCents": .string("x")], reason: "bad")),
      .correction(CorrectionEvent(refSeq: 99, action: .void, reason: "future")),
    ])
    #expect(state.issues.count == 3)
    #expect(state.issues[0].message == "correction refers to seq 1 (baseline): only live milestone and cost entries can be corrected")
    #expect(state.issues[1].message.hasPrefix("correction of seq 8 is invalid: payload.amountCents"))
    #expect(state.costs.first { $0.seq == 8 }?.event.amount == Money(dollars: 60_000))
  }

  @Test("Amounts beyond the payload's limit do not decode, and costs stop being applied at the magnitude limit")
  func moneyLimits() throws {
    let beyond = CanonicalJSON.integer(PayloadReader.maximumMoneyCents + 1)
    let state = replay([.correction(CorrectionEvent(refSeq: 8, action: .amend, fields: ["amountCents": beyond], reason: "x"))])
    #expect(state.issues.map(\.message) == [
      "correction of seq 8 is invalid: payload.amountCents: 1000000000000000 cents is beyond ±999999999999999 (about $10 trillion)"
    ])
    // The project's own costs come first; then 101 costs of the largest amount, of which 99 fit under the limit
    // (100 of them are 100 cents short of it, less than the project's costs).
    let largest = Money(cents: PayloadReader.maximumMoneyCents)
    let costs = (0..<101).map { index in
      LedgerEvent.cost(
        CostEvent(
          candidate: "P1", date: CalendarDate(year: 2025, month: 2, day: 1), amount: index.isMultiple(of: 2) ? largest : -largest,
          source: "DCB", reference: "huge \(index)"))
    }
    let capped = replay(costs)
    let own = replay([]).costs
    #expect(own.map(\.event.amount.cents.magnitude).reduce(0, +) > 100)
    #expect(capped.costs.prefix(own.count).map(\.seq) == own.map(\.seq))
    #expect(capped.costs.count == own.count + 99)
    #expect(capped.costs.map(\.event.amount.cents.magnitude).reduce(0, +) <= UInt64(LedgerState.costMagnitudeLimit))
    #expect(capped.issues.count == 2)
    #expect(capped.issues.allSatisfy { $0.message.hasSuffix("the costs' magnitudes would sum beyond 100000000000000000 cents") })
  }

  @Test("A rebaseline replaces one candidate's milestones and BAC and keeps the portfolio BAC consistent")
  func rebaseline() throws {
    let newMilestones = [HandComputedProject.milestone("N1", "2024-06-30", 40, 240_000), HandComputedProject.milestone("N2", "2025-12-31", 60, 360_000)]
    let state = replay([
      .rebaseline(RebaselineEvent(candidate: "P2", milestones: newMilestones, bac: Money(dollars: 600_000), reason: "scope", approver: "board")),
      .rebaseline(RebaselineEvent(candidate: "P9", milestones: newMilestones, bac: Money(dollars: 1), reason: "x", approver: "y")),
    ])
    let p2 = try #require(state.candidate("P2"))
    #expect(p2.bac == Money(dollars: 600_000) && p2.milestones == newMilestones)
    #expect(state.baseline?.bac == Money(dollars: 1_600_000))
    #expect(state.issues.map(\.message) == ["rebaseline of 'P9', which is not in the baseline"])
    #expect(state.rebaselines.count == 1)
  }
}
