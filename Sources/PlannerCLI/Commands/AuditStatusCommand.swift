import Foundation
import Hashing
import PortfolioAudit
import PortfolioDomain

/// `dcbplan audit status [--as-of DATE] [--format table|md|csv|json]`: earned value, earned schedule, BEI,
/// stoplights and findings as of a date.
struct AuditStatusCommand: Command {
  static let name = "status"
  static let abstract = "Show earned value, earned schedule, BEI, stoplights and findings as of a date."
  static let discussion = """
    The status date defaults to the date of the last entry. Money is in US dollars; ratios are
    rounded half away from zero to 2 decimals (6 in CSV and JSON); an undefined ratio prints 'n/a'
    (CSV: empty; JSON: null, with the reason under 'undefined'). Stoplights use FEMA's bands
    (green 0.95-1.05, yellow to 0.90/1.10, both ends inclusive, compared exactly) unless --bands
    says otherwise. Variances are significant at --variance-amount OR (--variance-rule)
    --variance-percent (default $15,000 or 10%; CV against EV, SV against PV; reaching counts).
    """
  static let arguments: [ArgumentSpec] =
    AuditLedgerOptions.arguments + [
      .option("as-of", value: "DATE", help: "Status date YYYY-MM-DD (default: the last entry's date)."),
      .option("format", value: "FORMAT", help: "table (default), md, csv or json.", choices: ["table", "md", "csv", "json"]),
      .outOption,
      .option(
        "technique", value: "TECHNIQUE", help: "How EV is earned (default weighted-milestones).",
        choices: EarnedValueTechnique.allCases.map(\.rawValue)),
      .option("eac", value: "METHOD", help: "EAC for ETC, VAC, TCPI(EAC) (default typical).", choices: EACMethod.allCases.map(\.rawValue)),
      .option("variance-amount", value: "DOLLARS", help: "Dollar threshold of a significant variance (default 15000)."),
      .option("variance-percent", value: "P", help: "Percent threshold of a significant variance (default 10)."),
      .option("variance-rule", value: "RULE", help: "Combine the thresholds with or (default) / and.", choices: ["or", "and"]),
      .option(
        "bands", value: "GL,GH,YL,YH",
        help: "Stoplight bands: green GL..GH, yellow YL..YH (default 0.95,1.05,0.90,1.10)."),
    ]

  var ledger: AuditLedgerOptions
  var asOf: CalendarDate?
  var format: String
  var out: String?
  var options: EarnedValueOptions
  var settings: AuditSettings

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
    if let text = arguments.value("as-of") {
      guard let date = CalendarDate.parse(text) else {
        throw UsageError.invalidValue(option: "as-of", value: text, reason: "expected a date YYYY-MM-DD")
      }
      asOf = date
    }
    format = arguments.value("format") ?? "table"
    out = arguments.value("out")
    options = EarnedValueOptions(
      technique: try arguments.choice("technique", as: EarnedValueTechnique.self) ?? .weightedMilestones,
      primaryEAC: try arguments.choice("eac", as: EACMethod.self) ?? .typical)
    var thresholds = VarianceThresholds()
    if let text = arguments.value("variance-amount") {
      guard let amount = AuditAmount.parse(text), amount.cents >= 0 else {
        throw UsageError.invalidValue(option: "variance-amount", value: text, reason: "expected dollars >= 0")
      }
      thresholds.amount = amount
    }
    if let text = arguments.value("variance-percent") {
      guard let percent = DecimalPercent(text), percent.basisPoints >= 0 else {
        throw UsageError.invalidValue(option: "variance-percent", value: text, reason: "expected a percentage such as 10")
      }
      thresholds.percentBasisPoints = percent.basisPoints
    }
    thresholds.combination = try arguments.choice("variance-rule", as: VarianceThresholds.Combination.self) ?? .or
    var bands = StoplightBands.fema
    if let text = arguments.value("bands") {
      let values = text.split(separator: ",", omittingEmptySubsequences: false).map { Self.basisPoints(String($0)) }
      guard values.count == 4, let gl = values[0], let gh = values[1], let yl = values[2], let yh = values[3],
        yl <= gl, gl <= gh, gh <= yh
      else {
        throw UsageError.invalidValue(
          option: "bands", value: text, reason: "expected four indexes GL,GH,YL,YH with YL <= GL <= GH <= YH")
      }
      bands = StoplightBands(greenLow: gl, greenHigh: gh, yellowLow: yl, yellowHigh: yh)
    }
    settings = AuditSettings(bands: bands, thresholds: thresholds)
  }

  /// An index written with at most four decimals (`0.95`, `1.1`) in basis points; `nil` otherwise.
  static func basisPoints(_ text: String) -> Int? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, whole < 100 else { return nil }
    var fraction = 0
    if parts.count == 2 {
      let digits = parts[1]
      guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else {
        return nil
      }
      fraction = value * [1_000, 100, 10, 1][digits.count - 1]
    }
    return whole * 10_000 + fraction
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let (verification, failure) = try AuditOutcome.verified(try ledger.store(in: context), in: context)
      if let failure { return failure }
      let state = LedgerState(ledger: verification.ledger)
      guard state.baseline != nil else {
        context.diagnostics.error("\(ledger.display(in: context)): no baseline yet; run 'dcbplan audit baseline --plan FILE'")
        return .invalidData
      }
      let date = asOf ?? state.lastTime?.date ?? CalendarDate(year: 2024, month: 1, day: 1)
      let report = EarnedValueCalculator.report(state: state, asOf: date, options: options)
      let findings = AuditReview.findings(in: AuditRuleContext(state: state, report: report, settings: settings))
      let document = AuditStatusDocument(
        ledgerName: ledger.display(in: context), checkpoint: verification.ledger.checkpoint.description,
        macsChecked: verification.macsChecked, authenticated: verification.ledger.isAuthenticated, report: report, findings: findings, bands: settings.bands)
      let text: String
      switch format {
      case "md": text = document.markdown()
      case "csv": text = document.csv()
      case "json": text = document.json()
      default: text = document.table()
      }
      try ResultWriter.write(text, out: out, in: context)
      return .success
    }
  }
}
