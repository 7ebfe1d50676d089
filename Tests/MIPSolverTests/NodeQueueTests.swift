import Testing
@testable import MIPSolver

@Suite("Node queue")
struct NodeQueueTests {
  private func node(id: Int, depth: Int, bound: Double) -> SearchNode {
    SearchNode(
      id: id, depth: depth, bound: bound, changes: [], basis: nil, branchColumn: -1, branchedUp: false,
      branchDistance: 0, parentObjective: bound)
  }

  @Test("Pops by bound, then deeper first, then lower id")
  func popsInDeterministicOrder() {
    var queue = NodeQueue()
    let nodes = [
      node(id: 5, depth: 1, bound: 3), node(id: 2, depth: 4, bound: 1), node(id: 3, depth: 4, bound: 1),
      node(id: 1, depth: 2, bound: 1), node(id: 4, depth: 0, bound: -2), node(id: 6, depth: 9, bound: 7),
    ]
    for item in nodes { queue.push(item) }
    #expect(queue.minimumBound == -2)
    var order: [Int] = []
    while let next = queue.pop() { order.append(next.id) }
    #expect(order == [4, 2, 3, 1, 5, 6])
    #expect(queue.isEmpty && queue.minimumBound == .infinity)
  }

  @Test("Pruning keeps the heap order of the survivors")
  func pruningKeepsOrder() {
    var queue = NodeQueue()
    for id in 0..<40 { queue.push(node(id: id, depth: id % 5, bound: Double((id * 17) % 23))) }
    let dropped = queue.prune { $0.bound >= 11 }
    #expect(dropped == 40 - queue.count)
    var previous: SearchNode?
    while let next = queue.pop() {
      #expect(next.bound < 11)
      if let previous { #expect(NodeQueue.precedes(previous, next)) }
      previous = next
    }
  }
}
