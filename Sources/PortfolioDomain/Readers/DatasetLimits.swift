/// Upper bounds on the dataset's amounts, chosen so that no sum of money the tools form can overflow
/// `Money` (Int64 cents, about 9.2 × 10^16 dollars) or lose a cent in a `Double` (exact to 2^53 cents,
/// about 9.0 × 10^13 dollars).
///
/// - A money cell holds at most `maxCellDollars` ($10^12). A tier's total (five yearly cells) is then at
///   most 5 × 10^12, and a source's capacity over the longest horizon (1900-2200, 301 years) at most
///   3.01 × 10^14 dollars, both far inside Int64 cents.
/// - All cost cells of `tiers.csv` together hold at most `maxTotalTierCostDollars` ($10^13). Every sum of
///   costs (mandatory minimum, the DCB band check, a plan's total, `robust`'s costs after an overrun of at
///   most 1000%) is a sum over a subset of those cells, so at most 1.1 × 10^14 dollars: no overflow, and
///   exact as `Double` dollars in the LP. A row that would take the total past the limit is reported and
///   left out of the portfolio, so the limit holds for the portfolio even when the dataset has errors.
public enum DatasetLimits {
  /// The largest amount one money cell may hold, in whole dollars ($1,000,000,000,000).
  public static let maxCellDollars: Int64 = 1_000_000_000_000
  /// The largest total of all cost cells in `tiers.csv`, in whole dollars ($10,000,000,000,000).
  public static let maxTotalTierCostDollars: Int64 = 10_000_000_000_000
  /// The largest magnitude of a decimal cell (the scores' `low`, `likely`, `high`, in the criterion's unit).
  /// Sums of scores over thousands of tiers stay far from `Double`'s limits, and a number that overflows to
  /// infinity is refused at its cell instead of turning the objective into NaN.
  public static let maxDecimalMagnitude: Double = 1_000_000_000
}
