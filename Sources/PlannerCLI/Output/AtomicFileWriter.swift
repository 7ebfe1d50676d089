import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole file atomically: readers see the old file or the new one, never a mix (DESIGN §6).
///
/// Steps: create a temporary file in the same directory (`.NAME.XXXXXX`, so the rename stays on one
/// file system), write every byte, `fsync` it, give it the old file's permissions (or `0644`), `rename`
/// it over the destination, then `fsync` the directory so the rename itself is durable. On any
/// failure the temporary file is removed and the existing destination is left untouched.
public enum AtomicFileWriter {
  /// Writes `contents` to `url`.
  ///
  /// - Throws: `CLIError.cannotWrite` naming the path and the failing step (exit 73).
  public static func write(_ contents: some Collection<UInt8>, to url: URL) throws(CLIError) {
    try write(contents, to: url, beforeRename: {})
  }

  /// `write(_:to:)` with a hook run after the temporary file is complete and before the rename;
  /// tests make it throw to check that a failure leaves the destination untouched.
  static func write(
    _ contents: some Collection<UInt8>, to url: URL, beforeRename: () throws(CLIError) -> Void
  ) throws(CLIError) {
    let path = url.path
    let directory = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    guard !name.isEmpty, name != "/" else { throw .cannotWrite(path: path, reason: "not a file name") }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .cannotWrite(path: path, reason: "is a directory")
    }
    // `out/` names a folder even when none is there yet: writing a file named `out` would surprise.
    guard !url.hasDirectoryPath else { throw .cannotWrite(path: path + "/", reason: "names a folder, not a file") }
    var template = Array("\(directory)/.\(name).XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: "cannot create a file in \(directory): \(errorText())") }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var closed = false
    do throws(CLIError) {
      try writeAll(Array(contents), to: descriptor, path: path)
      guard fsync(descriptor) == 0 else { throw .cannotWrite(path: path, reason: "fsync failed: \(errorText())") }
      var status = stat()
      let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
      guard fchmod(descriptor, mode) == 0 else {
        throw .cannotWrite(path: path, reason: "cannot set permissions: \(errorText())")
      }
      closed = true
      guard close(descriptor) == 0 else { throw .cannotWrite(path: path, reason: "close failed: \(errorText())") }
      try beforeRename()
      guard rename(temporary, path) == 0 else {
        throw .cannotWrite(path: path, reason: "cannot replace the file: \(errorText())")
      }
    } catch {
      if !closed { close(descriptor) }
      unlink(temporary)
      throw error
    }
    syncDirectory(directory)
  }

  /// Writes `text` as UTF-8 to `url`, atomically.
  ///
  /// - Throws: `CLIError.cannotWrite` (exit 73).
  public static func write(text: String, to url: URL) throws(CLIError) {
    try write(Array(text.utf8), to: url)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(CLIError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        #if canImport(Glibc)
          return Glibc.write(descriptor, base + offset, bytes.count - offset)
        #else
          return Darwin.write(descriptor, base + offset, bytes.count - offset)
        #endif
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .cannotWrite(path: path, reason: "write failed: \(errorText())")
      }
      offset += written
    }
  }

  /// Makes the rename durable; a directory that cannot be opened or synced is not an error
  /// (some file systems refuse it), since the file itself is already complete.
  private static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
  }

  private static func errorText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
