/// The `--format` values of the listing commands (`md` and `html` belong to reports).
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Aligned plain-text columns (the default, at a terminal or not).
  case table
  /// RFC 4180 CSV with a header row.
  case csv
  /// A JSON array of objects with sorted keys.
  case json
}
