/// Three-point scores: `low <= likely <= high`.
enum ScoreRangeRule {
  static func check(_ context: DatasetValidator.Context) {
    for row in context.records.scores {
      let score = row.value
      guard let low = score.low, let likely = score.likely, let high = score.high else { continue }
      if !(low <= likely && likely <= high) {
        let column = low > likely ? "low" : "high"
        context.sink.error(
          "score-order", at: row.origin.cell(column), value: "\(format(low)) / \(format(likely)) / \(format(high))",
          message: "score of \(score.candidate) tier \(score.tier) on \(score.criterion) breaks low <= likely <= high (\(format(low)), \(format(likely)), \(format(high)))",
          fix: "order the three values so that low <= likely <= high")
      }
    }
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
