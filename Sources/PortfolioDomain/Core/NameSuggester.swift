/// Finds the known name nearest to a mistyped one, for "did you mean" hints.
///
/// Distance is the optimal string alignment distance (Levenshtein plus adjacent transpositions, each
/// edit costing 1), computed over Unicode scalars and case-insensitively. A candidate is offered only
/// when it is close enough to be a plausible typo: at most 1 edit for names of up to 4 characters,
/// otherwise at most a third of the longer name's length (rounded up), never more than 3. Ties go to
/// the candidate listed first, so results are deterministic.
public enum NameSuggester {
  /// The candidate nearest to `typed`, or `nil` when none is plausibly meant.
  ///
  /// - Parameters:
  ///   - typed: what the user wrote, without leading dashes.
  ///   - candidates: the known names, in preference order for ties.
  /// - Returns: the nearest candidate, or `nil`.
  /// - Complexity: O(k · m · n) for k candidates of length m and a typed word of length n.
  public static func nearest(to typed: String, in candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(typed.lowercased(), candidate.lowercased())
      guard distance <= threshold(typed, candidate) else { continue }
      if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    // A prefix of a longer name ("cand" for "candidates") is also a useful hint.
    if best == nil, typed.count >= 3 {
      best = candidates.first { $0.lowercased().hasPrefix(typed.lowercased()) }.map { ($0, 0) }
    }
    return best?.name
  }

  /// The optimal string alignment distance between `a` and `b` (insert, delete, substitute, swap neighbours).
  ///
  /// - Complexity: O(m · n) time, O(n) extra space beyond three rows.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.unicodeScalars)
    let t = Array(b.unicodeScalars)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    var previous2 = [Int](repeating: 0, count: t.count + 1)
    var previous = Array(0...t.count)
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
      current[0] = i
      for j in 1...t.count {
        let cost = s[i - 1] == t[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[t.count]
  }

  private static func threshold(_ a: String, _ b: String) -> Int {
    let length = max(a.count, b.count)
    if length <= 4 { return 1 }
    return min(3, (length + 2) / 3)
  }
}
