/// A traffic-light status, as the auditor's stoplights and status columns use it.
public enum Stoplight: String, Sendable, Hashable, CaseIterable {
  /// On track.
  case green
  /// Watch: a threshold is near or slightly crossed.
  case amber
  /// Act: a threshold is crossed.
  case red
  /// Not applicable or not yet measurable.
  case none

  /// The word every renderer prints (colour is never the only carrier of the meaning).
  public var label: String {
    switch self {
    case .green: return "Green"
    case .amber: return "Amber"
    case .red: return "Red"
    case .none: return "n/a"
    }
  }
}

/// One typed table cell. Renderers format it with ``ReportNumberFormat`` so every format shows the same number.
public enum ReportCell: Sendable, Hashable {
  /// Free text from data or from the report itself (always escaped by renderers).
  case text(String)
  /// A count or other whole number.
  case integer(Int64)
  /// Whole US dollars (`$1,234,567`; CSV and JSON carry the bare integer).
  case money(Int64)
  /// Percentage points (50 means half) with a fixed number of decimals.
  case percent(Double, decimals: Int)
  /// A dimensionless ratio (CPI, SPI, a score) with a fixed number of decimals.
  case ratio(Double, decimals: Int)
  /// A calendar year, printed without grouping (`2026`).
  case year(Int)
  /// A calendar date (`YYYY-MM-DD`).
  case date(ReportDate)
  /// A stoplight status.
  case status(Stoplight)
  /// Nothing to show (printed as an empty cell, `null` in JSON).
  case empty

  /// The human text of the cell: `$1,234,567`, `12.5%`, `0.93`, `2026-03-31`, `Amber`.
  public var display: String {
    switch self {
    case .text(let s): return s
    case .integer(let v): return ReportNumberFormat.grouped(v)
    case .money(let v): return ReportNumberFormat.money(v)
    case .percent(let v, let d): return ReportNumberFormat.percent(v, decimals: d)
    case .ratio(let v, let d): return ReportNumberFormat.decimal(v, decimals: d)
    case .year(let y): return String(y)
    case .date(let d): return d.iso
    case .status(let s): return s.label
    case .empty: return ""
    }
  }

  /// The machine text of the cell (CSV, JSON): bare numbers without `$`, `%` or grouping; ISO dates; status codes.
  ///
  /// Non-finite ratios and percents give an empty string (JSON: `null`).
  public var plain: String {
    switch self {
    case .text(let s): return s
    case .integer(let v), .money(let v): return String(v)
    case .percent(let v, let d), .ratio(let v, let d): return v.isFinite ? ReportNumberFormat.fixed(v, decimals: d) : ""
    case .year(let y): return String(y)
    case .date(let d): return d.iso
    case .status(let s): return s.rawValue
    case .empty: return ""
    }
  }

  /// True for cells that hold a number (integer, money, percent, ratio, year).
  public var isNumeric: Bool {
    switch self {
    case .integer, .money, .percent, .ratio, .year: return true
    default: return false
    }
  }

  /// The type name used in JSON output: `text`, `integer`, `money`, `percent`, `ratio`, `date`, `status`, `empty`.
  public var kind: String {
    switch self {
    case .text: return "text"
    case .integer: return "integer"
    case .money: return "money"
    case .percent: return "percent"
    case .ratio: return "ratio"
    case .year: return "year"
    case .date: return "date"
    case .status: return "status"
    case .empty: return "empty"
    }
  }
}
