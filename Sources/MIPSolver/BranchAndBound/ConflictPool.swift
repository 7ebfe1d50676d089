/// A bounded pool of dual proofs (`DualProof`) propagated at every node, like model rows `<= side`.
///
/// Proofs live in `capacity` slots; when the pool is full, the proof unused for longest (the
/// smallest `lastUse`, ties to the lowest slot) is replaced, so the pool's content depends only on
/// the order of events (deterministic). For a box, the minimum activity of `Σ d_j x_j` either
/// exceeds the right-hand side (the box holds no point better than the cutoff) or bounds each
/// integer column: `x_j <= l_j + slack / d_j` for `d_j > 0`, `x_j >= u_j + slack / d_j` for
/// `d_j < 0`, rounded inward (continuous columns only count in the activity).
///
/// Propagation is incremental: each proof's minimum activity over the box of the previous pass is
/// kept, and a pass only applies the changes of the columns whose bounds differ from that box
/// (consecutive nodes of a plunge differ in a few columns), through a column-wise index of the
/// pool; every 256 passes the activities are recomputed from scratch, so round-off cannot drift.
/// Terms are stored widest first (width at the global box of their insertion), so a tightening
/// pass stops at the first term narrower than the slack; a pruning is confirmed by a full scan.
struct ConflictPool: Sendable {
  /// The most proofs kept (the pinned proof aside).
  let capacity: Int
  private(set) var proofs: [DualProof] = []
  /// The proof from the root LP's duals, propagated first and never evicted (`nil`: none).
  private(set) var pinned: DualProof?
  /// The propagation round (or insertion) at which each slot last pruned or tightened something.
  private var lastUse: [Int] = []
  /// Counts propagation calls and insertions (the pool's clock).
  private var tick = 0
  /// Proofs added since the pool was created.
  private(set) var added = 0
  /// Boxes found infeasible by the pool.
  private(set) var prunings = 0
  /// Bounds tightened by the pool.
  private(set) var tightenings = 0
  private let isInteger: [Bool]
  private let integrality: Double
  private let feasibility: Double

  // Each slot's minimum activity over the box `[lastLower, lastUpper]` of the last pass: finite
  // part and number of infinite terms.
  private var lastLower: [Double] = []
  private var lastUpper: [Double] = []
  private var minimum: [Double] = []
  private var infinite: [Int32] = []
  // Column-wise index: the slots holding each column and their coefficients.
  private var columnSlots: [[Int32]]
  private var columnValues: [[Double]]
  /// Each slot's term widths `|d_j| (u_j - l_j)` at insertion (the terms are stored widest first):
  /// an upper bound on the width at any box inside the global box.
  private var widths: [[Double]] = []
  /// Passes since the activities were last recomputed from scratch.
  private var passesSinceRefresh = 0

  /// An empty pool with `capacity` slots for a problem with integrality `isInteger`.
  init(capacity: Int, isInteger: [Bool], tolerances: Tolerances) {
    self.capacity = capacity
    self.isInteger = isInteger
    integrality = tolerances.integrality
    feasibility = tolerances.primalFeasibility
    columnSlots = [[Int32]](repeating: [], count: isInteger.count)
    columnValues = [[Double]](repeating: [], count: isInteger.count)
    let reserve = min(capacity, 4096)
    proofs.reserveCapacity(reserve)
    lastUse.reserveCapacity(reserve)
  }

  /// The number of stored proofs, the pinned one included.
  var count: Int { proofs.count + (pinned == nil ? 0 : 1) }

  /// Replaces the pinned proof.
  mutating func pin(_ proof: DualProof?) { pinned = proof }

  /// Stores `proof`, replacing the least recently useful one when the pool is full.
  mutating func add(_ proof: DualProof, globalLower: [Double], globalUpper: [Double]) {
    guard capacity > 0 else { return }
    // Widest terms first, so a tightening pass stops at the first term narrower than the slack.
    var order = Array(0..<proof.columns.count)
    let width = order.map { k -> Double in
      let j = Int(proof.columns[k])
      return abs(proof.values[k]) * (globalUpper[j] - globalLower[j])
    }
    order.sort { width[$0] != width[$1] ? width[$0] > width[$1] : proof.columns[$0] < proof.columns[$1] }
    let proof = DualProof(
      columns: order.map { proof.columns[$0] }, values: order.map { proof.values[$0] }, constant: proof.constant,
      usesCutoff: proof.usesCutoff)
    let proofWidths = order.map { width[$0] }
    tick += 1
    added += 1
    let slot: Int
    if proofs.count < capacity {
      slot = proofs.count
      proofs.append(proof)
      lastUse.append(tick)
      minimum.append(0)
      infinite.append(0)
      widths.append(proofWidths)
    } else {
      var victim = 0
      for s in 1..<lastUse.count where lastUse[s] < lastUse[victim] { victim = s }
      slot = victim
      for column in proofs[slot].columns {
        let j = Int(column)
        if let k = columnSlots[j].firstIndex(of: Int32(slot)) {
          columnSlots[j].swapAt(k, columnSlots[j].count - 1)
          columnSlots[j].removeLast()
          columnValues[j].swapAt(k, columnValues[j].count - 1)
          columnValues[j].removeLast()
        }
      }
      proofs[slot] = proof
      widths[slot] = proofWidths
      lastUse[slot] = tick
    }
    for (column, value) in zip(proof.columns, proof.values) {
      columnSlots[Int(column)].append(Int32(slot))
      columnValues[Int(column)].append(value)
    }
    if !lastLower.isEmpty { computeActivity(slot) }
  }

