/// One way a point breaks a model: a bound, a row side or integrality, by how much.
public struct SolutionViolation: Sendable, Hashable, CustomStringConvertible {
  /// What is broken.
  public enum Kind: String, Sendable, Hashable {
    /// The value is below the variable's lower bound.
    case variableLower = "lower bound"
    /// The value is above the variable's upper bound.
    case variableUpper = "upper bound"
    /// An integer variable's value is not integral.
    case integrality
    /// The row activity is below the row's lower side.
    case rowLower = "row lower side"
    /// The row activity is above the row's upper side.
    case rowUpper = "row upper side"
    /// A value is NaN or infinite.
    case nonFinite = "non-finite value"
  }

  /// What is broken.
  public var kind: Kind
  /// The variable's or row's name.
  public var name: String
  /// The 0-based index of the variable or row.
  public var index: Int
  /// The value (variable) or activity (row) found.
  public var value: Double
  /// The bound broken (the nearest integer for integrality; the value itself for non-finite).
  public var bound: Double
  /// The violation as compared with the tolerance (relative for rows, see `LinearModel.violations`).
  public var amount: Double

  /// Creates a violation.
  public init(kind: Kind, name: String, index: Int, value: Double, bound: Double, amount: Double) {
    self.kind = kind
    self.name = name
    self.index = index
    self.value = value
    self.bound = bound
    self.amount = amount
  }

  /// A lowercase sentence naming the variable or row.
  public var description: String {
    let subject = kind == .rowLower || kind == .rowUpper ? "row" : "variable"
    return "\(subject) '\(name)': \(kind.rawValue) violated, value \(value) against \(bound) (by \(amount))"
  }
}

extension LinearModel {
  /// Every bound, row side and integrality that `values` violates by more than `tolerance`, in
  /// variable order then row order.
  ///
  /// Tolerances follow the benchmark kit's independent checker (`check_mps_solution.py`): variable
  /// bounds and integrality are absolute (`|x - round(x)|`); a row's violation is divided by
  /// `max(1, |lower|, |upper|)` over its finite sides. A NaN or infinite value is always reported.
  ///
  /// - Precondition: `values.count == variables.count`.
  public func violations(of values: [Double], tolerance: Double = 1e-6) -> [SolutionViolation] {
    precondition(values.count == variables.count, "\(values.count) values for \(variables.count) variables")
    var result: [SolutionViolation] = []
    for (index, variable) in variables.enumerated() {
      let value = values[index]
      if !value.isFinite {
        result.append(.init(kind: .nonFinite, name: variable.name, index: index, value: value, bound: value, amount: .infinity))
        continue
      }
      if variable.lowerBound - value > tolerance {
        result.append(
          .init(kind: .variableLower, name: variable.name, index: index, value: value, bound: variable.lowerBound,
                amount: variable.lowerBound - value))
      }
      if value - variable.upperBound > tolerance {
        result.append(
          .init(kind: .variableUpper, name: variable.name, index: index, value: value, bound: variable.upperBound,
                amount: value - variable.upperBound))
      }
      if variable.isInteger {
        let nearest = value.rounded()
        if abs(value - nearest) > tolerance {
          result.append(
            .init(kind: .integrality, name: variable.name, index: index, value: value, bound: nearest,
                  amount: abs(value - nearest)))
        }
      }
    }
    if result.contains(where: { $0.kind == .nonFinite }) { return result }
    let activities = rowActivities(of: values)
    for (index, row) in rows.enumerated() {
      let activity = activities[index]
      var scale = 1.0
      if row.lowerBound.isFinite { scale = max(scale, abs(row.lowerBound)) }
      if row.upperBound.isFinite { scale = max(scale, abs(row.upperBound)) }
      let below = (row.lowerBound - activity) / scale
      let above = (activity - row.upperBound) / scale
      if below > tolerance {
        result.append(.init(kind: .rowLower, name: row.name, index: index, value: activity, bound: row.lowerBound, amount: below))
      }
      if above > tolerance {
        result.append(.init(kind: .rowUpper, name: row.name, index: index, value: activity, bound: row.upperBound, amount: above))
      }
    }
    return result
  }

  /// Whether `values` satisfies every bound, row and integrality within `tolerance` (see `violations`).
  public func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
    violations(of: values, tolerance: tolerance).isEmpty
  }

  /// The largest violation amount of `values` (0 when feasible within any tolerance).
  public func maximumViolation(of values: [Double]) -> Double {
    violations(of: values, tolerance: 0).reduce(0) { max($0, $1.amount) }
  }
}
