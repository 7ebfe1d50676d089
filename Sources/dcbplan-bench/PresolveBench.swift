import MIPSolver
import OptimizationModel

/// `presolve`: sizes before and after presolve, optionally the reduced models as MPS.
enum PresolveBench {
  static func run(_ arguments: BenchArguments) throws -> Bool {
    if let output = arguments.output { try BenchFiles.makeDirectory(output) }
    var allDone = true
    let clock = ContinuousClock()
    for path in try BenchFiles.mpsFiles(in: arguments.directory) {
      let name = BenchFiles.instanceName(path)
      var json = BenchJSON()
      json.add("name", name)
      do {
        let model = try MPSReader.read(try BenchFiles.text(path))
        let start = clock.now
        let result = Presolver().presolve(model)
        let elapsed = seconds(clock.now - start)
        switch result.status {
        case .reduced: json.add("status", "reduced")
        case .infeasible(let reason):
          json.add("status", "infeasible")
          json.add("reason", reason)
        case .unboundedOrInfeasible(let reason):
          json.add("status", "unbounded_or_infeasible")
          json.add("reason", reason)
        }
        json.add("rows", model.rows.count)
        json.add("cols", model.variables.count)
        json.add("nnz", model.nonZeroCount)
        json.add("presolved_rows", result.model.rows.count)
        json.add("presolved_cols", result.model.variables.count)
        json.add("presolved_nnz", result.model.nonZeroCount)
        json.add("passes", result.passes)
        json.add(seconds: "seconds", elapsed)
        if let directory = arguments.solutions, case .reduced = result.status {
          let reduced = try readSolution(directory + "/" + name + ".sol", for: result.model)
          let values = result.postsolve.values(from: reduced)
          json.add("postsolve_max_violation", model.maximumViolation(of: values))
          json.add("postsolve_objective", model.objectiveValue(of: values))
          json.add("reduced_objective", result.model.objectiveValue(of: reduced))
        }
        print(json.line)
        if let output = arguments.output, case .reduced = result.status {
          try BenchFiles.write(try MPSWriter.write(result.model), to: output + "/" + name + ".mps")
        }
      } catch {
        allDone = false
        json.add("status", "error")
        json.add("message", "\(error)")
        print(json.line)
      }
    }
    return allDone
  }

  /// Values of `model`'s variables from `name value` lines (missing names are 0).
  static func readSolution(_ path: String, for model: LinearModel) throws -> [Double] {
    var byName: [String: Double] = [:]
    for line in try BenchFiles.text(path).split(separator: "\n") {
      let fields = line.split(separator: " ")
      if fields.count >= 2, let value = Double(fields[1]) { byName[String(fields[0])] = value }
    }
    return model.variables.map { byName[$0.name] ?? 0 }
  }
}
