import OptimizationModel
import PortfolioDomain

/// Builds the allocation model of DESIGN §4 from a portfolio and a resolved scenario.
///
/// Units: money in thousands of US dollars (kUSD), so yearly costs of a few million dollars become
/// coefficients of a few thousand; scores as given; the primary objective in [0, Σ weights].
/// Columns: the binaries `x_<candidate>_<tier>_<start>` first (only for starts inside the window that
/// finish inside the horizon), then the payments `pay_<source>_<candidate>_<year>` (only for eligible,
/// enabled sources and years the candidate can be active), then goal shortfalls in goals mode.
/// Rows: one constraint family per file of this folder; every row has a `RowMeaning`.
public enum PlanningFormulation {
  /// The model for `scenario` on `portfolio`.
  public static func build(
    portfolio: Portfolio, scenario: Scenario, options: FormulationOptions = FormulationOptions()
  ) -> PlanningModel {
    var builder = FormulationBuilder(portfolio: portfolio, scenario: scenario, options: options)
    builder.addChoices()
    builder.addPayments()
    builder.addAssignmentRows()
    builder.addLockRows()
    builder.addCoverageRows()
    builder.addBudgetBandRow()
    builder.addSourceTotalRows()
    builder.addYearlyCapRows()
    builder.addMaxShareRows()
    builder.addRelationRows()
    builder.addSecurityShareRow()
    builder.addEntityBoundRows()
    builder.addAbsorptiveCapacityRows()
    builder.addObjective()
    builder.addGoalFloorRows()
    return builder.planning
  }
}

/// The state shared by the family builders (one extension per file).
struct FormulationBuilder {
  let portfolio: Portfolio
  let scenario: Scenario
  let options: FormulationOptions
  let mode: ObjectiveMode
  let benefitTiming: Bool
  /// The enabled sources, in file order.
  let sources: [FundingSource]
  var planning: PlanningModel
  /// Payments by source then candidate then year (indices into `planning.payments`).
  var paymentsBySource: [SourceID: [Int]] = [:]
  /// Payments by candidate (indices into `planning.payments`).
  var paymentsByCandidate: [CandidateID: [Int]] = [:]
  var usedNames: Set<String> = []

  init(portfolio: Portfolio, scenario: Scenario, options: FormulationOptions) {
    self.portfolio = portfolio
    self.scenario = scenario
    self.options = options
    mode = options.objective ?? scenario.objective
    benefitTiming = options.benefitTiming ?? scenario.benefitTiming
    sources = portfolio.sources.filter { scenario.isEnabled($0.id) }
    planning = PlanningModel(name: "DCBPLAN_money_in_kUSD", sense: mode == .weighted ? .maximize : .minimize)
  }

  /// Money in model units (kUSD).
  static func units(_ money: Money) -> Double { Double(money.cents) / 100_000 }

  /// A name token: characters MPS names cannot hold become `_`.
  static func token(_ text: String) -> String {
    String(text.map { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" ? "_" : $0 })
  }

  /// A unique row or column name built from `parts`.
  mutating func name(_ parts: String...) -> String {
    let base = parts.map(Self.token).joined(separator: "_")
    var candidate = base
    var suffix = 2
    while usedNames.contains(candidate) {
      candidate = "\(base)_\(suffix)"
      suffix += 1
    }
    usedNames.insert(candidate)
    return candidate
  }

  /// `text` when rows are described, else empty.
  func describe(_ text: @autoclosure () -> String) -> String { options.describeRows ? text() : "" }

  /// The choices of `candidate` (indices into `planning.choices`).
  func choiceIndices(_ candidate: CandidateID) -> [Int] { planning.choicesByCandidate[candidate] ?? [] }

  /// Whether `candidate` is forced out by the scenario.
  func isForcedOut(_ candidate: CandidateID) -> Bool { scenario.forcedOut.contains { $0.candidate == candidate } }
}

extension Money {
  /// Whole dollars with thousands separators and a dollar sign (`$48,000,000`), for row descriptions.
  var plain: String { formatted }
}
