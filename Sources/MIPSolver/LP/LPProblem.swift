/// A sparse matrix stored column-wise (compressed sparse column).
///
/// Column `j`'s entries are `rowIndices[columnStarts[j] ..< columnStarts[j + 1]]` with the matching
/// `values`; `columnStarts.count == columnCount + 1`. Row indices within a column are distinct.
public struct SparseMatrix: Sendable, Equatable {
  /// The number of rows.
  public var rowCount: Int
  /// The number of columns.
  public var columnCount: Int { columnStarts.count - 1 }
  /// Start of each column's entries, plus one past the end.
  public var columnStarts: [Int]
  /// Row index of each entry.
  public var rowIndices: [Int]
  /// Value of each entry.
  public var values: [Double]

  /// Creates a matrix from its compressed-column arrays.
  public init(rowCount: Int, columnStarts: [Int], rowIndices: [Int], values: [Double]) {
    precondition(!columnStarts.isEmpty, "columnStarts needs columnCount + 1 entries")
    precondition(
      rowIndices.count == values.count && columnStarts.last == values.count,
      "inconsistent CSC arrays: \(rowIndices.count) indices, \(values.count) values, end \(columnStarts.last ?? -1)")
    self.rowCount = rowCount
    self.columnStarts = columnStarts
    self.rowIndices = rowIndices
    self.values = values
  }
}

/// A linear program in the engine's computational form, always a minimization:
///
/// ```
/// minimize   objective · x + objectiveOffset
/// subject to rowLower <= A x <= rowUpper
///            columnLower <= x <= columnUpper
/// ```
///
/// Infinite bounds are `±Double.infinity`. Integrality lives outside (branch-and-bound keeps it).
public struct LPProblem: Sendable, Equatable {
  /// Cost of each column.
  public var objective: [Double]
  /// Constant added to the objective.
  public var objectiveOffset: Double
  /// Lower bound of each column.
  public var columnLower: [Double]
  /// Upper bound of each column.
  public var columnUpper: [Double]
  /// Lower activity bound of each row.
  public var rowLower: [Double]
  /// Upper activity bound of each row.
  public var rowUpper: [Double]
  /// The constraint matrix A, column-wise.
  public var matrix: SparseMatrix

  /// The number of columns (structural variables).
  public var columnCount: Int { objective.count }
  /// The number of rows.
  public var rowCount: Int { rowLower.count }

  /// Creates a problem; array lengths must agree with the matrix.
  public init(
    objective: [Double], objectiveOffset: Double = 0, columnLower: [Double], columnUpper: [Double],
    rowLower: [Double], rowUpper: [Double], matrix: SparseMatrix
  ) {
    precondition(
      objective.count == matrix.columnCount && columnLower.count == objective.count
        && columnUpper.count == objective.count,
      "column arrays disagree: \(objective.count) costs, \(matrix.columnCount) matrix columns")
    precondition(
      rowLower.count == matrix.rowCount && rowUpper.count == matrix.rowCount,
      "row arrays disagree: \(rowLower.count) lower, \(rowUpper.count) upper, \(matrix.rowCount) matrix rows")
    self.objective = objective
    self.objectiveOffset = objectiveOffset
    self.columnLower = columnLower
    self.columnUpper = columnUpper
    self.rowLower = rowLower
    self.rowUpper = rowUpper
    self.matrix = matrix
  }
}

/// The status of a variable (structural column or row slack) in a simplex basis.
public enum BasisStatus: UInt8, Sendable, Hashable {
  /// In the basis.
  case basic
  /// Non-basic at its lower bound.
  case atLower
  /// Non-basic at its upper bound.
  case atUpper
  /// Non-basic free variable held at zero.
  case free
}

/// A simplex basis: one status per column and per row (the row's logical variable).
///
/// A valid basis has exactly `rowCount` basic entries. Used to warm-start a child node from its parent.
public struct LPBasis: Sendable, Hashable {
  /// Status of each structural column.
  public var columnStatus: [BasisStatus]
  /// Status of each row's logical (slack) variable.
  public var rowStatus: [BasisStatus]

