/// A snapshot of the search for a progress display.
public struct SolveProgress: Sendable, Equatable {
  /// Branch-and-bound nodes processed so far.
  public var nodes: Int
  /// The incumbent's objective in the model's sense, if one was found.
  public var incumbent: Double?
  /// The best proven bound in the model's sense, if known.
  public var bound: Double?
  /// The relative gap as in `SolveResult.gap`, if both values are known.
  public var gap: Double?
  /// Wall-clock seconds since the solve started.
  public var seconds: Double

  /// Creates a snapshot.
  public init(nodes: Int, incumbent: Double?, bound: Double?, gap: Double?, seconds: Double) {
    self.nodes = nodes
    self.incumbent = incumbent
    self.bound = bound
    self.gap = gap
    self.seconds = seconds
  }
}
