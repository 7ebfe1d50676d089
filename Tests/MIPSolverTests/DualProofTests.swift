import OptimizationModel
import PlannerTestSupport
import Testing
@testable import MIPSolver

@Suite("Dual proofs")
struct DualProofTests {
  /// A random model with an objective constant (the proof's right-hand side must account for it).
  static func model(seed: Int, integerShare: Double) -> LinearModel {
    var generator = SplitMix64(seed: UInt64(7_000 + seed))
    let variables = Int.random(in: 4...6, using: &generator)
    let rows = Int.random(in: 2...4, using: &generator)
    var model = RandomMIP.make(
      seed: UInt64(seed), using: &generator, variables: variables, rows: rows, integerShare: integerShare)
    model.objectiveConstant = Double(Int.random(in: -20...20, using: &generator)) / 4
    return model
  }

  /// A node box: some integer columns fixed at a random value of their range.
  /// A random node of the model of `seed`: a box drawn with `generator` and a dual simplex solved on it.
  static func solvedNode(
    seed: Int, integerShare: Double, generator: inout SplitMix64
  ) -> (problem: MIPProblem, box: (lower: [Double], upper: [Double]), engine: DualSimplex, status: LPStatus) {
    let problem = MIPProblem(model: model(seed: seed, integerShare: integerShare), integrality: 1e-6)
    let box = nodeBox(problem, generator: &generator)
    let engine = DualSimplex(problem: problem.lp)
    for j in 0..<problem.columnCount { engine.setColumnBounds(j, lower: box.lower[j], upper: box.upper[j]) }
    let status = engine.solve(iterationLimit: 10_000)
    return (problem, box, engine, status)
  }

  static func nodeBox(_ problem: MIPProblem, generator: inout SplitMix64) -> (lower: [Double], upper: [Double]) {
    var lower = problem.lp.columnLower, upper = problem.lp.columnUpper
    for j in 0..<problem.columnCount where problem.isInteger[j] && Bool.random(using: &generator) {
      let value = Double(Int.random(in: Int(lower[j])...Int(upper[j]), using: &generator))
      lower[j] = value
      upper[j] = value
    }
    return (lower, upper)
  }

  /// The largest `Σ d_j x_j - rhs` over the points with the integer columns at `assignment` that
  /// satisfy the rows and `cᵀx + offset <= cutoff` (`nil` when there is none), by the dense LP.
  static func worstViolation(
    of proof: DualProof, problem: MIPProblem, assignment: [Double?], cutoff: Double
  ) -> Double? {
    var lp = problem.lp
    var objective = [Double](repeating: 0, count: problem.columnCount)
    for (j, d) in zip(proof.columns, proof.values) { objective[Int(j)] = -d }
    for j in 0..<problem.columnCount {
      if let value = assignment[j] {
        lp.columnLower[j] = value
        lp.columnUpper[j] = value
      }
    }
    // Append the objective row cᵀx <= cutoff - offset.
    var starts = [0]
    var rows: [Int] = []
    var values: [Double] = []
    let matrix = lp.matrix
    for j in 0..<problem.columnCount {
      for e in matrix.columnStarts[j]..<matrix.columnStarts[j + 1] {
        rows.append(matrix.rowIndices[e])
        values.append(matrix.values[e])
      }
      if problem.lp.objective[j] != 0 {
        rows.append(problem.rowCount)
        values.append(problem.lp.objective[j])
      }
      starts.append(rows.count)
    }
    lp.matrix = SparseMatrix(rowCount: problem.rowCount + 1, columnStarts: starts, rowIndices: rows, values: values)
    lp.rowLower.append(-.infinity)
    lp.rowUpper.append(cutoff - problem.lp.objectiveOffset)
    lp.objective = objective
    lp.objectiveOffset = 0
    let solver = DenseTableauLP(lp)
    guard solver.solve(iterationLimit: 100_000) == .optimal else { return nil }
    return -solver.objectiveValue - proof.rightHandSide(cutoff: cutoff)
  }

  /// Every assignment of the integer columns in the box.
  static func assignments(_ problem: MIPProblem) -> [[Double?]] {
    var result: [[Double?]] = [[]]
    for j in 0..<problem.columnCount {
      if problem.isInteger[j] {
        let low = Int(problem.lp.columnLower[j]), high = Int(problem.lp.columnUpper[j])
        result = result.flatMap { prefix in (low...high).map { prefix + [Double($0)] } }
      } else {
        result = result.map { $0 + [nil] }
      }
    }
    return result
  }

  @Test("A proof from the node LP's duals or from random multipliers holds at every point better than the cutoff")
  func proofsAreValid() {
    var checked = 0
    for seed in 1...30 {
      var generator = SplitMix64(seed: UInt64(seed))
      let (problem, box, engine, status) = Self.solvedNode(
        seed: seed, integerShare: seed % 3 == 0 ? 1 : 0.7, generator: &generator)
      var builder = DualProofBuilder(problem: problem)
      let random = (0..<problem.rowCount).map { _ in Double.random(in: -3...3, using: &generator) }
      let cutoff = (status == .optimal ? engine.objectiveValue : 0) - Double.random(in: 0...2, using: &generator)
      for duals in [engine.rowDuals, random] {
        guard
          let proof = builder.derive(
            duals: duals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: [],
            usesCutoff: true, cutoff: cutoff, globalLower: problem.lp.columnLower,
            globalUpper: problem.lp.columnUpper, localLower: box.lower, localUpper: box.upper, tolerance: 1e-7,
            pinned: true)
        else { continue }
        for assignment in Self.assignments(problem) {
          guard let violation = Self.worstViolation(of: proof, problem: problem, assignment: assignment, cutoff: cutoff)
          else { continue }
          checked += 1
          #expect(violation <= 1e-7, "seed \(seed): a point better than the cutoff violates the proof by \(violation)")
        }
      }
    }
    #expect(checked > 100)
  }

