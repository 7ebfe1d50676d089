import Testing

@testable import OptimizationModel

@Suite("MPS name table")
struct MPSNameTableTests {
  @Test("Finds every inserted name after growing, and nothing else")
  func findsAfterGrowth() {
    let names = (0..<5000).map { "n\($0)_\($0 * 7919 % 1000)" }
    let text = names.joined(separator: " ")
    var copy = text
    copy.withUTF8 { bytes in
      let scanner = MPSLineScanner(bytes: bytes)
      var spans: [MPSLineScanner.Span] = []
      scanner.tokenize(.init(start: 0, end: bytes.count), into: &spans)
      var table = MPSNameTable()
      for (index, span) in spans.enumerated() { table.insert(bytes, span, value: index * 3) }
      #expect(table.count == names.count)
      for (index, span) in spans.enumerated() { #expect(table.find(bytes, span) == index * 3) }
      // Prefixes of stored names are different names.
      for span in spans.prefix(50) {
        #expect(table.find(bytes, .init(start: span.start, end: span.end - 1)) == nil)
      }
    }
  }
}
