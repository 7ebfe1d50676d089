import PortfolioDomain

/// When a cost or schedule variance is "significant" and needs a variance report (EIA-748 guideline 23;
/// EVM.md §5 W4).
///
/// A variance breaches the dollar threshold when |variance| >= `amount`, and the percent threshold when
/// |variance| / |base| >= `percentBasisPoints` / 10 000, where the base is EV for CV and PV for SV (EVM.md §1.2);
/// reaching a threshold counts. With `.or` either breach is significant (the W4 example's behaviour, the
/// default); with `.and` both are needed. A zero base makes the percent test unavailable: under `.or` the
/// dollar test decides alone; under `.and` the variance is not significant.
public struct VarianceThresholds: Sendable, Equatable {
  /// How the two tests combine.
  public enum Combination: String, Sendable, Equatable, CaseIterable {
    /// Either test.
    case or
    /// Both tests.
    case and
  }

  /// The dollar threshold (compared with the absolute variance).
  public var amount: Money
  /// The percent threshold in basis points (1 000 = 10 %).
  public var percentBasisPoints: Int
  /// OR or AND.
  public var combination: Combination

  /// Creates thresholds; the default is the W4 example: $15,000 or 10 %.
  public init(amount: Money = Money(dollars: 15_000), percentBasisPoints: Int = 1_000, combination: Combination = .or) {
    self.amount = amount
    self.percentBasisPoints = percentBasisPoints
    self.combination = combination
  }

  /// Whether `variance` against `base` is significant.
  public func isSignificant(variance: Money, base: Money) -> Bool {
    let dollarBreach = variance.cents.magnitude >= amount.cents.magnitude
    let percentBreach: Bool? =
      base.cents == 0
      ? nil
      : Int128(variance.cents.magnitude) * 10_000 >= Int128(percentBasisPoints) * Int128(base.cents.magnitude)
    switch combination {
    case .or: return dollarBreach || percentBreach == true
    case .and: return dollarBreach && percentBreach == true
    }
  }
}
