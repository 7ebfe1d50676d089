import PortfolioDomain

/// A baseline candidate whose figures do not hold together: negative BAC or planned value, planned values that
/// do not add up to BAC, EV weights that do not add up to 100, or a portfolio BAC that is not the sum.
struct BaselineInconsistent: AuditRule {
  static let name = "BaselineInconsistent"

  func findings(in context: AuditRuleContext) -> [AuditorFinding] {
    guard let baseline = context.state.baseline else { return [] }
    var findings: [AuditorFinding] = []
    func add(_ candidate: BaselineCandidate?, _ message: String) {
      findings.append(
        AuditorFinding(
          check: Self.name, severity: .error, candidate: candidate?.candidate, seq: context.state.baselineSeq,
          message: message))
    }
    for candidate in baseline.candidates {
      if candidate.bac.cents < 0 { add(candidate, "negative bac \(dollars(candidate.bac))") }
      for milestone in candidate.milestones where milestone.plannedValue.cents < 0 {
        add(candidate, "milestone \(milestone.milestone) has negative planned value \(dollars(milestone.plannedValue))")
      }
      let planned = candidate.milestones.map(\.plannedValue).sum()
      if planned != candidate.bac {
        add(candidate, "planned values add up to \(dollars(planned)), bac is \(dollars(candidate.bac))")
      }
      let weights = candidate.milestones.map(\.weightPercent).reduce(0, +)
      if weights != 100 { add(candidate, "ev weights add up to \(weights) %, not 100 %") }
      if candidate.milestones.isEmpty { add(candidate, "no milestones") }
    }
    let total = baseline.candidates.map(\.bac).sum()
    if total != baseline.bac { add(nil, "portfolio bac \(dollars(baseline.bac)) is not the sum \(dollars(total))") }
    return findings
  }
}
