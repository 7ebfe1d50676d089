/// The named tolerances of the solver (STYLE C8); no bare epsilon literals elsewhere.
///
/// Defaults follow HiGHS. All are absolute unless the name says relative; values are in the units of
/// the (scaled) model the engine works on.
public struct Tolerances: Sendable, Hashable {
  /// A row activity or variable value may break its bound by at most this much (default 1e-7).
  public var primalFeasibility: Double = 1e-7
  /// A reduced cost may have the wrong sign by at most this much at optimality (default 1e-7).
  public var dualFeasibility: Double = 1e-7
  /// A value within this distance of an integer counts as integral (default 1e-6).
  public var integrality: Double = 1e-6
  /// Pivots smaller than this in magnitude are rejected by the ratio tests (default 1e-7).
  public var pivot: Double = 1e-7
  /// Entries smaller than this in magnitude are dropped as numerical zero (default 1e-14).
  public var zero: Double = 1e-14
  /// The reported solution may break the *original* model's rows, bounds or integrality by at most
  /// this much; a candidate that does not is rejected and never reported (default 1e-6).
  public var solutionCheck: Double = 1e-6

  /// Creates the default tolerances.
  public init() {}
}
