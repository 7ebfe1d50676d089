/// Which file supplied each value of a merged scenario, so that a finding names the file the user must edit.
///
/// A variant deep-merges into the default (``ScenarioMerge``): a value at a JSON path comes from the variant when
/// the variant sets it (or replaces a value that holds it, or adds the array element that holds it), else from the
/// default. Without a variant every path is the default's.
public struct ScenarioOrigins: Sendable {
  /// The default scenario's file name, as findings show it.
  public let defaultFile: String
  /// The variant's file name, if any.
  public let variantFile: String?
  let base: JSONValue?
  let overlay: JSONValue?

  /// The origins of `overlay` (the variant, named `variantFile`) merged into `base` (the default).
  public init(defaultFile: String, base: JSONValue?, variantFile: String?, overlay: JSONValue?) {
    self.defaultFile = defaultFile
    self.base = base
    self.variantFile = variantFile
    self.overlay = overlay
  }

  /// The file that supplied the value at `jsonPath` (`$.policies.minSecurityShare`, `$.locked[1].candidate`): the
  /// variant's when it sets that value or a value around it, else the default's. A finding without a path, or on a
  /// path neither file holds, is the variant's (it is about the merged scenario the variant names).
  public func file(of jsonPath: String?) -> String {
    guard let variantFile else { return defaultFile }
    guard let jsonPath, let overlay, let steps = Self.steps(jsonPath) else { return variantFile }
    switch Self.supplier(steps[...], base: base, overlay: overlay) {
    case .default: return defaultFile
    case .variant, .unknown: return variantFile
    }
  }

  /// `findings` with each one's file set to the file that supplied its path (only findings on the merged scenario,
  /// labelled with the variant's name, move).
  public func relabel(_ findings: [ValidationFinding]) -> [ValidationFinding] {
    guard let variantFile else { return findings }
    return findings.map { finding in
      guard finding.file == variantFile, finding.line == nil else { return finding }
      var moved = finding
      moved.file = file(of: finding.jsonPath)
      return moved
    }
  }

  enum Step: Equatable {
    case key(String)
    case index(Int)
  }

  enum Supplier { case `default`, variant, unknown }

  /// `$.a.b[2].c` as steps; `nil` when the text is not such a path.
  static func steps(_ path: String) -> [Step]? {
    guard path.hasPrefix("$") else { return nil }
    var steps: [Step] = []
    var rest = path.dropFirst()
    while let first = rest.first {
      if first == "." {
        rest = rest.dropFirst()
        let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
        guard end > rest.startIndex else { return nil }
        steps.append(.key(String(rest[..<end])))
        rest = rest[end...]
      } else if first == "[" {
        guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0
        else { return nil }
        steps.append(.index(index))
        rest = rest[rest.index(after: close)...]
      } else {
        return nil
      }
    }
    return steps
  }

  /// Who supplied the value `steps` lead to, walking the default and the variant side by side as the merge does.
  static func supplier(_ steps: ArraySlice<Step>, base: JSONValue?, overlay: JSONValue?) -> Supplier {
    guard let overlay else { return base == nil ? .unknown : .default }
    guard let step = steps.first else { return .variant }
    switch (step, overlay) {
    case (.key(let key), .object(let members)):
      guard let next = members[key] else { return base?.objectValue?[key] == nil ? .unknown : .default }
      if case .null = next { return .unknown }
      return supplier(steps.dropFirst(), base: base?.objectValue?[key], overlay: next)
    case (.index(let index), .array(let changes)):
      guard case .array(let elements)? = base, let key = ScenarioMerge.mergeKey(elements + changes) else {
        return .variant  // the variant's array replaces the default's
      }
      if index < elements.count {
        let id = elements[index].objectValue?[key]
        let change = changes.first { $0.objectValue?[key] == id }
        return change == nil ? .default : supplier(steps.dropFirst(), base: elements[index], overlay: change)
      }
      let appended = changes.filter { change in !elements.contains { $0.objectValue?[key] == change.objectValue?[key] } }
      return index - elements.count < appended.count ? .variant : .unknown
    default:
      return .variant  // the variant replaces a value of another kind, and what lies inside it
    }
  }
}