  /// Creates a basis from the two status arrays.
  public init(columnStatus: [BasisStatus], rowStatus: [BasisStatus]) {
    self.columnStatus = columnStatus
    self.rowStatus = rowStatus
  }
}

/// The outcome of one LP solve inside the engine.
public enum LPStatus: Sendable, Hashable {
  /// Optimal within the tolerances.
  case optimal
  /// Primal infeasible (the dual is unbounded).
  case infeasible
  /// Primal unbounded.
  case unbounded
  /// The dual objective passed the cutoff set with `objectiveCutoff`: the node can be pruned.
  case cutoff
  /// The iteration limit stopped the solve.
  case iterationLimit
}

/// A cut or any row added to an LP after it was built: `lower <= Σ values[k] x[indices[k]] <= upper`.
public struct LPRow: Sendable, Equatable {
  /// Column indices.
  public var indices: [Int]
  /// Coefficients, parallel to `indices`.
  public var values: [Double]
  /// Lower activity bound (`-Double.infinity` for none).
  public var lower: Double
  /// Upper activity bound (`+Double.infinity` for none).
  public var upper: Double

  /// Creates a row.
  public init(indices: [Int], values: [Double], lower: Double, upper: Double) {
    self.indices = indices
    self.values = values
    self.lower = lower
    self.upper = upper
  }
}

/// The contract between branch-and-bound and the LP engine that solves its relaxations.
///
/// The engine owns a copy of an `LPProblem` and keeps its factorization and basis between calls, so
/// changing a few bounds and calling `solve()` again warm-starts from the last basis (dual simplex
/// after bound changes, the usual node-LP pattern). All values are in the engine's computational
/// form (minimization, the problem's own columns; rows added with `addRows` come after the originals).
public protocol LPRelaxationSolver: AnyObject {
  /// The number of columns.
  var columnCount: Int { get }
  /// The number of rows, added rows included.
  var rowCount: Int { get }
  /// Sets the bounds of column `column` (branching, fixing, bound propagation).
  func setColumnBounds(_ column: Int, lower: Double, upper: Double)
  /// The current bounds of column `column`.
  func columnBounds(_ column: Int) -> (lower: Double, upper: Double)
  /// Stops the dual simplex with `.cutoff` once the dual objective exceeds `value` (`+infinity`: never).
  func setObjectiveCutoff(_ value: Double)
  /// Appends rows (cuts); they become rows `rowCount ..< rowCount + rows.count` with basic slacks.
  func addRows(_ rows: [LPRow])
  /// Removes the given added rows (indices at or above the original row count), keeping the order of the rest.
  func removeRows(_ rows: [Int])
  /// Solves from the current basis, performing at most `iterationLimit` iterations.
  func solve(iterationLimit: Int) -> LPStatus
  /// The objective value of the current solution (offset included).
  var objectiveValue: Double { get }
  /// Column values of the current solution.
  var columnValues: [Double] { get }
  /// Row activities of the current solution.
  var rowActivities: [Double] { get }
  /// Row duals of the current solution (minimization convention).
  var rowDuals: [Double] { get }
  /// Reduced costs of the columns (minimization convention).
  var reducedCosts: [Double] { get }
  /// The current basis; setting it replaces the basis (and forces a refactorization).
  var basis: LPBasis { get set }
  /// Simplex iterations performed since the engine was created.
  var iterationCount: Int { get }
  /// The simplex tableau row of basic column `basicColumn` in original units (see
  /// `DualSimplex.tableauRow(basicColumn:)`): `n + m` entries, columns then row logicals
  /// `r_i = -(A x)_i`, with `Σ t_k v_k = 0`; `nil` if the column is not basic or the engine cannot tell.
  func tableauRow(basicColumn: Int) -> [Double]?
  /// Row multipliers of the certificate that proved the last solve infeasible (see
  /// `DualSimplex.farkasDuals`), or `nil`.
  var farkasDuals: [Double]? { get }
}

extension LPRelaxationSolver {
  /// Engines without tableau access return `nil` (no Gomory cuts).
  public func tableauRow(basicColumn: Int) -> [Double]? { nil }
  /// Engines without certificates return `nil` (no Farkas proofs).
  public var farkasDuals: [Double]? { nil }
}
