import OptimizationModel

/// The planning model as free MPS text for other solvers (`dcbplan plan --export-model`).
///
/// Comment lines (`*`) first state the units and the objective; then `MPSWriter`'s free MPS with the
/// readable names (`x_DCB-D1_full_2024`, `pay_US_T03_2025`). The objective is the primary objective of
/// DESIGN §4 (sense and constant as `MPSWriter` writes them), so HiGHS, CBC or GLPK reach the same optimum.
public enum ModelExport {
  /// The MPS text of `planning` (its current rows, extra rows included).
  /// - Throws: `MPSWriteError` when a name cannot be written (a blank in an ID).
  public static func mps(_ planning: PlanningModel, scenario: String) throws -> String {
    let model = planning.model
    let objective = model.sense == .maximize ? "maximize the weighted normalized criteria" : "minimize the weighted relative goal shortfall"
    var header = "* DCB Planner allocation model (DESIGN section 4), scenario '\(scenario)'\n"
    header += "* money in thousands of US dollars (kUSD); objective: \(objective)\n"
    header += "* \(model.rows.count) rows, \(model.variables.count) columns (\(planning.choices.count) binary), \(model.nonZeroCount) non-zeros\n"
    return header + (try MPSWriter.write(model, format: .free))
  }
}
