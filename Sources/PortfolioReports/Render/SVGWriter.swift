/// A tiny SVG builder: elements with attributes in the order given, every value escaped, one element per line.
struct SVGWriter {
  private(set) var lines: [String] = []

  /// Appends `<name a="v" .../>` or, with content, `<name ...>content</name>` (content is escaped text).
  mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil, tooltip: String? = nil) {
    let attrs = attributes.map { " \($0.0)=\"\(MarkupEscaping.escape($0.1))\"" }.joined()
    if let tooltip {
      lines.append("<\(name)\(attrs)><title>\(MarkupEscaping.escape(tooltip))</title>\(text.map(MarkupEscaping.escape) ?? "")</\(name)>")
    } else if let text {
      lines.append("<\(name)\(attrs)>\(MarkupEscaping.escape(text))</\(name)>")
    } else {
      lines.append("<\(name)\(attrs)/>")
    }
  }

  /// Opens a group `<g ...>`.
  mutating func open(_ name: String, _ attributes: [(String, String)]) {
    let attrs = attributes.map { " \($0.0)=\"\(MarkupEscaping.escape($0.1))\"" }.joined()
    lines.append("<\(name)\(attrs)>")
  }

  /// Closes an element opened with `open`.
  mutating func close(_ name: String) { lines.append("</\(name)>") }

  /// A line from (x1, y1) to (x2, y2) with a CSS class.
  mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String) {
    element("line", [("class", cls), ("x1", c(x1)), ("y1", c(y1)), ("x2", c(x2)), ("y2", c(y2))])
  }

  /// A text at (x, y) with an anchor and a CSS class.
  mutating func text(_ s: String, x: Double, y: Double, anchor: String = "start", cls: String = "tick", extra: [(String, String)] = []) {
    element("text", [("class", cls), ("x", c(x)), ("y", c(y)), ("text-anchor", anchor)] + extra, text: s)
  }

  /// A rectangle with a fill colour and an optional tooltip.
  mutating func rect(_ r: ChartRect, fill: String, cls: String, tooltip: String? = nil, extra: [(String, String)] = []) {
    element(
      "rect", [("class", cls), ("x", c(r.x)), ("y", c(r.y)), ("width", c(max(0, r.width))), ("height", c(max(0, r.height))), ("fill", fill)] + extra,
      tooltip: tooltip)
  }

  /// Formats a coordinate.
  func c(_ v: Double) -> String { MarkupEscaping.coordinate(v) }
}

/// The fixed colours of every chart: the Okabe-Ito colour-blind-safe palette, and the stoplight colours.
enum ChartPalette {
  /// Series colours in order (blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow, grey).
  static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#B8A500", "#6E7781"]
  /// The colour of series `i` (cycling).
  static func color(_ i: Int) -> String { series[i % series.count] }
  /// The fill of a stoplight status.
  static func fill(_ s: Stoplight) -> String {
    switch s {
    case .green: return "#1A7F37"
    case .amber: return "#E3B341"
    case .red: return "#CF222E"
    case .none: return "#D0D7DE"
    }
  }
  /// The text colour that reads on a stoplight fill.
  static func ink(_ s: Stoplight) -> String {
    switch s {
    case .green, .red: return "#FFFFFF"
    case .amber, .none: return "#1F2328"
    }
  }
  /// The fill of a milestone marker.
  static func fill(_ m: MilestoneState) -> String {
    switch m {
    case .planned: return "#FFFFFF"
    case .done: return "#1F2328"
    case .overdue: return "#CF222E"
    case .slipped: return "#E3B341"
    }
  }
}
