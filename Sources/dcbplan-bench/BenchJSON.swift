import OptimizationModel

/// One JSON object written as a single line, keys in insertion order (deterministic).
struct BenchJSON {
  private var parts: [String] = []

  mutating func add(_ key: String, _ value: String?) {
    parts.append("\(Self.quote(key)): \(value.map(Self.quote) ?? "null")")
  }

  mutating func add(_ key: String, _ value: Double?) {
    guard let value, value.isFinite else {
      parts.append("\(Self.quote(key)): null")
      return
    }
    parts.append("\(Self.quote(key)): \(MPSWriter.format(value))")
  }

  /// Adds seconds rounded to the microsecond.
  mutating func add(seconds key: String, _ value: Double) {
    add(key, (value * 1e6).rounded() / 1e6)
  }

  mutating func add(_ key: String, _ value: Int) {
    parts.append("\(Self.quote(key)): \(value)")
  }

  var line: String { "{" + parts.joined(separator: ", ") + "}" }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

/// The median of a non-empty list.
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Seconds in a `Duration`.
func seconds(_ duration: Duration) -> Double {
  let parts = duration.components
  return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
}
