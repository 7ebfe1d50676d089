import MIPSolver
import OptimizationModel

/// What `dcbplan solve` prints: a two-column table or one JSON object, and the exit status.
///
/// JSON keys (sorted): `bound`, `columns`, `gap`, `integers`, `iterations`, `limit`, `model`, `nodes`,
/// `objective`, `rows`, `seconds`, `sense`, `status`. `status` is `optimal`, `infeasible`,
/// `unbounded` or `limit-reached` (then `limit` is `nodes`, `iterations` or `time`, else `null`);
/// `objective`, `bound` and `gap` are `null` when unknown. Numbers are shortest round-trip doubles.
struct SolveReport {
  var model: LinearModel
  var file: String
  var result: SolveResult

  /// The status word.
  var statusText: String {
    switch result.status {
    case .optimal: "optimal"
    case .infeasible: "infeasible"
    case .unbounded: "unbounded"
    case .limitReached: "limit-reached"
    }
  }

  /// The limit that stopped the solve, if one did.
  var limitText: String? {
    if case .limitReached(let limit) = result.status { return limit.rawValue }
    return nil
  }

  /// DESIGN §6: 0 optimal, 2 infeasible, 5 unbounded, 3 limit reached.
  var exitStatus: ExitStatus {
    switch result.status {
    case .optimal: .success
    case .infeasible: .infeasible
    case .unbounded: .unbounded
    case .limitReached: .limitReached
    }
  }

  /// The aligned two-column table.
  var table: String {
    var status = statusText
    if let limit = limitText { status += " (\(limit) limit)" }
    if case .limitReached = result.status, result.objective == nil { status += ", no feasible solution found" }
    let integers = model.variables.filter(\.isInteger).count
    let lines: [(String, String)] = [
      ("model", "\(file) (\(model.rows.count) rows, \(model.variables.count) columns, \(integers) integer, \(model.sense.rawValue))"),
      ("status", status),
      ("objective", result.objective.map(Self.number) ?? "-"),
      ("bound", result.bound.map(Self.number) ?? "-"),
      ("gap", result.gap.map(Self.percent) ?? "-"),
      ("nodes", "\(result.nodes)"),
      ("iterations", "\(result.iterations)"),
      ("seconds", Self.seconds(result.seconds)),
    ]
    let width = lines.map(\.0.count).max() ?? 0
    return lines.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }.joined(separator: "\n") + "\n"
  }

  /// The JSON object.
  var json: JSONOutput {
    .object([
      "model": .string(file),
      "rows": .integer(Int64(model.rows.count)),
      "columns": .integer(Int64(model.variables.count)),
      "integers": .integer(Int64(model.variables.filter(\.isInteger).count)),
      "sense": .string(model.sense.rawValue),
      "status": .string(statusText),
      "limit": .optional(limitText) { .string($0) },
      "objective": .optional(result.objective) { .number($0) },
      "bound": .optional(result.bound) { .number($0) },
      "gap": .optional(result.gap) { .number($0) },
      "nodes": .integer(Int64(result.nodes)),
      "iterations": .integer(Int64(result.iterations)),
      "seconds": .number(result.seconds),
    ])
  }

  /// `name value` lines in column order; whole values print without a fraction (`x 1`), others in
  /// shortest round-trip form, so a checker re-reads the exact doubles.
  static func solutionText(model: LinearModel, values: [Double]) -> String {
    var text = ""
    for (variable, value) in zip(model.variables, values) {
      text += "\(variable.name) \(solutionNumber(value))\n"
    }
    return text
  }

  static func solutionNumber(_ value: Double) -> String {
    if value == 0 { return "0" }
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A double in shortest round-trip form (`-12.5`, `1e-07`).
  static func number(_ value: Double) -> String {
    value == 0 ? "0" : "\(value)"
  }

  /// A relative gap as a percentage with two significant decimals (`0.01%`, `12.35%`).
  static func percent(_ gap: Double) -> String {
    guard gap.isFinite else { return "inf" }
    let hundredths = (gap * 10_000).rounded()
    if gap > 0, hundredths == 0 { return "<0.01%" }
    let whole = Int64(hundredths) / 100
    let fraction = Int64(hundredths) % 100
    return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
  }

  /// Seconds with three decimals (`0.042`).
  static func seconds(_ value: Double) -> String {
    let millis = Int64((max(0, value) * 1000).rounded())
    let fraction = millis % 1000
    let padded = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
    return "\(millis / 1000).\(padded)"
  }
}
