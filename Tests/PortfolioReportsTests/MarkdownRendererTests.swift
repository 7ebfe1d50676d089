import Testing

@testable import PortfolioReports

@Suite("Markdown renderer")
struct MarkdownRendererTests {
  @Test("Escapes Markdown and HTML specials in text and table cells")
  func escaping() {
    #expect(MarkdownRenderer.escapeCell("a|b") == "a\\|b")
    #expect(MarkdownRenderer.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
    #expect(MarkdownRenderer.escape("*x* _y_ `z` [l](u) $m$ #h") == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\$m\\$ \\#h")
    #expect(MarkdownRenderer.escape("- item") == "\\- item")
    #expect(MarkdownRenderer.escapeCell("-$1,200") == "-\\$1,200")
    #expect(MarkdownRenderer.escape("a\r\nb\nc") == "a b c")
  }

  @Test("Keeps every table row to one line with one cell per column")
  func tables() {
    let md = MarkdownRenderer().render(HostileDocument.make())
    let rows = md.split(separator: "\n").filter { $0.hasPrefix("| ") }
    #expect(!rows.isEmpty)
    for row in rows where row.contains("Firm") || row.contains("HYPERLINK") || row.contains("line one") {
      var pipes = 0
      var previous: Character = " "
      for ch in row {
        if ch == "|" && previous != "\\" { pipes += 1 }
        previous = ch
      }
      #expect(pipes == 5, "row: \(row)")
    }
    #expect(!md.contains("<script>"))
    #expect(md.hasSuffix("\n") && !md.hasSuffix("\n\n"))
  }

  @Test("Shows chart data as a table after the text alternative")
  func charts() throws {
    let md = MarkdownRenderer().render(try TestSupport.portfolioDocument())
    #expect(md.contains("**Figure: Money by year and source against the paying sources' yearly caps**"))
    #expect(md.contains("| 2025 | \\$4,500,000 | \\$12,998,000 | \\$1,500,000 | \\$3,000,000 | \\$21,998,000 |"))
  }
}
