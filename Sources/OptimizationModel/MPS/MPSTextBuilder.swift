/// How one row is written: its MPS type, right-hand side and optional range.
struct MPSRowShape {
  var type: String
  var rhs: Double
  var range: Double?

  init(_ row: LinearModel.Row) {
    let lower = row.lowerBound
    let upper = row.upperBound
    if lower == upper {
      self.init(type: "E", rhs: lower, range: nil)
    } else if lower == -.infinity {
      // A free row is an L row whose right-hand side is infinite (written as 1e+30).
      self.init(type: "L", rhs: upper, range: nil)
    } else if upper == .infinity {
      self.init(type: "G", rhs: lower, range: nil)
    } else {
      self = Self.ranged(lower: lower, upper: upper)
    }
  }

  init(type: String, rhs: Double, range: Double?) {
    self.type = type
    self.rhs = rhs
    self.range = range
  }

  /// A range R such that the reader's `lower + R` (G row) or `upper - R` (L row) is exact.
  static func ranged(lower: Double, upper: Double) -> MPSRowShape {
    let width = upper - lower
    var candidate = width
    var below = width
    for _ in 0..<4 {
      for range in [candidate, below] where range >= 0 {
        if lower + range == upper { return MPSRowShape(type: "G", rhs: lower, range: range) }
        if upper - range == lower { return MPSRowShape(type: "L", rhs: upper, range: range) }
      }
      candidate = candidate.nextUp
      below = below.nextDown
    }
    return MPSRowShape(type: "G", rhs: lower, range: abs(width))
  }
}

/// The `BOUNDS` entries of one variable (type and value, `nil` for types without a value).
enum MPSBoundEntries {
  static func entries(for variable: LinearModel.Variable) -> [(String, Double?)] {
    let lower = variable.lowerBound
    let upper = variable.upperBound
    if lower == upper && lower.isFinite { return [("FX", lower)] }
    if lower == -.infinity && upper == .infinity { return [("FR", nil)] }
    var result: [(String, Double?)] = []
    if lower == -.infinity {
      result.append(("MI", nil))
    } else if lower != 0 {
      result.append(("LO", lower))
    }
    if upper != .infinity {
      result.append(("UP", upper))
    } else if variable.isInteger && result.isEmpty {
      result.append(("PL", nil))
    }
    return result
  }
}

/// Accumulates MPS lines, free or fixed layout.
struct MPSTextBuilder {
  let fixed: Bool
  var text = ""

  init(fixed: Bool) {
    self.fixed = fixed
    text.reserveCapacity(1 << 16)
  }

  func checkModelName(_ name: String) throws(MPSWriteError) {
    if name.contains(where: { $0 == "\n" || $0 == "\r" }) {
      throw MPSWriteError(name: name, message: "model name contains a line break")
    }
    if let first = name.first, first == " " || first == "\t" {
      throw MPSWriteError(name: name, message: "model name starts with a blank")
    }
    if let last = name.last, last == " " || last == "\t" {
      throw MPSWriteError(name: name, message: "model name ends with a blank")
    }
  }

  func checkName(_ name: String, what: String) throws(MPSWriteError) {
    if name.isEmpty { throw MPSWriteError(name: name, message: "empty \(what) name") }
    if name.contains(where: { $0 == "\n" || $0 == "\r" }) {
      throw MPSWriteError(name: name, message: "\(what) name contains a line break")
    }
    if fixed {
      if name.utf8.count > 8 {
        throw MPSWriteError(name: name, message: "\(what) name longer than 8 characters (fixed format)")
      }
      if name.first == " " || name.last == " " || name.contains("\t") {
        throw MPSWriteError(name: name, message: "\(what) name with leading or trailing blanks (fixed format)")
      }
    } else if name.contains(where: { $0 == " " || $0 == "\t" }) {
      throw MPSWriteError(name: name, message: "\(what) name contains a blank (free format)")
    }
  }

  mutating func header(_ line: String) {
    text += line
    text += "\n"
  }

  mutating func line(_ parts: [String]) {
    for part in parts { text += part }
    text += "\n"
  }

  mutating func marker(_ kind: String) {
    if fixed {
      fields(type: "", "MARKER", "'MARKER'", tail: kind)
    } else {
      text += "    MARKER  'MARKER'  \(kind)\n"
    }
  }

  /// A data line: `type`, then names, then an optional number (fixed columns or two blanks apart).
  mutating func fields(type: String, _ name1: String, _ name2: String? = nil, number: Double? = nil) {
    fields(type: type, name1, name2, tail: number.map(MPSWriter.format))
  }

  private mutating func fields(type: String, _ name1: String, _ name2: String?, tail: String?) {
    if fixed {
      var line = " " + type
      pad(&line, to: 4)
      line += name1
      if let name2 {
        pad(&line, to: 14)
        line += name2
      }
      if let tail {
        pad(&line, to: name2 == nil ? 14 : 24)
        line += tail
      }
      text += line
      text += "\n"
      return
    }
    if type.isEmpty {
      text += "    "
    } else {
      text += " "
      text += type
      text += " "
    }
    text += name1
    if let name2 {
      text += "  "
      text += name2
    }
    if let tail {
      text += "  "
      text += tail
    }
    text += "\n"
  }

  private func pad(_ line: inout String, to column: Int) {
    let count = line.utf8.count
    if count < column { line += String(repeating: " ", count: column - count) }
  }
}
