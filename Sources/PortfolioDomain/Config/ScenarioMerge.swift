/// Deep merge of a named scenario into the default (DESIGN §3).
///
/// Objects merge key by key; `null` in the overlay removes the key; arrays whose elements are all
/// objects carrying `id` (or all carrying `candidate`) merge element by element on that key (matching
/// elements merge deeply, new ones are appended in overlay order); any other value replaces.
public enum ScenarioMerge {
  /// `overlay` merged into `base`.
  public static func merge(_ base: JSONValue, _ overlay: JSONValue) -> JSONValue {
    switch (base, overlay) {
    case (.object(var members), .object(let changes)):
      for key in changes.keys.sorted() {
        guard let change = changes[key] else { continue }
        if case .null = change {
          members[key] = nil
        } else if let existing = members[key] {
          members[key] = merge(existing, change)
        } else {
          members[key] = removingNulls(change)
        }
      }
      return .object(members)
    case (.array(let elements), .array(let changes)):
      guard let key = mergeKey(elements + changes) else { return removingNulls(overlay) }
      var result = elements
      for change in changes {
        let id = change.objectValue?[key]
        if let position = result.firstIndex(where: { $0.objectValue?[key] == id }) {
          result[position] = merge(result[position], change)
        } else {
          result.append(removingNulls(change))
        }
      }
      return .array(result)
    default:
      return removingNulls(overlay)
    }
  }

  /// The key arrays of this kind merge on: `id` or `candidate`, when every element is an object with it.
  static func mergeKey(_ elements: [JSONValue]) -> String? {
    for key in ["id", "candidate"] where !elements.isEmpty && elements.allSatisfy({ $0.objectValue?[key] != nil }) {
      return key
    }
    return nil
  }

  /// The value with object members that are `null` removed (a `null` means "not set").
  static func removingNulls(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let members):
      return .object(members.compactMapValues { member in
        if case .null = member { return nil }
        return removingNulls(member)
      })
    case .array(let elements): return .array(elements.map(removingNulls))
    default: return value
    }
  }
}
