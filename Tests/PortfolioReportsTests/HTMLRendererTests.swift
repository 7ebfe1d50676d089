import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import PortfolioReports

/// Collects the first XML error of a strict parse.
final class StrictXMLCheck: NSObject, XMLParserDelegate, @unchecked Sendable {
  var error: String?
  var elements = 0
  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    if error == nil { error = "line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)" }
  }
  func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    elements += 1
  }
  /// Parses `text` (without its DOCTYPE line); returns the error, or nil when well-formed.
  static func check(_ text: String) -> (error: String?, elements: Int) {
    let body = text.hasPrefix("<!DOCTYPE html>\n") ? String(text.dropFirst("<!DOCTYPE html>\n".count)) : text
    let parser = XMLParser(data: Data(body.utf8))
    let delegate = StrictXMLCheck()
    parser.delegate = delegate
    let ok = parser.parse()
    return (ok ? delegate.error : (delegate.error ?? "parse failed"), delegate.elements)
  }
}

@Suite("HTML renderer")
struct HTMLRendererTests {
  static func documents() throws -> [(String, ReportDocument)] {
    [("portfolio", try TestSupport.portfolioDocument()), ("hostile", HostileDocument.make())]
  }

  @Test("Output is well-formed XML for a strict parser")
  func wellFormed() throws {
    for (name, doc) in try HTMLRendererTests.documents() {
      let result = StrictXMLCheck.check(HTMLRenderer().render(doc))
      #expect(result.error == nil, "\(name): \(result.error ?? "")")
      #expect(result.elements > 50)
    }
  }

  @Test("Makes no external request: no URL, protocol-relative path, url() or src=")
  func selfContained() throws {
    let plan = try TestSupport.plan()
    let audit = AuditReportBuilder(snapshot: SampleAudit.snapshot(plan: plan), asOf: TestSupport.asOf).build()
    for (name, doc) in [("portfolio", try TestSupport.portfolioDocument()), ("audit", audit)] {
      let html = HTMLRenderer().render(doc).lowercased()
      for needle in ["http://", "https://", "//", "url(", "src=", "<script", "<link", "@import", "xmlns"] {
        #expect(!html.contains(needle), "\(name) contains \(needle)")
      }
    }
  }

  @Test("Escapes every text from data, attributes included")
  func escaping() {
    let html = HTMLRenderer().render(HostileDocument.make())
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("O&#39;Brien &amp; &quot;Sons&quot;"))
    #expect(!html.contains("<b>2025</b>"))
    #expect(html.contains("aria-label=\"Stacked bar chart, Chart &lt;script&gt;"))
  }

  @Test("Has stable ids, LF line endings, one final newline, print rules and text alternatives")
  func structure() throws {
    let doc = try TestSupport.portfolioDocument()
    let html = HTMLRenderer().render(doc)
    #expect(html == HTMLRenderer().render(doc))
    #expect(!html.contains("\r"))
    #expect(html.hasSuffix("</html>\n") && !html.hasSuffix("\n\n"))
    #expect(html.contains("@media print"))
    #expect(html.contains("break-inside: avoid"))
    #expect(html.contains("id=\"svg-money-chart\""))
    #expect(html.contains("role=\"img\""))
    let charts = doc.sections.flatMap(\.blocks).filter { if case .chart = $0 { return true } else { return false } }.count
    #expect(html.components(separatedBy: "<svg ").count - 1 == charts)
    #expect(html.components(separatedBy: "<desc id=").count - 1 == charts)
    let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(Set(ids).count == ids.count, "element ids repeat")
  }

  @Test("Writes the escaping goldens for a hostile document in every format")
  func hostileGoldens() throws {
    let doc = HostileDocument.make()
    try TestSupport.assertSnapshot(HTMLRenderer().render(doc), named: "hostile.html")
    try TestSupport.assertSnapshot(MarkdownRenderer().render(doc), named: "hostile.md")
    try TestSupport.assertSnapshot(JSONReportRenderer().render(doc), named: "hostile.json")
    for file in CSVRenderer().render(doc) { try TestSupport.assertSnapshot(file.contents, named: "hostile-csv/" + file.fileName) }
  }
}