  @Test("The duals of a node whose LP bound exceeds the cutoff give a proof violated at that node")
  func proofSeparatesItsNode() throws {
    var found = 0
    for seed in 1...30 {
      var generator = SplitMix64(seed: UInt64(100 + seed))
      let (problem, box, engine, status) = Self.solvedNode(seed: seed, integerShare: 0.7, generator: &generator)
      var builder = DualProofBuilder(problem: problem)
      guard status == .optimal else { continue }
      let cutoff = engine.objectiveValue - 0.5
      guard
        let proof = builder.derive(
          duals: engine.rowDuals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: [],
          usesCutoff: true, cutoff: cutoff, globalLower: problem.lp.columnLower, globalUpper: problem.lp.columnUpper,
          localLower: box.lower, localUpper: box.upper, tolerance: 1e-7)
      else { continue }
      found += 1
      var minimum = 0.0
      for (j, d) in zip(proof.columns, proof.values) {
        minimum += d * (d > 0 ? box.lower[Int(j)] : box.upper[Int(j)])
      }
      // At the node the proof's minimum activity plus the dropped part is the LP bound.
      #expect(minimum > proof.rightHandSide(cutoff: cutoff) + 0.4, "seed \(seed)")
      var pool = ConflictPool(capacity: 4, isInteger: problem.isInteger, tolerances: Tolerances())
      pool.add(proof, globalLower: problem.lp.columnLower, globalUpper: problem.lp.columnUpper)
      var lower = box.lower, upper = box.upper
      var changed: [Int] = []
      let outcome = pool.propagate(
        lower: &lower, upper: &upper, cutoff: cutoff, changed: &changed)
      #expect(outcome == .infeasible(usedCutoff: true), "seed \(seed)")
    }
    #expect(found >= 5)
  }

  @Test("Proofs that rest on an infinite side or are not violated at their node are rejected")
  func rejectsUselessProofs() {
    // min -x - y, x + y <= 1.5 (upper side only), x, y binary.
    let model = TestModels.model(
      objective: [-1, -1], lower: [0, 0], upper: [1, 1], integer: [true, true], rows: [[1, 1]],
      rowLower: [-.infinity], rowUpper: [1.5])
    let problem = MIPProblem(model: model, integrality: 1e-6)
    var builder = DualProofBuilder(problem: problem)
    let lower = problem.lp.columnLower, upper = problem.lp.columnUpper
    // y = -1 on the upper side: d = 0, 0 <= cutoff + 1.5 holds everywhere: no proof.
    #expect(
      builder.derive(
        duals: [-1], rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: [], usesCutoff: true,
        cutoff: -1.6, globalLower: lower, globalUpper: upper, localLower: lower, localUpper: upper, tolerance: 1e-7)
        == nil)
    // y = 0: the proof is the objective itself, -x - y <= -1.6; violated where x + y <= 1.
    let proof = builder.derive(
      duals: [0], rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: [], usesCutoff: true,
      cutoff: -1.6, globalLower: lower, globalUpper: upper, localLower: [0, 0], localUpper: [1, 0], tolerance: 1e-7)
    #expect(proof?.columns == [0, 1])
    #expect(proof?.values == [-1, -1])
  }

  @Test("The certificate of an infeasible node LP gives a Farkas proof that every feasible point satisfies")
  func farkasProofsAreValid() {
    var found = 0
    for seed in 1...60 {
      var generator = SplitMix64(seed: UInt64(400 + seed))
      let (problem, box, engine, status) = Self.solvedNode(seed: 200 + seed, integerShare: 0.7, generator: &generator)
      var builder = DualProofBuilder(problem: problem)
      guard status == .infeasible, let ray = engine.farkasDuals else { continue }
      var proofs: [DualProof] = []
      for duals in [ray, ray.map { -$0 }] {
        if let proof = builder.derive(
          duals: duals, rowLower: problem.lp.rowLower, rowUpper: problem.lp.rowUpper, addedRows: [],
          usesCutoff: false, cutoff: 0, globalLower: problem.lp.columnLower, globalUpper: problem.lp.columnUpper,
          localLower: box.lower, localUpper: box.upper, tolerance: 1e-7)
        {
          proofs.append(proof)
        }
      }
      #expect(!proofs.isEmpty, "seed \(seed): no Farkas proof separates the infeasible box")
      for proof in proofs {
        found += 1
        for assignment in Self.assignments(problem) {
          guard
            let violation = Self.worstViolation(of: proof, problem: problem, assignment: assignment, cutoff: .infinity)
          else { continue }
          #expect(violation <= 1e-7, "seed \(seed): a feasible point violates the Farkas proof by \(violation)")
        }
      }
    }
    #expect(found >= 5)
  }
}
