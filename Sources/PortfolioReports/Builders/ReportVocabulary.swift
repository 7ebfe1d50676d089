import PortfolioDomain

/// Fixed English words for domain values, shared by the report builders.
public enum ReportVocabulary {
  /// The label of a candidate kind: `DCB defence`, `DCB security`, `Technology transfer`, `Industry capacity`.
  public static func label(_ kind: CandidateKind) -> String {
    switch kind {
    case .dcbDefence: return "DCB defence"
    case .dcbSecurity: return "DCB security"
    case .technologyTransfer: return "Technology transfer"
    case .industryCapacity: return "Industry capacity"
    }
  }

  /// The label of a source kind: `DCB fund`, `Pact pledge`, `Co-financing`.
  public static func label(_ kind: SourceKind) -> String {
    switch kind {
    case .dcbFund: return "DCB fund"
    case .pactPledge: return "Pact pledge"
    case .coFinancing: return "Co-financing"
    }
  }

  /// The English name of an ISO 3166 alpha-2 code used as a lead nation, or the code itself when unknown.
  public static func countryName(_ code: String) -> String {
    let names: [String: String] = [
      "AL": "Albania", "AT": "Austria", "BA": "Bosnia and Herzegovina", "BE": "Belgium", "CZ": "Czechia", "DE": "Germany",
      "DK": "Denmark", "ES": "Spain", "FR": "France", "GB": "United Kingdom", "HR": "Croatia", "HU": "Hungary", "IT": "Italy",
      "NL": "Netherlands", "NO": "Norway", "PL": "Poland", "SE": "Sweden", "SI": "Slovenia", "SK": "Slovakia", "TR": "Türkiye",
      "UK": "United Kingdom", "US": "United States",
    ]
    return names[code.uppercased()] ?? code
  }

  /// The date of 1 January of `year`.
  public static func yearStart(_ year: Year) -> ReportDate { ReportDate(year: year.rawValue, month: 1, day: 1) }
  /// The date of 31 December of `year`.
  public static func yearEnd(_ year: Year) -> ReportDate { ReportDate(year: year.rawValue, month: 12, day: 31) }
  /// A domain calendar date as a report date.
  public static func date(_ d: CalendarDate) -> ReportDate { ReportDate(year: d.year, month: d.month, day: d.day) }
}