  /// What one propagation pass found.
  enum Outcome: Equatable {
    /// No point of the box satisfies some proof; `usedCutoff` tells whether that proof rests on the cutoff.
    case infeasible(usedCutoff: Bool)
    /// `tightened` bounds were tightened (the columns are appended to `changed`); `usedCutoff`
    /// tells whether an objective proof took part.
    case propagated(tightened: Int, usedCutoff: Bool)
  }

  /// One pass over the proofs for the box `[lower, upper]` (inside the global box of every stored
  /// proof's insertion), with the objective cutoff `cutoff` (minimization units;
  /// `+infinity` skips the objective proofs). Tightened columns are appended to `changed`.
  mutating func propagate(lower: inout [Double], upper: inout [Double], cutoff: Double, changed: inout [Int]) -> Outcome {
    tick += 1
    var tightened = 0
    var usedCutoff = false
    if let pinned, cutoff.isFinite || !pinned.usesCutoff {
      let result = Self.propagate(
        pinned, lower: &lower, upper: &upper, cutoff: cutoff, changed: &changed, isInteger: isInteger,
        integrality: integrality, feasibility: feasibility)
      if result < 0 {
        prunings += 1
        return .infeasible(usedCutoff: pinned.usesCutoff)
      }
      if result > 0 {
        tightened += result
        if pinned.usesCutoff { usedCutoff = true }
      }
    }
    guard !proofs.isEmpty else {
      tightenings += tightened
      return .propagated(tightened: tightened, usedCutoff: usedCutoff)
    }
    updateActivities(lower: lower, upper: upper)
    for s in 0..<proofs.count {
      let usesCutoff = proofs[s].usesCutoff
      if usesCutoff && !cutoff.isFinite { continue }
      if infinite[s] > 0 { continue }
      let rhs = proofs[s].rightHandSide(cutoff: cutoff)
      // The minimum activity over the box at the pass's start, a lower bound at the current box.
      let slack = rhs - minimum[s]
      let tolerance = feasibility * max(1, abs(rhs))
      if slack < -tolerance {
        // Decide on a full scan at the current bounds (no accumulated round-off).
        let result = Self.propagate(
          proofs[s], lower: &lower, upper: &upper, cutoff: cutoff, changed: &changed, isInteger: isInteger,
          integrality: integrality, feasibility: feasibility)
        if result < 0 {
          lastUse[s] = tick
          prunings += 1
          return .infeasible(usedCutoff: usesCutoff)
        }
        if result > 0 {
          lastUse[s] = tick
          tightened += result
          if usesCutoff { usedCutoff = true }
        }
        continue
      }
      let bound = slack + tolerance
      guard let first = widths[s].first, first > bound else { continue }
      let count = tighten(s, slack: bound, lower: &lower, upper: &upper, changed: &changed)
      if count > 0 {
        lastUse[s] = tick
        tightened += count
        if usesCutoff { usedCutoff = true }
      }
    }
    tightenings += tightened
    return .propagated(tightened: tightened, usedCutoff: usedCutoff)
  }

  /// Tightens the integer columns of slot `s` from its slack `slack` at the pass's start box, widest
  /// terms first, stopping at the first term whose width cannot exceed the slack.
  private mutating func tighten(_ s: Int, slack: Double, lower: inout [Double], upper: inout [Double], changed: inout [Int])
    -> Int
  {
    var count = 0
    let columns = proofs[s].columns, values = proofs[s].values, width = widths[s]
    for k in 0..<columns.count {
      if width[k] <= slack { break }
      let j = Int(columns[k])
      guard isInteger[j] else { continue }
      let d = values[k]
      let reference = d > 0 ? lastLower[j] : lastUpper[j]
      if Self.tightenColumn(j, coefficient: d, reference: reference, slack: slack, integrality: integrality,
        lower: &lower, upper: &upper, changed: &changed)
      {
        count += 1
      }
    }
    return count
  }

