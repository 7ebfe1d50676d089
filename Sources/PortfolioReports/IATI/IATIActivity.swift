import PortfolioDomain

/// Who publishes an IATI export and how the implementing ministries are named.
///
/// The defaults are **placeholders**: `NATO-DCB` is not a registered IATI organisation identifier. A publisher
/// replaces it with its own before any publication (EVM.md §11 note: publishing DCB data is a policy decision).
public struct IATIOptions: Sendable, Hashable {
  /// The reporting organisation's identifier; the prefix of every `iati-identifier` (no `/`, `&`, `|` or `?`).
  public var reportingOrgRef: String
  /// The reporting organisation's name.
  public var reportingOrgName: String
  /// The reporting organisation's type (OrganisationType codelist; 40 = Multilateral).
  public var reportingOrgType: String
  /// The implementing body of `dcb-defence` projects.
  public var defenceMinistry: String
  /// The implementing body of `dcb-security` projects.
  public var securityMinistry: String
  /// The currency of every value (`default-currency`).
  public var currency: String

  /// Creates options; the defaults describe the NATO DCB package for Bosnia and Herzegovina.
  public init(
    reportingOrgRef: String = "NATO-DCB", reportingOrgName: String = "NATO Defence Capacity Building Initiative", reportingOrgType: String = "40",
    defenceMinistry: String = "Ministry of Defence of Bosnia and Herzegovina", securityMinistry: String = "Ministry of Security of Bosnia and Herzegovina",
    currency: String = "USD"
  ) {
    self.reportingOrgRef = reportingOrgRef
    self.reportingOrgName = reportingOrgName
    self.reportingOrgType = reportingOrgType
    self.defenceMinistry = defenceMinistry
    self.securityMinistry = securityMinistry
    self.currency = currency
  }
}

/// One IATI activity (a funded DCB project), already reduced to what the XML carries.
public struct IATIActivity: Sendable, Hashable {
  /// `{reporting-org ref}-{candidate id}`.
  public var identifier: String
  /// The candidate id.
  public var candidate: String
  /// The title.
  public var title: String
  /// The general description.
  public var description: String
  /// The implementing ministry.
  public var implementingOrg: String
  /// The lead nation's name (extending organisation), if known.
  public var leadNation: String?
  /// ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation.
  public var statusCode: Int
  /// Activity dates: 1 planned start, 2 actual start, 3 planned end, 4 actual end (ActivityDateType).
  public var dates: [IATIDate]
  /// Yearly budgets; each period at most one year.
  public var budgets: [IATIBudget]
  /// Expenditures from the ledger, dated on or before the as-of date (`source` holds the source's name).
  public var transactions: [AuditSnapshot.Cost]
  /// Milestones as output indicators.
  public var milestones: [IATIMilestone]

  /// Creates an activity.
  public init(
    identifier: String, candidate: String, title: String, description: String, implementingOrg: String, leadNation: String?, statusCode: Int,
    dates: [IATIDate], budgets: [IATIBudget], transactions: [AuditSnapshot.Cost], milestones: [IATIMilestone]
  ) {
    self.identifier = identifier
    self.candidate = candidate
    self.title = title
    self.description = description
    self.implementingOrg = implementingOrg
    self.leadNation = leadNation
    self.statusCode = statusCode
    self.dates = dates
    self.budgets = budgets
    self.transactions = transactions
    self.milestones = milestones
  }
}

/// An activity date with its ActivityDateType code.
public struct IATIDate: Sendable, Hashable {
  /// 1 planned start, 2 actual start, 3 planned end, 4 actual end.
  public var type: Int
  /// The date.
  public var date: ReportDate
  /// Creates a date.
  public init(type: Int, date: ReportDate) {
    self.type = type
    self.date = date
  }
}

/// One budget period (at most a year) and its amount.
public struct IATIBudget: Sendable, Hashable {
  /// The first day.
  public var start: ReportDate
  /// The last day.
  public var end: ReportDate
  /// Whole US dollars.
  public var amountUSD: Int64
  /// Creates a budget.
  public init(start: ReportDate, end: ReportDate, amountUSD: Int64) {
    self.start = start
    self.end = end
    self.amountUSD = amountUSD
  }
}

/// A milestone as an IATI result indicator: target 1 in its due month, actual 1 once accepted.
public struct IATIMilestone: Sendable, Hashable {
  /// `M1 Requirement and contract signed`.
  public var title: String
  /// The earned-value weight, percent of BAC.
  public var weightPercent: Int
  /// The baseline due date (period end); the period starts on the first of that month.
  public var due: ReportDate
  /// 1 when accepted by the as-of date, 0 when overdue, `nil` when not yet due.
  public var actual: Int?
  /// The comment on the actual value (acceptance date, or slippage and reason).
  public var actualComment: String?
  /// The comment on the target (a re-forecast), if any.
  public var targetComment: String?

