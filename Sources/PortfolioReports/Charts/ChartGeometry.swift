/// A point in chart space, in SVG user units (y grows downwards).
public struct ChartPoint: Sendable, Hashable {
  /// Horizontal position.
  public var x: Double
  /// Vertical position (0 at the top).
  public var y: Double
  /// Creates a point.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// An axis-aligned rectangle in SVG user units.
public struct ChartRect: Sendable, Hashable {
  /// Left edge.
  public var x: Double
  /// Top edge.
  public var y: Double
  /// Width (>= 0).
  public var width: Double
  /// Height (>= 0).
  public var height: Double
  /// Creates a rectangle.
  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
  /// The right edge.
  public var maxX: Double { x + width }
  /// The bottom edge.
  public var maxY: Double { y + height }
}

/// The canvas of a chart: its size and the margins around the plot area (axes, labels, legend live in the margins).
public struct ChartFrame: Sendable, Hashable {
  /// Total width in SVG user units.
  public var width: Double
  /// Total height in SVG user units.
  public var height: Double
  /// Space left of the plot (value axis labels).
  public var left: Double
  /// Space right of the plot.
  public var right: Double
  /// Space above the plot.
  public var top: Double
  /// Space below the plot (category labels, axis title, legend).
  public var bottom: Double

  /// Creates a frame.
  public init(width: Double, height: Double, left: Double = 84, right: Double = 24, top: Double = 24, bottom: Double = 100) {
    precondition(width > left + right && height > top + bottom, "chart frame \(width)x\(height) too small for its margins")
    self.width = width
    self.height = height
    self.left = left
    self.right = right
    self.top = top
    self.bottom = bottom
  }

  /// The plot area inside the margins.
  public var plot: ChartRect { ChartRect(x: left, y: top, width: width - left - right, height: height - top - bottom) }
}

/// The legend's line breaking, shared by the renderer (which draws it) and the charts (whose frames grow to fit it).
public enum ChartLegend {
  /// Vertical distance between legend rows, SVG units.
  public static let rowHeight = 18.0

  /// The width an item takes: swatch, gap, label at about 6.6 units a character, trailing space.
  public static func itemWidth(_ label: String) -> Double { 22 + Double(label.count) * 6.6 + 16 }

  /// How many rows `labels` need when laid left to right from `frame.left`, wrapping before `frame.width - frame.right`.
  public static func rows(_ labels: [String], frame: ChartFrame) -> Int {
    guard !labels.isEmpty else { return 0 }
    var rows = 1
    var x = frame.left
    for label in labels {
      let width = itemWidth(label)
      if x + width > frame.width - frame.right && x > frame.left {
        x = frame.left
        rows += 1
      }
      x += width
    }
    return rows
  }

  /// `base` with its height and bottom margin grown so a legend of `labels` (one row fits in `base`) is not cut off.
  public static func frame(_ base: ChartFrame, fitting labels: [String]) -> ChartFrame {
    let extra = Double(max(0, rows(labels, frame: base) - 1)) * rowHeight
    guard extra > 0 else { return base }
    return ChartFrame(width: base.width, height: base.height + extra, left: base.left, right: base.right, top: base.top, bottom: base.bottom + extra)
  }
}

/// How a value axis prints its tick labels and what its unit is called.
public enum AxisUnit: String, Sendable, Hashable {
  /// Whole US dollars, labelled in millions (`$12.5M`).
  case usd
  /// Percentage points (`40%`).
  case percent
  /// A plain number (`0.75`).
  case number

  /// The tick label of `value` when ticks are `step` apart (decimals follow the step, so labels stay distinct).
  public func tickLabel(_ value: Double, step: Double) -> String {
    switch self {
    case .usd: return ReportNumberFormat.money(millions: value, decimals: NiceScale.decimals(forStep: step / 1_000_000))
    case .percent: return ReportNumberFormat.percent(value, decimals: NiceScale.decimals(forStep: step))
    case .number: return ReportNumberFormat.decimal(value, decimals: NiceScale.decimals(forStep: step))
    }
  }

  /// The unit named in axis titles: `USD millions`, `%`, or empty.
  public var axisSuffix: String {
    switch self {
    case .usd: return "USD millions"
    case .percent: return "%"
    case .number: return ""
    }
  }
}

/// A titled value axis.
public struct ChartAxis: Sendable, Hashable {
  /// The quantity, e.g. `Committed funding`.
  public var label: String
  /// The unit of the values.
  public var unit: AxisUnit
  /// Creates an axis.
  public init(_ label: String, unit: AxisUnit) {
    self.label = label
    self.unit = unit
  }
  /// The axis title with its unit: `Committed funding (USD millions)`.
  public var title: String { unit.axisSuffix.isEmpty ? label : "\(label) (\(unit.axisSuffix))" }
}