  /// Tightens integer column `j` of a proof term `d · x_j` whose minimizing bound is `reference` (its
  /// lower bound when `d > 0`, its upper otherwise) so the term cannot use more than `slack`; rounds
  /// inward with `integrality` room. Returns whether a bound moved (and then appends `j` to `changed`).
  private static func tightenColumn(
    _ j: Int, coefficient d: Double, reference: Double, slack: Double, integrality: Double,
    lower: inout [Double], upper: inout [Double], changed: inout [Int]
  ) -> Bool {
    if d > 0 {
      let limit = max(lower[j], (reference + slack / d + integrality).rounded(.down))
      guard limit < upper[j] else { return false }
      upper[j] = limit
    } else {
      let limit = min(upper[j], (reference + slack / d - integrality).rounded(.up))
      guard limit > lower[j] else { return false }
      lower[j] = limit
    }
    changed.append(j)
    return true
  }

  /// Slot `s`'s minimum activity (finite part, infinite terms) over `[lastLower, lastUpper]`.
  private mutating func computeActivity(_ s: Int) {
    var sum = 0.0
    var count: Int32 = 0
    for (column, d) in zip(proofs[s].columns, proofs[s].values) {
      let j = Int(column)
      let bound = d > 0 ? lastLower[j] : lastUpper[j]
      if bound.isFinite { sum += d * bound } else { count += 1 }
    }
    minimum[s] = sum
    infinite[s] = count
  }

  /// Moves the activities from `[lastLower, lastUpper]` to `[lower, upper]`, visiting only the
  /// columns whose bounds changed (or recomputing everything every 256 passes).
  private mutating func updateActivities(lower: [Double], upper: [Double]) {
    passesSinceRefresh += 1
    if lastLower.count != lower.count || passesSinceRefresh >= 256 {
      passesSinceRefresh = 0
      if lastLower.count != lower.count {
        lastLower = lower
        lastUpper = upper
      } else {
        for j in 0..<lower.count {
          lastLower[j] = lower[j]
          lastUpper[j] = upper[j]
        }
      }
      for s in 0..<proofs.count { computeActivity(s) }
      return
    }
    for j in 0..<lower.count where lower[j] != lastLower[j] || upper[j] != lastUpper[j] {
      let oldLower = lastLower[j], oldUpper = lastUpper[j]
      lastLower[j] = lower[j]
      lastUpper[j] = upper[j]
      columnSlots[j].withUnsafeBufferPointer { slots in
        columnValues[j].withUnsafeBufferPointer { values in
          for k in 0..<slots.count {
            let s = Int(slots[k])
            let d = values[k]
            let old = d > 0 ? oldLower : oldUpper
            let new = d > 0 ? lower[j] : upper[j]
            if old == new { continue }
            if old.isFinite { minimum[s] -= d * old } else { infinite[s] -= 1 }
            if new.isFinite { minimum[s] += d * new } else { infinite[s] += 1 }
          }
        }
      }
    }
  }

  /// Propagates `proof`: `-1` when the box violates it, otherwise the number of tightened bounds.
  private static func propagate(
    _ proof: DualProof, lower: inout [Double], upper: inout [Double], cutoff: Double, changed: inout [Int],
    isInteger: [Bool], integrality: Double, feasibility: Double
  ) -> Int {
    let rhs = proof.rightHandSide(cutoff: cutoff)
    var minimum = 0.0
    var widest = 0.0
    proof.columns.withUnsafeBufferPointer { columns in
      proof.values.withUnsafeBufferPointer { values in
        for k in 0..<columns.count {
          let j = Int(columns[k])
          let d = values[k]
          let low = lower[j], high = upper[j]
          if d > 0 {
            minimum += d * low
            widest = max(widest, d * (high - low))
          } else {
            minimum += d * high
            widest = max(widest, -d * (high - low))
          }
        }
      }
    }
    let slack = rhs - minimum
    let tolerance = feasibility * max(1, abs(rhs))
    if slack < -tolerance { return -1 }
    if !(widest > slack + tolerance) { return 0 }
    var count = 0
    let columns = proof.columns, values = proof.values
    for k in 0..<columns.count {
      let j = Int(columns[k])
      guard isInteger[j] else { continue }
      let d = values[k]
      if tightenColumn(j, coefficient: d, reference: d > 0 ? lower[j] : upper[j], slack: slack, integrality: integrality,
        lower: &lower, upper: &upper, changed: &changed)
      {
        count += 1
      }
    }
    return count
  }
}
