import PortfolioDomain

/// Splits an integer amount in proportion to integer weights by the largest-remainder method, so the parts add
/// up exactly to the amount (ties go to the earlier weight).
enum Apportion {
  /// `amount` split by `weights` (all >= 0, sum > 0).
  static func split(_ amount: Int64, weights: [Int64]) -> [Int64] {
    let total = weights.reduce(0, +)
    precondition(total > 0 && weights.allSatisfy { $0 >= 0 }, "weights \(weights) must be >= 0 with a positive sum")
    var parts: [Int64] = []
    var remainders: [(index: Int, remainder: Int64)] = []
    for (index, weight) in weights.enumerated() {
      let product = Int128(amount) * Int128(weight)
      var quotient = product / Int128(total)
      var remainder = product % Int128(total)
      if remainder < 0 {
        quotient -= 1
        remainder += Int128(total)
      }
      parts.append(Int64(quotient))
      remainders.append((index, Int64(remainder)))
    }
    var left = amount - parts.reduce(0, +)
    for item in remainders.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }) {
      guard left > 0 else { break }
      parts[item.index] += 1
      left -= 1
    }
    return parts
  }
}
