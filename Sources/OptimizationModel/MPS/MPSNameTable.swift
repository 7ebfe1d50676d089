/// A hash table from names (byte ranges of the MPS text) to integers, so the reader's hot loop looks
/// names up without creating a `String` or running the standard library's seeded hasher.
///
/// Open addressing with linear probing over a power-of-two slot array; names are copied into one
/// byte arena. FNV-1a hashing: deterministic, and the table never leaks iteration order.
struct MPSNameTable {
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  private var values: [Int] = []
  private var slots: [Int32] = [Int32](repeating: -1, count: 64)
  private var mask = 63

  /// The number of names.
  var count: Int { values.count }

  @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ span: MPSLineScanner.Span) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for index in span.start..<span.end {
      hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }

  @inline(__always) private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ span: MPSLineScanner.Span) -> Bool {
    let start = starts[entry]
    let length = starts[entry + 1] - start
    guard length == span.end - span.start else { return false }
    for offset in 0..<length where arena[start + offset] != bytes[span.start + offset] { return false }
    return true
  }

  /// The value stored for the name, or `nil`.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, _ span: MPSLineScanner.Span) -> Int? {
    var slot = Self.hash(bytes, span) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if matches(entry, bytes, span) { return values[entry] }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `value` for a name that is not in the table yet.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ span: MPSLineScanner.Span, value: Int) {
    if (values.count + 1) * 2 > slots.count { grow() }
    let entry = values.count
    arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]))
    starts.append(arena.count)
    values.append(value)
    var slot = Self.hash(bytes, span) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(truncatingIfNeeded: entry)
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    slots = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
    arena.withUnsafeBufferPointer { names in
      for entry in 0..<values.count {
        let span = MPSLineScanner.Span(start: starts[entry], end: starts[entry + 1])
        var slot = Self.hash(names, span) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: entry)
      }
    }
  }
}
