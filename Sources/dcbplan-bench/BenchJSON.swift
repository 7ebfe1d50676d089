import OptimizationModel
import PortfolioDomain

/// One JSON object written as a single line, keys in insertion order (deterministic).
struct BenchJSON {
  private var parts: [String] = []

  mutating func add(_ key: String, _ value: String?) {
    parts.append("\(JSONString.quoted(key)): \(value.map(JSONString.quoted) ?? "null")")
  }

  mutating func add(_ key: String, _ value: Double?) {
    guard let value, value.isFinite else {
      parts.append("\(JSONString.quoted(key)): null")
      return
    }
    parts.append("\(JSONString.quoted(key)): \(MPSWriter.format(value))")
  }

  /// Adds seconds rounded to the microsecond.
  mutating func add(seconds key: String, _ value: Double) {
    add(key, (value * 1e6).rounded() / 1e6)
  }

  mutating func add(_ key: String, _ value: Int) {
    parts.append("\(JSONString.quoted(key)): \(value)")
  }

  var line: String { "{" + parts.joined(separator: ", ") + "}" }
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
