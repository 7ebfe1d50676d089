import PortfolioDomain

/// Renders funded DCB projects as an IATI 2.03 activity file (`iati-activities`), valid against the official schema.
///
/// Follows EVM.md §11: identifiers `{reporting-org}-{project}` without `/ & | ?`; participating organisations NATO
/// (role 1 funding), the lead nation (role 3 extending) and the BiH ministry (role 4 implementing); activity dates
/// 1/2/3/4 in order; one budget per calendar year (type 1 original, status 2 committed, never longer than a year);
/// ledger costs as transactions of type 4 (expenditure) dated no later than the as-of date, their values exact dollars
/// and cents (`100.50`, `-0.75`; whole amounts as integers, as budgets are); milestones as output
/// indicators (target 1, actual 1 when accepted). Every date comes from the inputs and `asOf`: the file's
/// `generated-datetime` and each `last-updated-datetime` are `asOf` at 00:00:00Z, so the bytes never depend on a clock.
public struct IATIRenderer: Sendable {
  /// Who publishes.
  public var options: IATIOptions

  /// Creates a renderer.
  public init(options: IATIOptions = IATIOptions()) { self.options = options }

  /// The XML document for `plan`'s funded DCB projects.
  public func render(plan: PortfolioPlan, portfolio: Portfolio, audit: AuditSnapshot?, asOf: ReportDate) -> String {
    render(activities: IATIActivity.activities(plan: plan, portfolio: portfolio, audit: audit, asOf: asOf, options: options), asOf: asOf)
  }

  /// The XML document for prepared activities.
  public func render(activities: [IATIActivity], asOf: ReportDate) -> String {
    let stamp = asOf.iso + "T00:00:00Z"
    var x = XMLLines()
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    x.open("iati-activities", [("version", "2.03"), ("generated-datetime", stamp)])
    for a in activities {
      x.open("iati-activity", [("default-currency", options.currency), ("hierarchy", "2"), ("last-updated-datetime", stamp), ("xml:lang", "en")])
      x.leaf("iati-identifier", [], text: a.identifier)
      x.open("reporting-org", [("ref", options.reportingOrgRef), ("type", options.reportingOrgType)])
      x.leaf("narrative", [], text: options.reportingOrgName)
      x.close("reporting-org")
      x.narrative("title", [], a.title)
      x.narrative("description", [("type", "1")], a.description)
      x.narrative("participating-org", [("ref", options.reportingOrgRef), ("role", "1"), ("type", options.reportingOrgType)], options.reportingOrgName)
      if let lead = a.leadNation { x.narrative("participating-org", [("role", "3"), ("type", "10")], "Government of \(lead) (lead nation)") }
      x.narrative("participating-org", [("role", "4"), ("type", "10")], a.implementingOrg)
      x.leaf("activity-status", [("code", String(a.statusCode))])
      for d in a.dates.sorted(by: { $0.type < $1.type }) { x.leaf("activity-date", [("iso-date", d.date.iso), ("type", String(d.type))]) }
      x.leaf("recipient-country", [("code", "BA"), ("percentage", "100")])
      for b in a.budgets {
        x.open("budget", [("status", "2"), ("type", "1")])
        x.leaf("period-start", [("iso-date", b.start.iso)])
        x.leaf("period-end", [("iso-date", b.end.iso)])
        x.leaf("value", [("currency", options.currency), ("value-date", b.start.iso)], text: String(b.amountUSD))
        x.close("budget")
      }
      for t in a.transactions {
        x.open("transaction", [("ref", t.reference)])
        x.leaf("transaction-type", [("code", "4")])
        x.leaf("transaction-date", [("iso-date", t.date.iso)])
        x.leaf("value", [("currency", options.currency), ("value-date", t.date.iso)], text: ReportNumberFormat.decimalDollars(t.amount))
        x.narrative("description", [], "Expenditure \(t.reference) paid from \(t.source)")
        x.narrative("provider-org", [], t.source)
        x.close("transaction")
      }
      if !a.milestones.isEmpty {
        x.open("result", [("aggregation-status", "false"), ("type", "1")])
        x.narrative("title", [], "Milestones of \(a.candidate)")
        x.narrative("description", [], "Each milestone is an output indicator: target 1 in its due month, actual 1 once accepted (weighted-milestone earned value).")
        for m in a.milestones {
          x.open("indicator", [("ascending", "true"), ("measure", "1")])
          x.narrative("title", [], m.title)
          x.narrative("description", [], "Earned-value weight \(m.weightPercent)% of the budget at completion.")
          x.open("period", [])
          x.leaf("period-start", [("iso-date", ReportDate(year: m.due.year, month: m.due.month, day: 1).iso)])
          x.leaf("period-end", [("iso-date", m.due.iso)])
          if let comment = m.targetComment {
            x.open("target", [("value", "1")])
            x.narrative("comment", [], comment)
            x.close("target")
          } else {
            x.leaf("target", [("value", "1")])
          }
          if let actual = m.actual {
            x.open("actual", [("value", String(actual))])
            if let c = m.actualComment { x.narrative("comment", [], c) }
            x.close("actual")
          }
          x.close("period")
          x.close("indicator")
        }
        x.close("result")
      }
      x.close("iati-activity")
    }
    x.close("iati-activities")
    return x.text
  }
}

/// An indenting XML writer (two spaces, `\n`, final newline); attribute values and text are escaped.
struct XMLLines {
  private var lines: [String] = []
  private var depth = 0

  mutating func raw(_ s: String) { lines.append(s) }

  private func attrs(_ a: [(String, String)]) -> String { a.map { " \($0.0)=\"\(MarkupEscaping.escape($0.1))\"" }.joined() }

  mutating func open(_ name: String, _ a: [(String, String)]) {
    lines.append(String(repeating: "  ", count: depth) + "<\(name)\(attrs(a))>")
    depth += 1
  }

  mutating func close(_ name: String) {
    depth -= 1
    lines.append(String(repeating: "  ", count: depth) + "</\(name)>")
  }

  mutating func leaf(_ name: String, _ a: [(String, String)], text: String? = nil) {
    let pad = String(repeating: "  ", count: depth)
    if let text { lines.append(pad + "<\(name)\(attrs(a))>\(MarkupEscaping.escape(text))</\(name)>") } else { lines.append(pad + "<\(name)\(attrs(a))/>") }
  }

  /// `<name ...><narrative>text</narrative></name>`.
  mutating func narrative(_ name: String, _ a: [(String, String)], _ text: String) {
    open(name, a)
    leaf("narrative", [], text: text)
    close(name)
  }

  var text: String { lines.joined(separator: "\n") + "\n" }
}
