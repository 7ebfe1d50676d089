import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A text stream a command writes to (stdout or stderr), and whether it is a terminal.
///
/// Whether the stream is a terminal decides colour and progress output only, never the content of
/// results (DESIGN §6: `table` is the default format either way).
public struct TextOutput: Sendable {
  /// Whether the stream is an interactive terminal.
  public var isTerminal: Bool
  private let sink: @Sendable (String) -> Void

  /// Creates an output that hands every string to `sink`.
  public init(isTerminal: Bool, sink: @escaping @Sendable (String) -> Void) {
    self.isTerminal = isTerminal
    self.sink = sink
  }

  /// Writes `text` as is (no newline added).
  public func write(_ text: String) { sink(text) }

  /// Writes `text` followed by a newline.
  public func line(_ text: String = "") { sink(text + "\n") }

  /// An output that writes to a POSIX file descriptor (1 for stdout, 2 for stderr).
  ///
  /// Writes go straight to the descriptor (no buffering in this process); a failed write, such as a
  /// closed pipe, is dropped silently: the exit status still tells the truth.
  public static func fileDescriptor(_ descriptor: Int32) -> TextOutput {
    TextOutput(isTerminal: isatty(descriptor) == 1) { text in
      var bytes = Array(text.utf8)
      bytes.withUnsafeMutableBytes { buffer in
        guard var pointer = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
          let written = systemWrite(descriptor, pointer, remaining)
          if written < 0 {
            if errno == EINTR { continue }
            return
          }
          remaining -= written
          pointer += written
        }
      }
    }
  }
}

/// A thread-safe text buffer that a capturing `TextOutput` appends to; tests read it afterwards.
public final class OutputCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer = ""

  /// Creates an empty capture.
  public init() {}

  /// Everything written so far.
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return buffer
  }

  /// Appends `text`.
  public func append(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    buffer += text
  }

  /// A `TextOutput` that appends here; `isTerminal` pretends to be (or not be) a terminal.
  public func output(isTerminal: Bool = false) -> TextOutput {
    TextOutput(isTerminal: isTerminal) { [self] text in append(text) }
  }
}

/// The C library's `write(2)`, named apart from `TextOutput.write(_:)`.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, pointer, count)
  #else
    Darwin.write(descriptor, pointer, count)
  #endif
}
