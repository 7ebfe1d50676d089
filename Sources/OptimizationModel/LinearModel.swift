/// Whether the objective is minimized or maximized.
public enum ObjectiveSense: String, Sendable, Hashable, Codable {
  case minimize
  case maximize
}

/// A mixed-integer linear program in its natural, user-facing form.
///
/// ```
/// optimize   objective · x + objectiveConstant          (sense: minimize or maximize)
/// subject to row.lowerBound <= Σ row.coefficients[k] · x[row.indices[k]] <= row.upperBound
///            variable.lowerBound <= x <= variable.upperBound,  x integer where isInteger
/// ```
///
/// Rows carry a lower and an upper activity bound, so `<=`, `>=`, equality and ranged rows share one
/// shape: an equality has `lowerBound == upperBound`; a missing side is `-Double.infinity` or
/// `+Double.infinity`. Variable and row indices are 0-based positions in `variables` and `rows`.
///
/// `LinearModel` is a plain value: building one never fails; `validate()` (see
/// `LinearModel+Validation.swift`) reports NaN or infinite coefficients, crossed bounds and duplicate
/// names before a solve. Equality (`==`) is exact, field by field, so `read(write(m)) == m` is a
/// meaningful round-trip test.
public struct LinearModel: Sendable, Equatable {
  /// One decision variable (an MPS column).
  public struct Variable: Sendable, Hashable {
    /// The variable's name; unique within the model.
    public var name: String
    /// Lower bound; `-Double.infinity` for none.
    public var lowerBound: Double
    /// Upper bound; `+Double.infinity` for none.
    public var upperBound: Double
    /// Whether the variable must take an integer value.
    public var isInteger: Bool
    /// Objective coefficient, in the model's own sense.
    public var objective: Double

    /// Creates a variable; the defaults make a continuous, non-negative variable with zero cost.
    public init(
      name: String, lowerBound: Double = 0, upperBound: Double = .infinity,
      isInteger: Bool = false, objective: Double = 0
    ) {
      self.name = name
      self.lowerBound = lowerBound
      self.upperBound = upperBound
      self.isInteger = isInteger
      self.objective = objective
    }
  }

  /// One linear constraint `lowerBound <= Σ coefficients[k] · x[indices[k]] <= upperBound`.
  ///
  /// `indices` and `coefficients` are parallel arrays; an index appears at most once (validation
  /// reports repeats) and the order is kept as given, so writers reproduce it.
  public struct Row: Sendable, Hashable {
    /// The row's name; unique within the model.
    public var name: String
    /// Variable indices of the non-zero coefficients.
    public var indices: [Int]
    /// The coefficients, parallel to `indices`.
    public var coefficients: [Double]
    /// Lower activity bound; `-Double.infinity` for none.
    public var lowerBound: Double
    /// Upper activity bound; `+Double.infinity` for none.
    public var upperBound: Double

    /// Creates a row from parallel index and coefficient arrays.
    public init(
      name: String, indices: [Int], coefficients: [Double],
      lowerBound: Double = -.infinity, upperBound: Double = .infinity
    ) {
      precondition(
        indices.count == coefficients.count,
        "row '\(name)': \(indices.count) indices but \(coefficients.count) coefficients")
      self.name = name
      self.indices = indices
      self.coefficients = coefficients
      self.lowerBound = lowerBound
      self.upperBound = upperBound
    }
  }

  /// The model's name (MPS `NAME`); may be empty.
  public var name: String
  /// Whether the objective is minimized or maximized.
  public var sense: ObjectiveSense
  /// A constant added to the objective (in MPS, minus the RHS given on the objective row).
  public var objectiveConstant: Double
  /// The name of the objective row (MPS `N` row); `"OBJ"` when the model was built in code.
  public var objectiveName: String
  /// The variables, in column order.
  public var variables: [Variable]
  /// The constraints, in row order.
  public var rows: [Row]

  /// Creates a model; by default an empty minimization.
  public init(
    name: String = "", sense: ObjectiveSense = .minimize, objectiveConstant: Double = 0,
    objectiveName: String = "OBJ", variables: [Variable] = [], rows: [Row] = []
  ) {
    self.name = name
    self.sense = sense
    self.objectiveConstant = objectiveConstant
    self.objectiveName = objectiveName
    self.variables = variables
    self.rows = rows
  }

  /// Appends a variable and returns its index.
  @discardableResult
  public mutating func addVariable(_ variable: Variable) -> Int {
    variables.append(variable)
    return variables.count - 1
  }

  /// Appends a row and returns its index.
  @discardableResult
  public mutating func addRow(_ row: Row) -> Int {
    rows.append(row)
    return rows.count - 1
  }

  /// The number of non-zero coefficients over all rows.
  public var nonZeroCount: Int { rows.reduce(0) { $0 + $1.indices.count } }

  /// Whether any variable is integer.
  public var hasIntegers: Bool { variables.contains { $0.isInteger } }

  /// The objective value of `values` in the model's own sense, including the constant.
  ///
  /// - Precondition: `values.count == variables.count`.
  public func objectiveValue(of values: [Double]) -> Double {
    precondition(values.count == variables.count, "\(values.count) values for \(variables.count) variables")
    var total = objectiveConstant
    for (variable, value) in zip(variables, values) where variable.objective != 0 {
      total += variable.objective * value
    }
    return total
  }

  /// The activity `Σ a_k x_k` of every row at `values`.
  ///
  /// - Precondition: `values.count == variables.count`.
  public func rowActivities(of values: [Double]) -> [Double] {
    precondition(values.count == variables.count, "\(values.count) values for \(variables.count) variables")
    return rows.map { row in
      var sum = 0.0
      for (index, coefficient) in zip(row.indices, row.coefficients) { sum += coefficient * values[index] }
      return sum
    }
  }
}
