import Dispatch
import Synchronization

/// Runs independent solves on every core with results stored by index, so the output never depends on
/// the number of threads or on which thread finished first.
enum AnalysisParallel {
  /// `body(0) ... body(count − 1)`, concurrently, in index order. The first error (lowest index) is rethrown.
  static func map<T: Sendable>(count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
    guard count > 0 else { return [] }
    let slots = Mutex<[Result<T, any Error>?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
      let outcome = Result<T, any Error> { try body(index) }
      slots.withLock { $0[index] = outcome }
    }
    let results = slots.withLock { $0 }
    var values: [T] = []
    values.reserveCapacity(count)
    for slot in results {
      guard let slot else { throw PlanningError.unusableInputs("a parallel solve did not report") }
      values.append(try slot.get())
    }
    return values
  }

  /// Splits `0..<count` into `parts` interleaved index lists (`part, part + parts, ...`), fixed by `count`
  /// and `parts` only: for sequences whose neighbours differ in difficulty, so each part gets its share.
  static func strides(_ count: Int, into parts: Int) -> [[Int]] {
    guard count > 0 else { return [] }
    let used = max(1, min(parts, count))
    return (0..<used).map { part in Array(stride(from: part, to: count, by: used)) }
  }

  /// Splits `0..<count` into `chunks` contiguous ranges of nearly equal size (fixed by `count` and
  /// `chunks` only, never by the machine), for sequences whose solves warm-start from their neighbour.
  static func chunks(_ count: Int, into chunks: Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let parts = max(1, min(chunks, count))
    var ranges: [Range<Int>] = []
    var start = 0
    for part in 0..<parts {
      let size = count / parts + (part < count % parts ? 1 : 0)
      ranges.append(start..<(start + size))
      start += size
    }
    return ranges
  }
}

/// Counts completed steps across threads and forwards the count to a progress callback.
final class AnalysisProgress: Sendable {
  private let done = Atomic<Int>(0)
  private let total: Int
  private let report: (@Sendable (Int, Int) -> Void)?

  init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
    self.total = total
    self.report = report
  }

  /// One more step done.
  func step() {
    let count = done.add(1, ordering: .relaxed).newValue
    report?(count, total)
  }
}

/// A progress callback of the analyses: `(completed, total)` steps, called from any thread.
public typealias AnalysisProgressHandler = @Sendable (_ completed: Int, _ total: Int) -> Void
