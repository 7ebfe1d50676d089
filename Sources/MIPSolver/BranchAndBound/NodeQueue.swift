/// A bound change recorded on a node: column `column` gets bounds `[lower, upper]`.
struct BoundChange: Sendable, Equatable {
  /// The column (0-based).
  var column: Int32
  /// The new lower bound.
  var lower: Double
  /// The new upper bound.
  var upper: Double
}

/// An open branch-and-bound node: the bound changes from the root (branchings and local fixings, in
/// the order applied), the parent's LP bound and the parent's basis for the warm start.
struct SearchNode: Sendable {
  /// Creation order; unique, used to break ties.
  var id: Int
  /// Depth in the tree (root 0).
  var depth: Int
  /// A lower bound on the objective of every solution in the node (minimization form).
  var bound: Double
  /// Bound changes relative to the root bounds, applied in order.
  var changes: [BoundChange]
  /// The parent's final basis, if any.
  var basis: LPBasis?
  /// The branching that created the node (column, direction up?, parent LP value) for pseudo-costs.
  var branchColumn: Int
  /// Whether the node is the up-branch of its parent.
  var branchedUp: Bool
  /// The fractional part distance that the branching removed (for the pseudo-cost update).
  var branchDistance: Double
  /// The parent's LP objective.
  var parentObjective: Double
}

/// The open nodes, a binary min-heap ordered by (bound, deeper first, lower id): best-first search
/// with a deterministic tie-break (STYLE C5).
struct NodeQueue: Sendable {
  private var heap: [SearchNode] = []

  /// The number of open nodes.
  var count: Int { heap.count }
  /// Whether no node is open.
  var isEmpty: Bool { heap.isEmpty }
  /// The smallest bound among the open nodes (`+infinity` when empty).
  var minimumBound: Double { heap.first?.bound ?? .infinity }

  /// Whether `a` comes before `b`.
  static func precedes(_ a: SearchNode, _ b: SearchNode) -> Bool {
    if a.bound != b.bound { return a.bound < b.bound }
    if a.depth != b.depth { return a.depth > b.depth }
    return a.id < b.id
  }

  /// Adds a node.
  mutating func push(_ node: SearchNode) {
    heap.append(node)
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if Self.precedes(heap[child], heap[parent]) {
        heap.swapAt(child, parent)
        child = parent
      } else {
        break
      }
    }
  }

  /// Removes and returns the first node in the order, or `nil` when empty.
  mutating func pop() -> SearchNode? {
    guard !heap.isEmpty else { return nil }
    heap.swapAt(0, heap.count - 1)
    let top = heap.removeLast()
    siftDown(from: 0)
    return top
  }

  /// Drops every node for which `isPruned` holds; returns how many were dropped.
  @discardableResult
  mutating func prune(where isPruned: (SearchNode) -> Bool) -> Int {
    let before = heap.count
    heap.removeAll(where: isPruned)
    for index in stride(from: heap.count / 2, through: 0, by: -1) { siftDown(from: index) }
    return before - heap.count
  }

  private mutating func siftDown(from start: Int) {
    var parent = start
    let count = heap.count
    while true {
      let left = 2 * parent + 1
      if left >= count { return }
      var best = left
      let right = left + 1
      if right < count && Self.precedes(heap[right], heap[left]) { best = right }
      if Self.precedes(heap[best], heap[parent]) {
        heap.swapAt(best, parent)
        parent = best
      } else {
        return
      }
    }
  }
}
