/// A BiH defence-industry firm (`firms.csv`).
public struct Firm: Sendable, Hashable, Codable, Identifiable {
  /// The firm's ID (`F01`).
  public var id: FirmID
  /// The firm's name.
  public var name: String
  /// The town it sits in.
  public var town: String
  /// The entity it sits in.
  public var entity: Entity
  /// Who owns it (free text).
  public var ownership: String
  /// What it makes (free text).
  public var sector: String
  /// Head count, when known.
  public var employees: Int?
  /// Export value in whole US dollars for `year`, when known.
  public var exportUSD: Money?
  /// Which export statistics series `exportUSD` belongs to (FACTS §0.5).
  public var exportSeries: String?
  /// The year the head count and export figures refer to.
  public var year: Year?
  /// The most money (US dollars per year) the firm can absorb; `nil`: the scenario's default, else no limit.
  public var absorptiveCapacity: Money?
  /// Where the row's figures come from.
  public var provenance: Provenance

  /// Creates a firm.
  public init(
    id: FirmID, name: String, town: String = "", entity: Entity, ownership: String = "", sector: String = "",
    employees: Int? = nil, exportUSD: Money? = nil, exportSeries: String? = nil, year: Year? = nil,
    absorptiveCapacity: Money? = nil, provenance: Provenance = .illustrative
  ) {
    self.id = id
    self.name = name
    self.town = town
    self.entity = entity
    self.ownership = ownership
    self.sector = sector
    self.employees = employees
    self.exportUSD = exportUSD
    self.exportSeries = exportSeries
    self.year = year
    self.absorptiveCapacity = absorptiveCapacity
    self.provenance = provenance
  }
}
