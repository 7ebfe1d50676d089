import PortfolioDomain

/// The audit facts a report needs, independent of how the ledger stores them.
///
/// `PortfolioAudit` (the ledger, baselines, earned value) had not landed when this module was written, so the audit
/// report and the IATI export read this small value instead; the CLI fills it from the ledger. Budgets are whole US
/// dollars (the ledger's cents divided by 100, rounded toward zero); costs keep their cents (`Money`); dates are
/// calendar dates.
public struct AuditSnapshot: Sendable, Hashable {
  /// How the ledger is named in the report, e.g. `Datasets/ledger/example.jsonl (shipped example)`.
  public var ledgerName: String
  /// The number of ledger entries read.
  public var entryCount: Int
  /// The ledger checkpoint `SIZE:HEXROOT` (RFC 6962 root, DESIGN §5), if computed.
  public var checkpoint: String?
  /// The verification outcome: `true` verified, `false` failed, `nil` not checked.
  public var verified: Bool?
  /// Whether the entries' MACs (HMAC-SHA256 with the ledger key) were checked: `true` checked, `false` the entries
  /// carry MACs but no key was given, so only the hash chain was verified; `nil` nothing to check (no MACs) or unknown.
  public var macsChecked: Bool?
  /// The baseline per funded project (from the `baseline` entry, or from the plan).
  public var baselines: [AuditSnapshot.Project]
  /// Milestone events in ledger order.
  public var events: [AuditSnapshot.MilestoneEvent]
  /// Actual costs in ledger order.
  public var costs: [AuditSnapshot.Cost]
  /// Auditor findings (data and rule checks), in the order to show.
  public var findings: [AuditSnapshot.Finding]

  /// Creates a snapshot.
  public init(
    ledgerName: String, entryCount: Int, checkpoint: String? = nil, verified: Bool? = nil, macsChecked: Bool? = nil,
    baselines: [AuditSnapshot.Project], events: [AuditSnapshot.MilestoneEvent] = [], costs: [AuditSnapshot.Cost] = [],
    findings: [AuditSnapshot.Finding] = []
  ) {
    self.ledgerName = ledgerName
    self.entryCount = entryCount
    self.checkpoint = checkpoint
    self.verified = verified
    self.macsChecked = macsChecked
    self.baselines = baselines
    self.events = events
    self.costs = costs
    self.findings = findings
  }

  /// Baselines made from a plan: BAC is the allocation's funding, milestones and weights come from the tier.
  public static func baselines(plan: PortfolioPlan, portfolio: Portfolio) -> [AuditSnapshot.Project] {
    plan.allocations.sorted { $0.candidate < $1.candidate }.map { a in
      let tier = portfolio.tier(a.candidate, a.tier)
      return AuditSnapshot.Project(
        candidate: a.candidate.rawValue, title: portfolio.candidate(a.candidate)?.title ?? a.candidate.rawValue, bacUSD: a.totalFunding.wholeDollars,
        start: ReportVocabulary.yearStart(a.startYear), finish: ReportVocabulary.yearEnd(a.finishYear),
        milestones: (tier?.milestones ?? []).map {
          AuditSnapshot.Milestone(id: $0.id.rawValue, title: $0.title, due: ReportVocabulary.date($0.dueDate(startYear: a.startYear)), weightPercent: $0.evWeightPercent)
        })
    }
  }
}

extension AuditSnapshot {
  /// The frozen plan of one project: budget at completion and weighted milestones.
  public struct Project: Sendable, Hashable {
    /// The candidate id, e.g. `DCB-D1`.
    public var candidate: String
    /// The project title.
    public var title: String
    /// Budget at completion, whole dollars.
    public var bacUSD: Int64
    /// The planned start date.
    public var start: ReportDate
    /// The planned end date.
    public var finish: ReportDate
    /// The milestones; weights add up to 100.
    public var milestones: [AuditSnapshot.Milestone]
    /// Creates a baseline.
    public init(candidate: String, title: String, bacUSD: Int64, start: ReportDate, finish: ReportDate, milestones: [AuditSnapshot.Milestone]) {
      self.candidate = candidate
      self.title = title
      self.bacUSD = bacUSD
      self.start = start
      self.finish = finish
      self.milestones = milestones
    }
  }

  /// One baseline milestone.
  public struct Milestone: Sendable, Hashable {
    /// The milestone id, e.g. `M2`.
    public var id: String
    /// The title.
    public var title: String
    /// The baseline due date.
    public var due: ReportDate
    /// Its earned-value weight, percent of BAC (0-100).
    public var weightPercent: Int
    /// Creates a milestone.
    public init(id: String, title: String, due: ReportDate, weightPercent: Int) {
      self.id = id
      self.title = title
      self.due = due
      self.weightPercent = weightPercent
    }
  }

  /// A milestone event from the ledger.
  public struct MilestoneEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable {
      /// Work on the milestone started.
      case started
      /// The milestone was accepted (done); it earns its weight on this date.
      case accepted
      /// The milestone was re-forecast to `forecast`.
      case slipped
    }
    /// The candidate id.
    public var candidate: String
    /// The milestone id.
    public var milestone: String
    /// The event kind.
    public var kind: Kind
    /// The date of the event (acceptance date for `accepted`).
    public var date: ReportDate
    /// The new forecast date (`slipped` only).
    public var forecast: ReportDate?
    /// The reason given (`slipped`), or a note.
    public var reason: String?
    /// Creates an event.
    public init(candidate: String, milestone: String, kind: Kind, date: ReportDate, forecast: ReportDate? = nil, reason: String? = nil) {
      self.candidate = candidate
      self.milestone = milestone
      self.kind = kind
      self.date = date
      self.forecast = forecast
      self.reason = reason
    }
  }

  /// An actual cost from the ledger.
  public struct Cost: Sendable, Hashable {
    /// The candidate id.
    public var candidate: String
    /// The date the cost was incurred.
    public var date: ReportDate
    /// The amount in cents (may be negative for a refund or credit).
    public var amount: Money
    /// The paying source id, e.g. `DCB`.
    public var source: String
    /// The document reference, e.g. an invoice number.
    public var reference: String
    /// Creates a cost.
    public init(candidate: String, date: ReportDate, amount: Money, source: String, reference: String) {
      self.candidate = candidate
      self.date = date
      self.amount = amount
      self.source = source
      self.reference = reference
    }
  }

  /// An auditor finding.
  public struct Finding: Sendable, Hashable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable {
      /// For information.
      case info
      /// Needs attention.
      case warning
      /// A rule is broken.
      case error
      private var rank: Int { self == .error ? 2 : (self == .warning ? 1 : 0) }
      public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }
    /// The severity.
    public var severity: Severity
    /// A short stable code, e.g. `cost-without-baseline`.
    public var code: String
    /// The candidate concerned, if any.
    public var candidate: String?
    /// The message, lowercase.
    public var message: String
    /// Creates a finding.
    public init(severity: Severity, code: String, candidate: String? = nil, message: String) {
      self.severity = severity
      self.code = code
      self.candidate = candidate
      self.message = message
    }
  }
}
