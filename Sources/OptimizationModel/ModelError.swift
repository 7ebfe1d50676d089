/// One problem found by `LinearModel.validate()`, naming the variable or row concerned.
public enum ModelError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A variable's objective coefficient is NaN or infinite.
  case nonFiniteObjective(variable: String, value: Double)
  /// The objective constant is NaN or infinite.
  case nonFiniteObjectiveConstant(value: Double)
  /// A variable bound is NaN, or the lower bound is +infinity, or the upper bound is -infinity.
  case invalidVariableBound(variable: String, lower: Double, upper: Double)
  /// A variable's lower bound exceeds its upper bound.
  case crossedVariableBounds(variable: String, lower: Double, upper: Double)
  /// A row bound is NaN, or the lower side is +infinity, or the upper side is -infinity.
  case invalidRowBound(row: String, lower: Double, upper: Double)
  /// A row's lower activity bound exceeds its upper one.
  case crossedRowBounds(row: String, lower: Double, upper: Double)
  /// A row coefficient is NaN or infinite.
  case nonFiniteCoefficient(row: String, variable: String, value: Double)
  /// A row's `indices` and `coefficients` differ in length.
  case mismatchedRowArrays(row: String, indices: Int, coefficients: Int)
  /// A row refers to a variable index outside `0 ..< variables.count`.
  case indexOutOfRange(row: String, index: Int, variableCount: Int)
  /// A row lists the same variable more than once.
  case repeatedIndex(row: String, variable: String)
  /// Two variables share a name (0-based positions).
  case duplicateVariableName(name: String, first: Int, second: Int)
  /// Two rows share a name, or a row is named like the objective (0-based positions; -1 is the objective).
  case duplicateRowName(name: String, first: Int, second: Int)

  /// A lowercase message naming the variable or row.
  public var description: String {
    switch self {
    case .nonFiniteObjective(let variable, let value):
      return "variable '\(variable)': objective coefficient \(value) is not finite"
    case .nonFiniteObjectiveConstant(let value):
      return "objective constant \(value) is not finite"
    case .invalidVariableBound(let variable, let lower, let upper):
      return "variable '\(variable)': invalid bounds [\(lower), \(upper)]"
    case .crossedVariableBounds(let variable, let lower, let upper):
      return "variable '\(variable)': lower bound \(lower) exceeds upper bound \(upper)"
    case .invalidRowBound(let row, let lower, let upper):
      return "row '\(row)': invalid activity bounds [\(lower), \(upper)]"
    case .crossedRowBounds(let row, let lower, let upper):
      return "row '\(row)': lower bound \(lower) exceeds upper bound \(upper)"
    case .nonFiniteCoefficient(let row, let variable, let value):
      return "row '\(row)': coefficient \(value) of variable '\(variable)' is not finite"
    case .mismatchedRowArrays(let row, let indices, let coefficients):
      return "row '\(row)': \(indices) indices but \(coefficients) coefficients"
    case .indexOutOfRange(let row, let index, let variableCount):
      return "row '\(row)': variable index \(index) outside 0..<\(variableCount)"
    case .repeatedIndex(let row, let variable):
      return "row '\(row)': variable '\(variable)' appears more than once"
    case .duplicateVariableName(let name, let first, let second):
      return "duplicate variable name '\(name)' (variables \(first) and \(second))"
    case .duplicateRowName(let name, let first, let second):
      return first < 0
        ? "row \(second) is named '\(name)' like the objective row"
        : "duplicate row name '\(name)' (rows \(first) and \(second))"
    }
  }
}

/// A model that failed validation, with every problem found (in model order).
public struct InvalidModelError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problems, variables first, then rows, then names.
  public var problems: [ModelError]

  /// Creates the error.
  public init(problems: [ModelError]) { self.problems = problems }

  /// `invalid model: ` followed by the problems, separated by `; `.
  public var description: String {
    "invalid model: " + problems.map(\.description).joined(separator: "; ")
  }
}
