import Foundation
import Testing

@testable import PlannerCLI

/// A monotonic clock the test advances by hand.
private final class ManualClock: @unchecked Sendable {
  private let lock = NSLock()
  private var nanoseconds: UInt64 = 0
  func advance(seconds: Double) {
    lock.lock()
    nanoseconds += UInt64(seconds * 1e9)
    lock.unlock()
  }
  var clock: CommandClock {
    CommandClock(now: { Date(timeIntervalSince1970: 0) }) { [self] in
      lock.lock()
      defer { lock.unlock() }
      return nanoseconds
    }
  }
}

@Suite("Progress bar", .tags(.small))
struct ProgressBarTests {
  @Test("Renders count, bar, rate and ETA")
  func rendersFrame() {
    let frame = ProgressBar.render(label: "sweep", completed: 25, total: 100, unit: "", elapsed: 5, width: 10)
    #expect(frame == "sweep  [##........]  25/100  5.0/s  ETA 0:15")
    let done = ProgressBar.render(label: "sweep", completed: 100, total: 100, unit: "", elapsed: 65, width: 4)
    #expect(done == "sweep  [####]  100/100  1.5/s  done in 1:05")
  }

  @Test("Without a total shows the count, the rate per unit and the elapsed time")
  func rendersOpenEnded() {
    let frame = ProgressBar.render(
      label: "solving", completed: 1200, total: nil, unit: "nodes", elapsed: 3.5, width: 10, detail: "gap 1.2%")
    #expect(frame == "solving  1200 nodes  343 nodes/s  0:03  gap 1.2%")
  }

  @Test("Formats durations and rates")
  func formats() {
    #expect(ProgressBar.formatDuration(7) == "0:07")
    #expect(ProgressBar.formatDuration(754) == "12:34")
    #expect(ProgressBar.formatDuration(3723) == "1:02:03")
    #expect(ProgressBar.formatDuration(.infinity) == "0:00")
    #expect(ProgressBar.formatRate(0) == "0")
    #expect(ProgressBar.formatRate(3.44) == "3.4")
    #expect(ProgressBar.formatRate(99.96) == "100.0")
    #expect(ProgressBar.formatRate(1234.4) == "1234")
  }

  @Test("Draws nothing when stderr is not a terminal or --quiet is given")
  func silentWhenNotTerminal() {
    let (plain, _, plainErr) = CommandContext.capturing(workingDirectory: URL(fileURLWithPath: "/"))
    let bar = ProgressBar(label: "x", total: 10, context: plain, quiet: false)
    bar.update(completed: 5)
    bar.finish()
    #expect(!bar.isEnabled)
    #expect(plainErr.text.isEmpty)
    let (terminal, _, terminalErr) = CommandContext.capturing(
      workingDirectory: URL(fileURLWithPath: "/"), terminal: true)
    let quiet = ProgressBar(label: "x", total: 10, context: terminal, quiet: true)
    quiet.update(completed: 5)
    #expect(terminalErr.text.isEmpty)
  }

  @Test("At a terminal waits for the delay, throttles redraws and clears the line at the end")
  func drawsAtTerminal() {
    let manual = ManualClock()
    let (context, out, err) = CommandContext.capturing(
      workingDirectory: URL(fileURLWithPath: "/"), clock: manual.clock, terminal: true)
    let bar = ProgressBar(label: "run", total: 4, context: context, quiet: false, delay: 1, width: 4)
    bar.update(completed: 1)
    #expect(err.text.isEmpty)
    manual.advance(seconds: 2)
    bar.update(completed: 2)
    let first = "\rrun  [##..]  2/4  1.0/s  ETA 0:02"
    #expect(err.text == first)
    bar.update(completed: 3)
    #expect(err.text == first)
    manual.advance(seconds: 0.5)
    bar.update(completed: 3)
    let second = "\rrun  [###.]  3/4  1.2/s  ETA 0:00"
    #expect(err.text == first + second)
    bar.finish()
    #expect(err.text == first + second + "\r" + String(repeating: " ", count: second.count - 1) + "\r")
    #expect(out.text.isEmpty)
  }
}
