import MIPSolver
import OptimizationModel

/// `solve`: reads and solves every MPS file of a folder with `MILPSolver`, one JSON line each.
enum SolveBench {
  static func options(_ arguments: BenchArguments) -> SolverOptions {
    var options = SolverOptions()
    if let gap = arguments.gap { options.relativeGap = gap }
    if let absoluteGap = arguments.absoluteGap { options.absoluteGap = absoluteGap }
    options.timeLimit = arguments.timeLimit
    options.nodeLimit = arguments.nodeLimit
    options.cutoff = arguments.cutoff
    return options
  }

  /// The status as `solve_ref.py` spells it.
  static func statusName(_ status: SolveStatus) -> String {
    switch status {
    case .optimal: return "optimal"
    case .infeasible: return "infeasible"
    case .unbounded: return "unbounded"
    case .limitReached(let limit):
      switch limit {
      case .nodes: return "node_limit"
      case .iterations: return "iteration_limit"
      case .time: return "time_limit"
      case .target: return "objective_target"
      }
    }
  }

  /// Solves every file; returns whether all were read and solved without error.
  static func run(_ arguments: BenchArguments) throws -> Bool {
    let options = options(arguments)
    let clock = ContinuousClock()
    var allSolved = true
    for path in try BenchFiles.mpsFiles(in: arguments.directory) {
      var json = BenchJSON()
      json.add("name", BenchFiles.instanceName(path))
      var times: [Double] = []
      var last: (model: LinearModel, result: SolveResult)?
      var failure: String?
      for _ in 0..<arguments.repeats {
        let start = clock.now
        do {
          let model = try MPSReader.read(try BenchFiles.text(path))
          let result = try MILPSolver().solve(model, options: options)
          times.append(seconds(clock.now - start))
          last = (model, result)
          if case .limitReached = result.status { break }
        } catch {
          failure = "\(error)"
          break
        }
      }
      guard let last, failure == nil else {
        allSolved = false
        json.add("status", "error")
        json.add("message", failure ?? "no run")
        print(json.line)
        continue
      }
      let result = last.result
      json.add("status", statusName(result.status))
      json.add("objective", result.objective)
      json.add("bound", result.bound)
      json.add("gap", result.gap)
      json.add("nodes", result.nodes)
      json.add("iterations", result.iterations)
      json.add(seconds: "seconds", median(times))
      json.add("max_violation", result.values.map { last.model.maximumViolation(of: $0) })
      print(json.line)
    }
    return allSolved
  }
}
