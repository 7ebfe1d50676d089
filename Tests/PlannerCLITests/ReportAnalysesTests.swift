import Foundation
import Testing

@testable import PlannerCLI

/// `dcbplan report portfolio --include ...` on the hand-made mini portfolio (`Fixtures/mini`): each analysis section
/// carries the numbers the analysis command itself prints, in Markdown and HTML; bad `--include` values are usage
/// errors; the HTML stays self-contained and repeatable.
@Suite("report --include analyses", .tags(.medium))
struct ReportAnalysesTests {
  /// Runs `report portfolio --format FORMAT ARGS` on the mini fixture.
  func report(_ format: String, _ arguments: [String]) throws -> String {
    let run = runInProcess(["report", "portfolio", "--format", format] + arguments, in: try miniFixture())
    #expect(run.status == .success, "\(run.stderr)")
    return run.stdout
  }

  /// Runs an analysis command with `--format json` on the mini fixture and parses its output.
  func analysisJSON(_ arguments: [String]) throws -> Any {
    let run = runInProcess(arguments + ["--format", "json"], in: try miniFixture())
    #expect(run.status == .success, "\(run.stderr)")
    return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
  }

  /// The cells of the HTML table row whose first cell is `key`, the first such row after `title`.
  func htmlRow(_ key: String, after title: String, in html: String) throws -> [String] {
    let start = try #require(html.range(of: title), "no '\(title)' in the HTML report")
    let rest = html[start.upperBound...]
    let line = try #require(
      rest.split(separator: "\n").first { $0.hasPrefix("<tr><td") && $0.contains(">\(key)</td>") }, "no row '\(key)' after '\(title)'")
    return line.components(separatedBy: "</td>").dropLast().compactMap { cell in
      cell.range(of: ">", options: .backwards).map { String(cell[$0.upperBound...]) }
    }
  }

  func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

  /// `4500000` as `4,500,000`.
  func grouped(_ value: Int) -> String {
    var digits = Array(String(value))
    var index = digits.count - 3
    while index > 0 {
      digits.insert(",", at: index)
      index -= 3
    }
    return String(digits)
  }

  @Test("the sweep section lists every level with the objective and per-$1M value 'dcbplan sweep' computes")
  func sweep() throws {
    let object = try #require(try analysisJSON(["sweep"]) as? [String: Any])
    let levels = try #require(object["levels"] as? [[String: Any]])
    #expect(levels.count >= 2)
    let markdown = try report("md", ["--include", "sweep"])
    let html = try report("html", ["--include", "sweep"])
    #expect(markdown.contains("## Budget sweep") && html.contains("Budget sweep"))
    #expect(html.contains("id=\"svg-sweep-chart\""), "the sweep's line chart is missing")
    var planned = 0
    for level in levels {
      let budget = try #require(level["budgetMaxUSD"] as? Int)
      let money = "$" + grouped(budget)
      let md = try ReportTestSupport.markdownRow("\\" + money, after: "Budget sweep levels", in: markdown)
      let row = try htmlRow(money, after: "Budget sweep levels", in: html)
      let objective = (level["objective"] as? Double).map { fixed($0, 4) } ?? ""
      let marginal = (level["marginalPerMillion"] as? Double).map { fixed($0, 4) } ?? ""
      #expect(md[2] == objective && row[2] == objective, "objective at \(money)")
      #expect(md[md.count - 3] == marginal && row[row.count - 3] == marginal, "per $1M at \(money)")
      if level["objective"] as? Double != nil { planned += 1 }
    }
    #expect(planned >= 2, "the fixture's sweep should have at least two planned levels")
  }

  @Test("the frontier section charts and tabulates the points 'dcbplan frontier' finds")
  func frontier() throws {
    let object = try #require(try analysisJSON(["frontier"]) as? [String: Any])
    let points = try #require(object["points"] as? [[String: Any]])
    #expect(!points.isEmpty)
    let markdown = try report("md", ["--include", "frontier"])
    let html = try report("html", ["--include", "frontier"])
    #expect(markdown.contains("## Pareto frontier"))
    #expect(html.contains("id=\"svg-pareto-chart\""), "the frontier scatter is missing")
    for (index, point) in points.enumerated() {
      let x = fixed(try #require(point["x"] as? Double), 3)
      let y = fixed(try #require(point["y"] as? Double), 3)
      let objective = fixed(try #require(point["objective"] as? Double), 4)
      let md = try ReportTestSupport.markdownRow("P\(index + 1)", after: "Frontier points", in: markdown)
      let row = try htmlRow("P\(index + 1)", after: "Frontier points", in: html)
      #expect(Array(md[1...3]) == [x, y, objective], "point \(index + 1) in Markdown")
      #expect(Array(row[1...3]) == [x, y, objective], "point \(index + 1) in HTML")
    }
  }

  @Test("the explain section has a row per candidate with the objective loss and the plain sentences of 'dcbplan explain'")
  func explain() throws {
    let list = try #require(try analysisJSON(["explain"]) as? [[String: Any]])
    #expect(!list.isEmpty)
    let markdown = try report("md", ["--include", "explain"])
    let html = try report("html", ["--include", "explain"])
    for entry in list {
      let id = try #require(entry["candidate"] as? String)
      let funded = (entry["funded"] as? Bool) == true ? "yes" : "no"
      let loss = (entry["objectiveLoss"] as? Double).map { fixed($0, 4) } ?? ""
      let md = try ReportTestSupport.markdownRow(id, after: "Why each candidate is in or out", in: markdown)
      let row = try htmlRow(id, after: "Why each candidate is in or out", in: html)
      #expect(md[1] == funded && row[1] == funded, "\(id) funded")
      #expect(md[3] == loss && row[3] == loss, "\(id) objective loss")
    }
    // Every sentence the command prints appears as a bullet (Markdown escapes removed).
    let text = runInProcess(["explain"], in: try miniFixture()).stdout
    let sentences = text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("  numbers:") }
    #expect(!sentences.isEmpty)
    let plain = markdown.replacingOccurrences(of: "\\", with: "")
    for sentence in sentences {
      #expect(plain.contains("- " + sentence.dropFirst(2)), "missing sentence: \(sentence)")
    }
  }

  @Test("the robust section matches 'dcbplan robust' for the same samples and seed and states them and the gap")
  func robust() throws {
    let object = try #require(try analysisJSON(["robust", "--samples", "12", "--seed", "5"]) as? [String: Any])
    let markdown = try report("md", ["--include", "robust", "--samples", "12", "--seed", "5"])
    let html = try report("html", ["--include", "robust", "--samples", "12", "--seed", "5"])
    let breaks = fixed(try #require(object["breakProbability"] as? Double) * 100, 1) + "%"
    let regret = fixed(try #require(object["expectedRegret"] as? Double), 4)
    let margin = fixed(try #require(object["costMarginPercent"] as? Double), 2) + "%"
    for (key, value) in [
      ("Break probability", breaks), ("Cost margin", margin), ("Expected regret", regret), ("Samples", "12"), ("Seed", "5"),
      ("Per-sample gap", "0.50%"),
    ] {
      #expect(try ReportTestSupport.markdownRow(key, after: "## Robustness", in: markdown)[1] == value, "\(key) in Markdown")
      #expect(html.contains(value), "\(key) in HTML")
    }
    // The command's sentence on the cost margin appears in the section's intro.
    let text = runInProcess(["robust", "--samples", "12", "--seed", "5"], in: try miniFixture()).stdout
    let sentence = try #require(text.split(separator: "\n").first { $0.hasPrefix("With every pledge in full") })
    #expect(markdown.replacingOccurrences(of: "\\", with: "").contains(sentence), "missing: \(sentence)")
    let candidates = try #require(object["candidates"] as? [[String: Any]])
    #expect(!candidates.isEmpty)
    for entry in candidates {
      let id = try #require(entry["candidate"] as? String)
      let frequency = fixed(try #require(entry["frequency"] as? Double) * 100, 1) + "%"
      let kind = try #require(entry["class"] as? String)
      let md = try ReportTestSupport.markdownRow(id, after: "Selection frequency over the samples", in: markdown)
      let row = try htmlRow(id, after: "Selection frequency over the samples", in: html)
      #expect(Array(md[1...2]) == [kind, frequency] && Array(row[1...2]) == [kind, frequency], "\(id)")
    }
  }

  @Test("an unknown --include name is a usage error with a suggestion; misplaced analysis options are usage errors")
  func usage() throws {
    let bogus = runInProcess(["report", "portfolio", "--include", "frontier,bogus"], in: try miniFixture())
    #expect(bogus.status == .usageError)
    #expect(bogus.stderr.contains("'bogus'"))
    let typo = runInProcess(["report", "all", "--include", "swep"], in: try miniFixture())
    #expect(typo.status == .usageError)
    #expect(typo.stderr.contains("did you mean 'sweep'"))
    let audit = runInProcess(["report", "audit", "--include", "sweep"], in: try miniFixture())
    #expect(audit.status == .usageError)
    let samples = runInProcess(["report", "portfolio", "--include", "sweep", "--samples", "5"], in: try miniFixture())
    #expect(samples.status == .usageError)
  }

  @Test("with every analysis included the HTML is well-formed, has no URL and repeats byte for byte")
  func htmlSelfContained() throws {
    let arguments = ["--include", "frontier,sweep", "--include", "explain,robust", "--samples", "8", "--seed", "3"]
    let first = try report("html", arguments)
    let second = try report("html", arguments)
    #expect(first == second)
    #expect(ReportTestSupport.xmlError(first) == nil, "\(ReportTestSupport.xmlError(first) ?? "")")
    let lower = first.lowercased()
    for needle in ["http://", "https://", "//", "url(", "src=", "<script", "<link", "@import"] {
      #expect(!lower.contains(needle), "the report contains '\(needle)'")
    }
    for title in ["Pareto frontier", "Budget sweep", "Candidate explanations", "Robustness"] {
      #expect(first.contains(title), "missing section \(title)")
    }
  }

  @Test("a plan given with --plan still has to match the data; the analyses then re-solve from the data")
  func withPlan() throws {
    let directory = try miniCopy()
    defer { directory.remove() }
    let plan = runInProcess(["plan", "--format", "json", "--out", "plan.json"], in: directory.url)
    #expect(plan.status == .success, "\(plan.stderr)")
    let run = runInProcess(["report", "portfolio", "--plan", "plan.json", "--include", "sweep"], in: directory.url)
    #expect(run.status == .success, "\(run.stderr)")
    #expect(run.stdout.contains("## Budget sweep"))
    let other = runInProcess(["report", "portfolio", "--plan", "plan.json", "--include", "sweep", "--scenario", "tight"], in: directory.url)
    #expect(other.status != .success)
    #expect(other.stderr.contains("the plan was made from other inputs"))
  }
}
