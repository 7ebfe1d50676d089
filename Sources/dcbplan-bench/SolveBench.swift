import OptimizationModel

/// `solve`: waits for the solver facade (`MILPSolver`) to land on main.
enum SolveBench {
  struct Unavailable: Error, CustomStringConvertible {
    var description: String { "the solve command needs MILPSolver, which is not in this build yet" }
  }

  static func run(_ arguments: BenchArguments) throws -> Bool {
    throw Unavailable()
  }
}