  /// Creates an indicator.
  public init(title: String, weightPercent: Int, due: ReportDate, actual: Int?, actualComment: String?, targetComment: String?) {
    self.title = title
    self.weightPercent = weightPercent
    self.due = due
    self.actual = actual
    self.actualComment = actualComment
    self.targetComment = targetComment
  }
}

extension IATIActivity {
  /// The activities of every funded DCB project of `plan`, sorted by candidate id.
  ///
  /// - Parameters:
  ///   - audit: milestone events and costs; without it there are no transactions, actual dates or actuals.
  ///   - asOf: nothing after it is reported (IATI: actual dates and transactions may not be in the future).
  public static func activities(plan: PortfolioPlan, portfolio: Portfolio, audit: AuditSnapshot?, asOf: ReportDate, options: IATIOptions) -> [IATIActivity] {
    plan.allocations.sorted { $0.candidate < $1.candidate }.compactMap { a -> IATIActivity? in
      guard let c = portfolio.candidate(a.candidate), c.kind.isDCB else { return nil }
      let tier = portfolio.tier(a.candidate, a.tier)
      let id = a.candidate.rawValue
      let events = (audit?.events ?? []).filter { $0.candidate == id && $0.date <= asOf }
      let costs = (audit?.costs ?? []).filter { $0.candidate == id && $0.date <= asOf }.sorted { ($0.date, $0.reference) < ($1.date, $1.reference) }
        .map { cost -> AuditSnapshot.Cost in
          var named = cost
          named.source = portfolio.source(SourceID(cost.source))?.name ?? cost.source
          return named
        }
      let plannedStart = ReportVocabulary.yearStart(a.startYear)
      let plannedEnd = ReportVocabulary.yearEnd(a.finishYear)
      var dates: [(Int, ReportDate)] = [(1, plannedStart)]
      let evidence = (events.map(\.date) + costs.map(\.date)).min()
      if let actualStart = evidence { dates.append((2, actualStart)) }
      dates.append((3, plannedEnd))
      let milestones = tier?.milestones ?? []
      let accepted = Dictionary(events.filter { $0.kind == .accepted }.map { ($0.milestone, $0.date) }, uniquingKeysWith: { first, _ in first })
      let allDone = !milestones.isEmpty && milestones.allSatisfy { accepted[$0.id.rawValue] != nil }
      var actualEnd: ReportDate?
      if allDone, let last = milestones.compactMap({ accepted[$0.id.rawValue] }).max(), let start = evidence, last >= start {
        actualEnd = last
        dates.append((4, last))
      }
      let status = actualEnd != nil ? 3 : (evidence == nil && plannedStart > asOf ? 1 : 2)
      var byYear: [Int: Int64] = [:]
      for p in a.funding { byYear[p.year.rawValue, default: 0] += p.amount.wholeDollars }
      let budgets = byYear.keys.sorted().map { y in IATIBudget(start: ReportDate(year: y, month: 1, day: 1), end: ReportDate(year: y, month: 12, day: 31), amountUSD: byYear[y] ?? 0) }
      let indicators = milestones.map { m -> IATIMilestone in
        let due = ReportVocabulary.date(m.dueDate(startYear: a.startYear))
        let slip = events.last { $0.milestone == m.id.rawValue && $0.kind == .slipped }
        let targetComment = slip.flatMap { s in s.forecast.map { "re-forecast on \(s.date.iso) to \($0.iso)" + (s.reason.map { ": \($0)" } ?? "") } }
        if let done = accepted[m.id.rawValue] {
          return IATIMilestone(title: "\(m.id.rawValue) \(m.title)", weightPercent: m.evWeightPercent, due: due, actual: 1, actualComment: "accepted on \(done.iso)", targetComment: targetComment)
        }
        if due < asOf {
          return IATIMilestone(title: "\(m.id.rawValue) \(m.title)", weightPercent: m.evWeightPercent, due: due, actual: 0, actualComment: "not accepted at \(asOf.iso)", targetComment: targetComment)
        }
        return IATIMilestone(title: "\(m.id.rawValue) \(m.title)", weightPercent: m.evWeightPercent, due: due, actual: nil, actualComment: nil, targetComment: targetComment)
      }
      let ministry = c.kind == .dcbSecurity ? options.securityMinistry : options.defenceMinistry
      let lead = c.leadNation.flatMap { $0.isEmpty ? nil : ReportVocabulary.countryName($0) }
      let description =
        "\(ReportVocabulary.label(c.kind)) project of the NATO DCB package for Bosnia and Herzegovina, tier \(a.tier.rawValue), planned \(a.startYear)\u{2013}\(a.finishYear), implemented by the \(ministry)"
        + (lead.map { ", lead nation \($0)" } ?? "") + "."
      return IATIActivity(
        identifier: "\(options.reportingOrgRef)-\(id)", candidate: id, title: c.title, description: description, implementingOrg: ministry, leadNation: lead,
        statusCode: status, dates: dates.map { IATIDate(type: $0.0, date: $0.1) }, budgets: budgets,
        transactions: costs, milestones: indicators)
    }
  }
}
