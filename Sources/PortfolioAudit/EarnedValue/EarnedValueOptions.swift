import PortfolioDomain

/// How earned value is measured (EVM.md §2). PV is phased with the same technique, as DCMA requires.
public enum EarnedValueTechnique: String, Sendable, Equatable, CaseIterable {
  /// Default. Each milestone's planned value is planned on its baseline date and earned on its acceptance date.
  case weightedMilestones = "weighted-milestones"
  /// The funded candidate is one work package: its BAC is planned at the planned finish (the last milestone
  /// date) and earned when every milestone is accepted.
  case zeroHundred = "0/100"
  /// The candidate is one work package: half its BAC (rounded down to the cent) is planned at the planned start
  /// and earned when any milestone is started or accepted; the rest at the planned finish / full acceptance.
  case fiftyFifty = "50/50"
  /// Each milestone's PV is planned on its baseline date; it earns PV x the latest reported percent complete
  /// (100 % once accepted), rounded toward zero to the cent.
  case percentComplete = "percent-complete"
}

/// Which EAC form drives ETC, VAC and TCPI(EAC).
public enum EACMethod: String, Sendable, Equatable, CaseIterable {
  /// AC + (BAC - EV).
  case atypical
  /// BAC / CPI (default).
  case typical
  /// AC + (BAC - EV) / (CPI x SPI).
  case combined
  /// AC + (BAC - EV) / (w CPI + (1 - w) SPI).
  case weighted
}

/// Settings of an earned value computation.
public struct EarnedValueOptions: Sendable, Equatable {
  /// How EV (and PV) are measured.
  public var technique: EarnedValueTechnique
  /// The EAC form used for ETC, VAC and TCPI(EAC).
  public var primaryEAC: EACMethod
  /// The CPI weight w of the weighted EAC (0...1; PMBOK's example 0.8).
  public var cpiWeight: Double

  /// Creates options; the defaults are weighted milestones, the typical (CPI) EAC and w = 0.8.
  public init(technique: EarnedValueTechnique = .weightedMilestones, primaryEAC: EACMethod = .typical, cpiWeight: Double = 0.8) {
    self.technique = technique
    self.primaryEAC = primaryEAC
    self.cpiWeight = cpiWeight
  }
}
