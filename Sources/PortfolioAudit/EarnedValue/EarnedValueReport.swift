import PortfolioDomain

/// Earned value as of one status date: per candidate, per kind, per source and for the portfolio.
public struct EarnedValueReport: Sendable, Equatable {
  /// One row: what it covers and its figures.
  public struct Row: Sendable, Equatable {
    /// The candidate ID, kind, source ID or `portfolio`.
    public var key: String
    /// The figures.
    public var metrics: PerformanceMetrics

    /// The SPI stoplight (exact comparison of EV with PV).
    public func spiLight(_ bands: StoplightBands) -> Stoplight {
      bands.colour(numerator: metrics.ev.cents, denominator: metrics.pv.cents)
    }

    /// The CPI stoplight (exact comparison of EV with AC).
    public func cpiLight(_ bands: StoplightBands) -> Stoplight {
      bands.colour(numerator: metrics.ev.cents, denominator: metrics.ac.cents)
    }

    /// The worse of the two.
    public func overallLight(_ bands: StoplightBands) -> Stoplight {
      Stoplight.overall(spiLight(bands), cpiLight(bands))
    }
  }

  /// The status date.
  public var asOf: CalendarDate
  /// How EV was measured.
  public var options: EarnedValueOptions
  /// One row per baseline candidate, sorted by ID.
  public var candidates: [Row]
  /// One row per candidate kind present, in `CandidateKind` order.
  public var kinds: [Row]
  /// One row per funding source, sorted by ID: each candidate's money pro rata to the source's share of the
  /// candidate's planned funding (largest remainder, so the sources add up to the portfolio to the cent);
  /// milestone counts are those of every candidate the source funds.
  public var sources: [Row]
  /// The whole portfolio (nil when there is no baseline).
  public var portfolio: Row?
  /// Every baseline milestone's status, by candidate then planned order.
  public var milestones: [MilestoneStatus]
}
