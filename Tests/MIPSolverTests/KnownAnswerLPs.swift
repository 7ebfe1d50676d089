import Testing
@testable import MIPSolver

/// A catalogue of small LPs with known answers (computed by hand or classical; sources in comments).
struct KnownAnswerLP: CustomTestStringConvertible, Sendable {
  var name: String
  var lp: DenseLP
  var status: LPStatus
  /// The optimal objective when `status == .optimal`.
  var optimum: Double?

  var testDescription: String { name }

  static let infinity = Double.infinity

  static var all: [KnownAnswerLP] {
    var list: [KnownAnswerLP] = []
    // max x + y, x + 2y <= 4, 3x + y <= 6: vertex (8/5, 6/5).
    list.append(
      KnownAnswerLP(
        name: "two-variable textbook", lp: (DenseLP(
          objective: [-1, -1], rows: [[1, 2], [3, 1]], rowLower: [-infinity, -infinity], rowUpper: [4, 6],
          columnLower: [0, 0], columnUpper: [infinity, infinity])), status: .optimal, optimum: -2.8))
    list.append(
      KnownAnswerLP(
        name: "infeasible pair of rows", lp: (DenseLP(
          objective: [1, 1], rows: [[1, 1], [1, 1]], rowLower: [-infinity, 2], rowUpper: [1, infinity],
          columnLower: [0, 0], columnUpper: [infinity, infinity])), status: .infeasible, optimum: nil))
    list.append(
      KnownAnswerLP(
        name: "unbounded ray", lp: (DenseLP(
          objective: [-1, 0], rows: [[1, -1]], rowLower: [-infinity], rowUpper: [1],
          columnLower: [0, 0], columnUpper: [infinity, infinity])), status: .unbounded, optimum: nil))
    // Beale (1955), the classical cycling example for Dantzig's rule; optimum -5/4 at x = (1, 0, 1, 0).
    list.append(
      KnownAnswerLP(
        name: "Beale cycling example", lp: (DenseLP(
          objective: [-0.75, 20, -0.5, 6],
          rows: [[0.25, -8, -1, 9], [0.5, -12, -0.5, 3], [0, 0, 1, 0]],
          rowLower: [-infinity, -infinity, -infinity], rowUpper: [0, 0, 1],
          columnLower: [0, 0, 0, 0], columnUpper: [infinity, infinity, infinity, infinity])),
        status: .optimal, optimum: -1.25))
    for size in 3...8 { list.append(kleeMinty(size)) }
    // min x - 2y with x, y free: x - y >= -2, x + y <= 4, x >= -10 via a row: optimum at x = 1, y = 3.
    list.append(
      KnownAnswerLP(
        name: "free variables", lp: (DenseLP(
          objective: [1, -2], rows: [[1, -1], [1, 1]], rowLower: [-2, -infinity], rowUpper: [infinity, 4],
          columnLower: [-infinity, -infinity], columnUpper: [infinity, infinity])), status: .optimal, optimum: -5))
    list.append(
      KnownAnswerLP(
        name: "free variable unbounded below", lp: (DenseLP(
          objective: [1, 0], rows: [[1, 1]], rowLower: [-infinity], rowUpper: [5],
          columnLower: [-infinity, 0], columnUpper: [infinity, 1])), status: .unbounded, optimum: nil))
    list.append(
      KnownAnswerLP(
        name: "equalities", lp: (DenseLP(
          objective: [1, 2, 3], rows: [[1, 1, 1], [1, -1, 0]], rowLower: [6, 1], rowUpper: [6, 1],
          columnLower: [0, 0, 0], columnUpper: [infinity, infinity, infinity])), status: .optimal, optimum: 8.5))
    list.append(
      KnownAnswerLP(
        name: "ranged row, maximizing", lp: (DenseLP(
          objective: [-1, -1], rows: [[1, 1]], rowLower: [1], rowUpper: [3],
          columnLower: [0, 0], columnUpper: [2, 2])), status: .optimal, optimum: -3))
    list.append(
      KnownAnswerLP(
        name: "ranged row, minimizing", lp: (DenseLP(
          objective: [1, 1], rows: [[1, 1]], rowLower: [1], rowUpper: [3],
          columnLower: [0, 0], columnUpper: [2, 2])), status: .optimal, optimum: 1))
    list.append(
      KnownAnswerLP(
        name: "fixed and negative bounds", lp: (DenseLP(
          objective: [1, 1], rows: [[1, 1]], rowLower: [-1], rowUpper: [infinity],
          columnLower: [-5, 2], columnUpper: [-1, 2], offset: 10)), status: .optimal, optimum: 9))
    list.append(
      KnownAnswerLP(
        name: "empty row and empty column", lp: (DenseLP(
          objective: [1, -1, 0], rows: [[1, 0, 0], [0, 0, 0]], rowLower: [2, -1], rowUpper: [infinity, 1],
          columnLower: [0, 0, 0], columnUpper: [infinity, 4, infinity])), status: .optimal, optimum: -2))
    list.append(
      KnownAnswerLP(
        name: "empty row with an unreachable range", lp: (DenseLP(
          objective: [1], rows: [[1], [0]], rowLower: [0, 1], rowUpper: [5, 2],
          columnLower: [0], columnUpper: [infinity])), status: .infeasible, optimum: nil))
    list.append(
      KnownAnswerLP(
        name: "empty column unbounded", lp: (DenseLP(
          objective: [1, -1], rows: [[1, 0]], rowLower: [1], rowUpper: [infinity],
          columnLower: [0, 0], columnUpper: [infinity, infinity])), status: .unbounded, optimum: nil))
    // Degenerate: five rows through the optimal vertex (1, 1).
    list.append(
      KnownAnswerLP(
        name: "degenerate vertex", lp: (DenseLP(
          objective: [-1, -1], rows: [[1, 0], [0, 1], [1, 1], [2, 1], [1, 2]],
          rowLower: [-infinity, -infinity, -infinity, -infinity, -infinity], rowUpper: [1, 1, 2, 3, 3],
          columnLower: [0, 0], columnUpper: [infinity, infinity])), status: .optimal, optimum: -2))
    list.append(
      KnownAnswerLP(
        name: "infeasible with free columns", lp: (DenseLP(
          objective: [0, 1], rows: [[1, 1], [1, 1]], rowLower: [3, -infinity], rowUpper: [3, 2],
          columnLower: [-infinity, -infinity], columnUpper: [infinity, infinity])), status: .infeasible, optimum: nil))
    list.append(
      KnownAnswerLP(
        name: "no rows at all", lp: (DenseLP(
          objective: [1, -1, 0], rows: [], rowLower: [], rowUpper: [],
          columnLower: [-2, 0, -infinity], columnUpper: [3, 5, infinity])), status: .optimal, optimum: -7))
    list.append(
      KnownAnswerLP(
        name: "no rows, unbounded", lp: (DenseLP(
          objective: [1, -1], rows: [], rowLower: [], rowUpper: [],
          columnLower: [-2, 0], columnUpper: [3, infinity])), status: .unbounded, optimum: nil))
    list.append(
      KnownAnswerLP(
        name: "no columns, feasible rows", lp: (DenseLP(
          objective: [], rows: [[], []], rowLower: [-1, -infinity], rowUpper: [1, 0],
          columnLower: [], columnUpper: [], offset: 3)), status: .optimal, optimum: 3))
    return list
  }

  /// Klee and Minty (1972): max Σ 2^(n-j) x_j, Σ_{j<i} 2^(i-j+1) x_j + x_i <= 5^i; optimum 5^n.
  static func kleeMinty(_ size: Int) -> KnownAnswerLP {
    var rows: [[Double]] = []
    var rhs: [Double] = []
    var power = 1.0
    for i in 0..<size {
      var row = [Double](repeating: 0, count: size)
      for j in 0..<i { row[j] = Double(1 << (i - j + 1)) }
      row[i] = 1
      rows.append(row)
      power *= 5
      rhs.append(power)
    }
    let objective = (0..<size).map { -Double(1 << (size - 1 - $0)) }
    return KnownAnswerLP(
      name: "Klee-Minty n = \(size)", lp: (DenseLP(
        objective: objective, rows: rows, rowLower: Array(repeating: -infinity, count: size), rowUpper: rhs,
        columnLower: Array(repeating: 0, count: size), columnUpper: Array(repeating: infinity, count: size))),
      status: .optimal, optimum: -power)
  }
}

