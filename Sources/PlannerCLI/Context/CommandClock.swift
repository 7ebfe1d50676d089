import Dispatch
import Foundation

/// The clock a command may read: wall time (for logs such as the ledger's `time`) and a monotonic
/// counter (for progress rates and elapsed seconds).
///
/// Results never depend on it: reports take their dates from `--as-of` (DESIGN §6). Tests inject a fixed
/// clock so any time that is printed is reproducible.
public struct CommandClock: Sendable {
  /// The current wall-clock time.
  public var now: @Sendable () -> Date
  /// A monotonic time in nanoseconds since an arbitrary origin; only differences mean anything.
  public var monotonicNanoseconds: @Sendable () -> UInt64

  /// Creates a clock from two closures.
  public init(now: @escaping @Sendable () -> Date, monotonicNanoseconds: @escaping @Sendable () -> UInt64) {
    self.now = now
    self.monotonicNanoseconds = monotonicNanoseconds
  }

  /// The system clock (wall time and `DispatchTime` uptime).
  public static let system = CommandClock(
    now: { Date() }, monotonicNanoseconds: { DispatchTime.now().uptimeNanoseconds })

  /// A clock stopped at `date` whose monotonic counter never advances (elapsed time is always 0).
  public static func fixed(_ date: Date) -> CommandClock {
    CommandClock(now: { date }, monotonicNanoseconds: { 0 })
  }

  /// Seconds elapsed since `start`, a value of `monotonicNanoseconds()` read earlier.
  public func secondsSince(_ start: UInt64) -> Double {
    let now = monotonicNanoseconds()
    return now >= start ? Double(now - start) / 1e9 : 0
  }
}
