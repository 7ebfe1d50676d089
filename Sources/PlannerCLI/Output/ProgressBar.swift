import Foundation

/// A progress bar (or, without a known total, a progress line) on stderr for long runs.
///
/// It draws only when stderr is a terminal and `--quiet` was not given (DESIGN §6); otherwise every
/// call is a no-op, so piped output and logs stay clean. It redraws in place with a carriage return at
/// most every `minimumInterval` seconds, shows `count/total`, the rate per second and an ETA, and
/// can wait `delay` seconds before drawing anything (so a solve that ends in under a second prints
/// nothing). `finish()` clears the line.
///
/// Thread-safe: a solver may report from its progress callback.
public final class ProgressBar: @unchecked Sendable {
  /// Whether anything will be drawn.
  public let isEnabled: Bool
  private let output: TextOutput
  private let clock: CommandClock
  private let label: String
  private let total: Int?
  private let unit: String
  private let delay: Double
  private let minimumInterval: Double
  private let width: Int
  private let start: UInt64
  private let lock = NSLock()
  private var lastDraw: Double?
  private var drawnWidth = 0

  /// Creates a bar for a run of `total` steps (`nil`: unknown total, count and rate only).
  ///
  /// - Parameters:
  ///   - label: a short word in front of the bar ("solving", "sweep").
  ///   - total: the number of steps, or `nil`.
  ///   - unit: what a step is called in the rate ("nodes" gives `120 nodes/s`).
  ///   - context: supplies stderr, whether it is a terminal, and the clock.
  ///   - quiet: `--quiet`; disables the bar.
  ///   - delay: seconds to wait before the first draw.
  ///   - minimumInterval: seconds between redraws.
  ///   - width: characters of the bar itself.
  public init(
    label: String, total: Int?, unit: String = "", context: CommandContext, quiet: Bool, delay: Double = 0,
    minimumInterval: Double = 0.1, width: Int = 24
  ) {
    self.isEnabled = context.stderr.isTerminal && !quiet
    self.output = context.stderr
    self.clock = context.clock
    self.label = label
    self.total = total
    self.unit = unit
    self.delay = delay
    self.minimumInterval = minimumInterval
    self.width = width
    self.start = context.clock.monotonicNanoseconds()
  }

  /// Reports that `completed` steps are done, with an optional short `detail` ("gap 0.4%").
  public func update(completed: Int, detail: String = "") {
    guard isEnabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let elapsed = clock.secondsSince(start)
    guard elapsed >= delay else { return }
    if let lastDraw, elapsed - lastDraw < minimumInterval, completed != total { return }
    lastDraw = elapsed
    draw(Self.render(
      label: label, completed: completed, total: total, unit: unit, elapsed: elapsed, width: width, detail: detail))
  }

  /// Clears the line, if anything was drawn.
  public func finish() {
    guard isEnabled else { return }
    lock.lock()
    defer { lock.unlock() }
    guard drawnWidth > 0 else { return }
    output.write("\r" + String(repeating: " ", count: drawnWidth) + "\r")
    drawnWidth = 0
  }

  private func draw(_ text: String) {
    let padding = max(0, drawnWidth - text.count)
    output.write("\r" + text + String(repeating: " ", count: padding))
    drawnWidth = text.count
  }

  /// The text of one frame: `label [#####.....] 12/100  3.4/s  ETA 0:25  detail`.
  ///
  /// - Parameters:
  ///   - elapsed: seconds since the start; the rate is `completed / elapsed`.
  /// - Returns: one line without a newline.
  public static func render(
    label: String, completed: Int, total: Int?, unit: String, elapsed: Double, width: Int, detail: String = ""
  ) -> String {
    var parts: [String] = [label]
    let rate = elapsed > 0 ? Double(completed) / elapsed : 0
    if let total, total > 0 {
      let fraction = min(1, max(0, Double(completed) / Double(total)))
      let filled = Int((fraction * Double(width)).rounded(.down))
      parts.append("[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]")
      parts.append("\(completed)/\(total)")
    } else {
      parts.append("\(completed)" + (unit.isEmpty ? "" : " \(unit)"))
    }
    parts.append(formatRate(rate) + (unit.isEmpty ? "/s" : " \(unit)/s"))
    if let total, total > 0 {
      if completed >= total {
        parts.append("done in \(formatDuration(elapsed))")
      } else if rate > 0 {
        parts.append("ETA \(formatDuration(Double(total - completed) / rate))")
      } else {
        parts.append("ETA --:--")
      }
    } else {
      parts.append(formatDuration(elapsed))
    }
    if !detail.isEmpty { parts.append(detail) }
    return parts.joined(separator: "  ")
  }

  /// `0:07`, `12:34`, `1:02:03` for seconds (rounded down).
  public static func formatDuration(_ seconds: Double) -> String {
    let total = seconds.isFinite ? Int(max(0, seconds)) : 0
    let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
    let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    if hours > 0 { return "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" }
    return "\(minutes):\(twoDigits(secs))"
  }

  /// A rate with one decimal below 100 and none above (`3.4`, `120`).
  public static func formatRate(_ rate: Double) -> String {
    guard rate.isFinite, rate > 0 else { return "0" }
    if rate >= 100 { return "\(Int(rate.rounded()))" }
    let tenths = Int((rate * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
