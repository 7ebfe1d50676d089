/// Reads the members of one JSON object, tracking its path, and reports wrong types and unknown keys.
struct JSONObjectReader {
  let members: [String: JSONValue]
  let path: String
  let file: String
  let sink: FindingSink
  private var used: Set<String> = []

  init(_ members: [String: JSONValue], path: String, file: String, sink: FindingSink) {
    self.members = members
    self.path = path
    self.file = file
    self.sink = sink
  }

  /// Reads `value` as an object, reporting a type error when it is not one.
  static func object(_ value: JSONValue, path: String, file: String, sink: FindingSink) -> JSONObjectReader? {
    guard case .object(let members) = value else {
      typeError(path: path, expected: "an object", found: value, file: file, sink: sink)
      return nil
    }
    return JSONObjectReader(members, path: path, file: file, sink: sink)
  }

  static func typeError(path: String, expected: String, found: JSONValue, file: String, sink: FindingSink) {
    sink.add(
      ValidationFinding(
        .error, rule: "config-type", file: file, jsonPath: path, field: path.split(separator: ".").last.map(String.init),
        value: found.canonicalText, message: "\(path) must be \(expected), found \(found.typeName)",
        fix: "write \(expected) at \(path)"))
  }

  func child(_ key: String) -> String { path + "." + key }

  func error(_ key: String, value: String? = nil, rule: String = "config-value", _ message: String, fix: String) {
    sink.add(
      ValidationFinding(.error, rule: rule, file: file, jsonPath: child(key), field: key, value: value, message: message, fix: fix))
  }

  /// The raw member, marked as used.
  mutating func raw(_ key: String) -> JSONValue? {
    used.insert(key)
    return members[key]
  }

  mutating func double(_ key: String) -> Double? {
    guard let value = raw(key) else { return nil }
    guard let number = value.doubleValue else {
      JSONObjectReader.typeError(path: child(key), expected: "a number", found: value, file: file, sink: sink)
      return nil
    }
    return number
  }

  mutating func integer(_ key: String) -> Int64? {
    guard let value = raw(key) else { return nil }
    guard case .integer(let number) = value else {
      JSONObjectReader.typeError(path: child(key), expected: "a whole number", found: value, file: file, sink: sink)
      return nil
    }
    return number
  }

  /// A non-negative whole-dollar amount.
  mutating func money(_ key: String) -> Money? {
    guard let number = integer(key) else { return nil }
    guard number >= 0, number <= 90_000_000_000_000 else {
      error(key, value: String(number), "\(child(key)) must be a whole-dollar amount of 0 or more, found \(number)", fix: "write a whole number of US dollars")
      return nil
    }
    return Money(dollars: number)
  }

  mutating func string(_ key: String) -> String? {
    guard let value = raw(key) else { return nil }
    guard case .string(let text) = value else {
      JSONObjectReader.typeError(path: child(key), expected: "a string", found: value, file: file, sink: sink)
      return nil
    }
    return text
  }

  mutating func bool(_ key: String) -> Bool? {
    guard let value = raw(key) else { return nil }
    guard case .bool(let flag) = value else {
      JSONObjectReader.typeError(path: child(key), expected: "true or false", found: value, file: file, sink: sink)
      return nil
    }
    return flag
  }

  mutating func object(_ key: String) -> JSONObjectReader? {
    guard let value = raw(key) else { return nil }
    return JSONObjectReader.object(value, path: child(key), file: file, sink: sink)
  }

  /// The elements of an array of objects, each with its path.
  mutating func objects(_ key: String) -> [JSONObjectReader] {
    guard let value = raw(key) else { return [] }
    guard case .array(let elements) = value else {
      JSONObjectReader.typeError(path: child(key), expected: "an array", found: value, file: file, sink: sink)
      return []
    }
    return elements.enumerated().compactMap { index, element in
      JSONObjectReader.object(element, path: "\(child(key))[\(index)]", file: file, sink: sink)
    }
  }

  /// Reports every member not read, with the nearest known key.
  func finish() {
    let known = Array(used)
    for key in members.keys.sorted() where !used.contains(key) {
      let near = TableReader.nearest(key, in: known)
      sink.add(
        ValidationFinding(
          .error, rule: "unknown-key", file: file, jsonPath: child(key), field: key, value: key,
          message: "unknown key '\(key)' at \(child(key))",
          fix: (near.map { "did you mean '\($0)'? " } ?? "") + "known keys here: \(known.sorted().joined(separator: ", "))"))
    }
  }
}
