/// `requires` cycles whose lags add up to more than 0 (DESIGN §3): no start years can satisfy them.
///
/// Lags are >= 0, so a cycle is positive exactly when it contains an edge with a positive lag. Within
/// each strongly connected component (Tarjan 1972) every edge lies on a cycle; for the first positive
/// edge (sorted by candidate IDs) the rule prints one cycle through it, found by breadth-first search.
enum RequiresCycleRule {
  struct Edge {
    var from: CandidateID
    var to: CandidateID
    var lag: Int
    var origin: RowOrigin
  }

  static func check(_ context: DatasetValidator.Context) {
    let edges = context.records.relations.filter { $0.value.kind == .requires && $0.value.a != $0.value.b }
      .map { Edge(from: $0.value.a, to: $0.value.b, lag: $0.value.lagYears, origin: $0.origin) }
    let nodes = Array(Set(edges.flatMap { [$0.from, $0.to] })).sorted()
    var adjacency: [CandidateID: [Edge]] = [:]
    for edge in edges { adjacency[edge.from, default: []].append(edge) }
    let component = components(nodes: nodes, adjacency: adjacency)
    var reported = Set<Int>()
    let positive = edges.filter { $0.lag > 0 }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    for edge in positive {
      guard let c = component[edge.from], c == component[edge.to], reported.insert(c).inserted,
        let path = path(from: edge.to, to: edge.from, within: c, component: component, adjacency: adjacency)
      else { continue }
      let cycle = [edge] + path
      let total = cycle.map(\.lag).reduce(0, +)
      let text = ([edge.from] + cycle.map(\.to)).map(\.rawValue).joined(separator: " -> ")
      context.sink.error(
        "requires-cycle", at: edge.origin.cell("a"), value: text,
        message: "requires cycle \(text) has lags adding up to \(total) years, so no start years satisfy it",
        fix: "remove one of these requires rows, or set every lag in the cycle to 0 (meaning both or neither)")
    }
  }

  /// Strongly connected components (Tarjan), numbered from 0.
  static func components(nodes: [CandidateID], adjacency: [CandidateID: [Edge]]) -> [CandidateID: Int] {
    var index: [CandidateID: Int] = [:], low: [CandidateID: Int] = [:], onStack = Set<CandidateID>()
    var stack: [CandidateID] = [], result: [CandidateID: Int] = [:]
    var counter = 0, componentCount = 0
    func visit(_ v: CandidateID) {
      index[v] = counter
      low[v] = counter
      counter += 1
      stack.append(v)
      onStack.insert(v)
      for edge in adjacency[edge: v] {
        let w = edge.to
        if index[w] == nil {
          visit(w)
          low[v] = min(low[v] ?? 0, low[w] ?? 0)
        } else if onStack.contains(w) {
          low[v] = min(low[v] ?? 0, index[w] ?? 0)
        }
      }
      if low[v] == index[v] {
        while let w = stack.popLast() {
          onStack.remove(w)
          result[w] = componentCount
          if w == v { break }
        }
        componentCount += 1
      }
    }
    for node in nodes where index[node] == nil { visit(node) }
    return result
  }

  /// The shortest edge path from `start` to `goal` inside one component (breadth-first, IDs in order).
  static func path(
    from start: CandidateID, to goal: CandidateID, within c: Int, component: [CandidateID: Int],
    adjacency: [CandidateID: [Edge]]
  ) -> [Edge]? {
    if start == goal { return [] }
    var previous: [CandidateID: Edge] = [:]
    var queue = [start], head = 0
    var visited: Set<CandidateID> = [start]
    while head < queue.count {
      let v = queue[head]
      head += 1
      for edge in adjacency[edge: v].sorted(by: { $0.to < $1.to }) where component[edge.to] == c && !visited.contains(edge.to) {
        visited.insert(edge.to)
        previous[edge.to] = edge
        if edge.to == goal {
          var path: [Edge] = []
          var node = goal
          while let step = previous[node] {
            path.append(step)
            node = step.from
            if node == start { break }
          }
          return path.reversed()
        }
        queue.append(edge.to)
      }
    }
    return nil
  }
}

extension Dictionary where Key == CandidateID, Value == [RequiresCycleRule.Edge] {
  fileprivate subscript(edge node: CandidateID) -> [RequiresCycleRule.Edge] { self[node] ?? [] }
}
