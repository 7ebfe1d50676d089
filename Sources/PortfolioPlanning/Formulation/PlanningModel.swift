import OptimizationModel
import PortfolioDomain

/// One binary choice `x[c, tier, start]`: fund candidate `c` at `tier`, starting in `start`.
public struct ChoiceVariable: Sendable, Hashable {
  /// The candidate.
  public var candidate: CandidateID
  /// The tier.
  public var tier: TierID
  /// The start year.
  public var start: Year
  /// The last year it runs.
  public var finish: Year
  /// The column in `PlanningModel.model`.
  public var column: Int
  /// The tier's cost profile, indexed by year offset from `start`, in whole dollars.
  public var costProfile: [Money]
  /// The tier's total cost in whole dollars.
  public var totalCost: Money { costProfile.sum() }

  /// The cost in calendar year `year` (zero outside the run).
  public func cost(in year: Year) -> Money {
    let offset = start.distance(to: year)
    return offset >= 0 && offset < costProfile.count ? costProfile[offset] : .zero
  }

  /// The years with a non-zero cost, in order.
  public var activeYears: [Year] {
    costProfile.indices.filter { costProfile[$0] != .zero }.map { start.advanced(by: $0) }
  }
}

/// One continuous payment `pay[source, c, year]` in kUSD.
public struct PaymentVariable: Sendable, Hashable {
  /// The paying source.
  public var source: SourceID
  /// The candidate paid for.
  public var candidate: CandidateID
  /// The year.
  public var year: Year
  /// The column in `PlanningModel.model`.
  public var column: Int
}

/// A linear expression over model columns: `Σ coefficient · x[column]`.
public struct LinearTerms: Sendable, Hashable {
  /// The columns, parallel to `coefficients`, each at most once.
  public var columns: [Int]
  /// The coefficients.
  public var coefficients: [Double]
  /// Creates terms.
  public init(columns: [Int] = [], coefficients: [Double] = []) {
    self.columns = columns
    self.coefficients = coefficients
  }
  /// Appends one term (the caller keeps columns distinct).
  public mutating func append(_ column: Int, _ coefficient: Double) {
    guard coefficient != 0 else { return }
    columns.append(column)
    coefficients.append(coefficient)
  }
  /// The value at `values`.
  public func value(at values: [Double]) -> Double {
    var total = 0.0
    for (column, coefficient) in zip(columns, coefficients) { total += coefficient * values[column] }
    return total
  }
}

/// The allocation model of DESIGN §4 as a `LinearModel`, with the map from every column and row back to
/// its domain meaning. Money is in units of $1,000 (kUSD) inside the model.
///
/// Decision-analysis code adds rows with `addRow` (epsilon constraints, budget levels), forces candidates
/// with `setCandidate(_:funded:)`, relaxes whole groups with `relax(_:)`, and re-solves.
public struct PlanningModel: Sendable {
  /// Dollars per model unit of money: the model works in thousands of US dollars.
  public static let dollarsPerUnit = 1000.0

  /// The model handed to the solver.
  public var model: LinearModel
  /// The binary choices, in column order of creation (candidate file order, tier order, start year).
  public var choices: [ChoiceVariable]
  /// The payments, in order of creation (candidate, source, year).
  public var payments: [PaymentVariable]
  /// The meaning of every row, parallel to `model.rows`.
  public var rowMeanings: [RowMeaning]
  /// The bounds each row was built with, parallel to `model.rows` (restored by `restore(_:)`).
  public var builtBounds: [(lower: Double, upper: Double)]
  /// For each candidate, the indices into `choices` of its options.
  public var choicesByCandidate: [CandidateID: [Int]]
  /// The index of each candidate's assignment row.
  public var assignmentRow: [CandidateID: Int]
  /// The primary objective (DESIGN §4) as terms in the model's sense (`model.sense`).
  public var primary: LinearTerms
  /// Each criterion's untimed achievement `A_k` (Σ likely scores of funded tiers), sorted by criterion.
  public var achievement: [(criterion: CriterionID, terms: LinearTerms)]
  /// The total cost of the selection in kUSD (Σ total cost × x).
  public var totalCost: LinearTerms
  /// `N_k` of DESIGN §4 per criterion (0 when no tier scores on it).
  public var normalizers: [CriterionID: Double]

  /// Creates an empty model named `name`.
  init(name: String, sense: ObjectiveSense) {
    model = LinearModel(name: name, sense: sense)
    choices = []
    payments = []
    rowMeanings = []
    builtBounds = []
    choicesByCandidate = [:]
    assignmentRow = [:]
    primary = LinearTerms()
    achievement = []
    totalCost = LinearTerms()
    normalizers = [:]
  }

  /// Appends a row with its meaning and returns its index.
  @discardableResult
  public mutating func addRow(name: String, terms: LinearTerms, lower: Double, upper: Double, meaning: RowMeaning) -> Int {
    builtBounds.append((lower, upper))
    rowMeanings.append(meaning)
    return model.addRow(
      LinearModel.Row(name: name, indices: terms.columns, coefficients: terms.coefficients, lowerBound: lower, upperBound: upper))
  }

  /// The columns of `candidate`'s choices.
  public func choiceColumns(of candidate: CandidateID) -> [Int] {
    (choicesByCandidate[candidate] ?? []).map { choices[$0].column }
  }

  /// Forces `candidate` in (`true`), out (`false`) or back to its built rule (`nil`) by changing its assignment row.
  public mutating func setCandidate(_ candidate: CandidateID, funded: Bool?) {
    guard let row = assignmentRow[candidate] else { return }
    switch funded {
    case .some(true): (model.rows[row].lowerBound, model.rows[row].upperBound) = (1, 1)
    case .some(false): (model.rows[row].lowerBound, model.rows[row].upperBound) = (0, 0)
    case .none: (model.rows[row].lowerBound, model.rows[row].upperBound) = builtBounds[row]
    }
  }

  /// Every group present in the model, sorted.
  public var groups: [ConstraintGroup] {
    Array(Set(rowMeanings.map(\.group))).filter { $0 != .core }.sorted()
  }

  /// The rows of `group`.
  public func rows(of group: ConstraintGroup) -> [Int] {
    rowMeanings.indices.filter { rowMeanings[$0].group == group }
  }

  /// Switches off every row of `group` (sets its relaxed bounds).
  public mutating func relax(_ group: ConstraintGroup) {
    for row in rows(of: group) {
      model.rows[row].lowerBound = rowMeanings[row].relaxedLower
      model.rows[row].upperBound = rowMeanings[row].relaxedUpper
    }
  }

  /// Restores the built bounds of every row of `group`.
  public mutating func restore(_ group: ConstraintGroup) {
    for row in rows(of: group) { (model.rows[row].lowerBound, model.rows[row].upperBound) = builtBounds[row] }
  }

  /// A copy whose objective is `terms` in `sense` (the primary's terms are kept in `primary`).
  public func withObjective(_ terms: LinearTerms, sense: ObjectiveSense) -> LinearModel {
    var copy = model
    copy.sense = sense
    copy.objectiveConstant = 0
    for j in copy.variables.indices { copy.variables[j].objective = 0 }
    for (column, coefficient) in zip(terms.columns, terms.coefficients) { copy.variables[column].objective += coefficient }
    return copy
  }

  /// The primary objective's value at `values` (constant included).
  public func primaryValue(at values: [Double]) -> Double { model.objectiveValue(of: values) }
}
