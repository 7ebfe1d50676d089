import Foundation
import PortfolioAudit
import PortfolioDomain
import Testing

@testable import PortfolioReports

@Suite("IATI renderer")
struct IATIRendererTests {
  static func xml() throws -> String {
    let plan = try TestSupport.plan()
    return IATIRenderer().render(plan: plan, portfolio: SampleInputs.portfolio, audit: SampleAudit.snapshot(plan: plan), asOf: TestSupport.asOf)
  }

  static func activities() throws -> [IATIActivity] {
    let plan = try TestSupport.plan()
    return IATIActivity.activities(
      plan: plan, portfolio: SampleInputs.portfolio, audit: SampleAudit.snapshot(plan: plan), asOf: TestSupport.asOf, options: IATIOptions())
  }

  /// The full path of `xmllint` on the PATH, or nil.
  static var xmllint: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test(
    "Validates against the official IATI 2.03 schema with xmllint",
    .enabled(if: IATIRendererTests.xmllint != nil, "xmllint is not on the PATH; install libxml2-utils to validate the IATI export"))
  func validatesWithXmllint() throws {
    let xmllint = try #require(IATIRendererTests.xmllint)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iati-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("export.xml")
    try Data(try IATIRendererTests.xml().utf8).write(to: file)
    let schema = try TestSupport.fixtureURL("iati-2.03/iati-activities-schema.xsd")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--nonet", "--schema", schema.path, file.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = Pipe()
    try process.run()
    process.waitUntilExit()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "xmllint: \(message)")
    #expect(message.contains("validates"))
  }

  @Test("Exports one activity per funded DCB project, none for technology transfers")
  func activitiesPerProject() throws {
    let xml = try IATIRendererTests.xml()
    #expect(xml.components(separatedBy: "<iati-activity ").count - 1 == 12)
    #expect(xml.contains("<iati-identifier>NATO-DCB-DCB-D1</iati-identifier>"))
    #expect(!xml.contains("NATO-DCB-T03"))
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" generated-datetime=\"2026-03-31T00:00:00Z\">"))
  }

  @Test("Follows the IATI rulesets: identifiers, date order, budgets within a year, nothing after the as-of date")
  func rulesets() throws {
    let asOf = TestSupport.asOf
    for a in try IATIRendererTests.activities() {
      #expect(!a.identifier.contains { "/&|?".contains($0) })
      let dates = Dictionary(a.dates.map { ($0.type, $0.date) }, uniquingKeysWith: { x, _ in x })
      #expect(dates[1] != nil && dates[3] != nil)
      if let s = dates[1], let e = dates[3] { #expect(s <= e) }
      if let s = dates[2] {
        #expect(s <= asOf)
        if let e = dates[4] { #expect(s <= e && e <= asOf) }
      }
      for b in a.budgets {
        #expect(b.start <= b.end)
        #expect(b.end.dayNumber - b.start.dayNumber <= 365)
      }
      for t in a.transactions { #expect(t.date <= asOf) }
      for m in a.milestones where m.actual == 1 { #expect(m.actualComment?.hasPrefix("accepted on ") == true) }
    }
  }

  @Test("Carries budgets, transactions, statuses and milestone actuals from plan and ledger")
  func content() throws {
    let byID = Dictionary(try IATIRendererTests.activities().map { ($0.candidate, $0) }, uniquingKeysWith: { a, _ in a })
    let d1 = try #require(byID["DCB-D1"])
    #expect(d1.budgets.map(\.amountUSD) == [2_500_000, 2_500_000, 2_500_000])
    #expect(d1.transactions.map(\.reference) == ["INV-D1-001", "INV-D1-002"])
    #expect(d1.statusCode == 2)
    #expect(d1.leadNation == "Croatia")
    #expect(d1.milestones[0].actual == 1)
    #expect(d1.milestones[1].actual == 0)
    #expect(d1.milestones[1].targetComment == "re-forecast on 2025-08-15 to 2026-06-30: radio type approval delayed")
    let d4 = try #require(byID["DCB-D4"])
    #expect(d4.statusCode == 3)
    #expect(d4.dates.contains { $0.type == 4 && $0.date.iso == "2025-12-15" })
    let s3 = try #require(byID["DCB-S3"])
    #expect(s3.statusCode == 1)
    #expect(s3.implementingOrg == "Ministry of Security of Bosnia and Herzegovina")
    let s1 = try #require(byID["DCB-S1"])
    #expect(s1.transactions.contains { $0.amount == Money(dollars: -25_000) })
  }

  @Test("Writes transaction values in exact dollars and cents that add up to the ledger's AC to the cent")
  func cents() throws {
    let plan = try TestSupport.plan()
    var ledger = try SampleAudit.ledger(plan: plan)
    let time = try #require(LedgerTime("2026-06-01T12:00:00Z"))
    for (cents, reference) in [(Int64(10_050), "INV-CENTS"), (-75, "CRN-CENTS"), (5, "INV-NICKEL")] {
      let cost = CostEvent(candidate: "DCB-D1", date: CalendarDate(year: 2026, month: 6, day: 1), amount: Money(cents: cents), source: "DCB", reference: reference)
      ledger.append(.cost(cost), time: time, author: "auditor", key: nil)
    }
    let asOf = ReportDate(year: 2026, month: 6, day: 30)
    let snapshot = AuditSnapshot(ledger: ledger, ledgerName: "test", verified: true, portfolio: SampleInputs.portfolio, asOf: asOf)
    let xml = IATIRenderer().render(plan: plan, portfolio: SampleInputs.portfolio, audit: snapshot, asOf: asOf)
    let d1 = try #require(xml.components(separatedBy: "<iati-activity ").first { $0.contains("<iati-identifier>NATO-DCB-DCB-D1<") })
    let values = d1.components(separatedBy: "<transaction ").dropFirst().compactMap { block -> String? in
      guard let open = block.range(of: "<value "), let start = block.range(of: ">", range: open.upperBound..<block.endIndex),
        let end = block.range(of: "</value>", range: start.upperBound..<block.endIndex)
      else { return nil }
      return String(block[start.upperBound..<end.lowerBound])
    }
    #expect(values.contains("100.50") && values.contains("-0.75") && values.contains("0.05") && values.contains("900000"))
    /// `-12.34` as -1234 cents (the only forms written: an integer, or two decimals).
    func cents(_ text: String) -> Int64? {
      let negative = text.hasPrefix("-")
      let parts = text.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
      guard let dollars = Int64(parts[0]), parts.count == 1 || (parts.count == 2 && parts[1].count == 2) else { return nil }
      let total = dollars * 100 + (parts.count == 2 ? Int64(parts[1]) ?? 0 : 0)
      return negative ? -total : total
    }
    let total = values.compactMap(cents).reduce(0, +)
    #expect(values.compactMap(cents).count == values.count)
    let status = EarnedValueCalculator.report(state: LedgerState(ledger: ledger), asOf: CalendarDate(year: 2026, month: 6, day: 30))
    let ac = try #require(status.candidates.first { $0.key == "DCB-D1" }?.metrics.ac)
    #expect(total == ac.cents)
    if IATIRendererTests.xmllint != nil { #expect(try IATIRendererTests.validate(xml) == 0) }
  }

  @Test("Escapes text from data in elements and attributes")
  func escaping() {
    let activity = IATIActivity(
      identifier: "X-1", candidate: "1", title: "<script>alert(1)</script>", description: "a & b", implementingOrg: "\"M\"", leadNation: nil,
      statusCode: 2, dates: [IATIDate(type: 1, date: ReportDate(year: 2024, month: 1, day: 1))], budgets: [],
      transactions: [AuditSnapshot.Cost(candidate: "1", date: ReportDate(year: 2024, month: 2, day: 1), amount: Money(dollars: 5), source: "S", reference: "R\"<>")], milestones: [])
    let xml = IATIRenderer().render(activities: [activity], asOf: ReportDate(year: 2024, month: 3, day: 1))
    #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(xml.contains("ref=\"R&quot;&lt;&gt;\""))
    #expect(!xml.contains("<script>"))
  }

  @Test("Exports a plan without a ledger: planned dates and budgets only", .enabled(if: IATIRendererTests.xmllint != nil, "xmllint is not on the PATH"))
  func planOnly() throws {
    let plan = try TestSupport.plan()
    let asOf = ReportDate(year: 2024, month: 1, day: 1)
    let activities = IATIActivity.activities(plan: plan, portfolio: SampleInputs.portfolio, audit: nil, asOf: asOf, options: IATIOptions())
    #expect(activities.allSatisfy { $0.transactions.isEmpty && !$0.dates.contains { $0.type == 2 || $0.type == 4 } })
    #expect(activities.filter { $0.statusCode == 1 }.count == 8)
    #expect(activities.allSatisfy { $0.milestones.allSatisfy { $0.actual == nil } })
    let xml = IATIRenderer().render(activities: activities, asOf: asOf)
    #expect(try IATIRendererTests.validate(xml) == 0)
  }

  /// Runs xmllint against the bundled schema; returns its exit status.
  static func validate(_ xml: String) throws -> Int32 {
    let xmllint = try #require(IATIRendererTests.xmllint)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iati-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("export.xml")
    try Data(xml.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = ["--noout", "--nonet", "--schema", try TestSupport.fixtureURL("iati-2.03/iati-activities-schema.xsd").path, file.path]
    process.standardError = Pipe()
    process.standardOutput = Pipe()
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
