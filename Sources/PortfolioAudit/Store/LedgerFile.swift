#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open ledger file descriptor with the few system calls the store needs. Closed by ``release()``.
struct LedgerFile {
  let descriptor: Int32
  let path: String

  /// Opens an existing file for reading and appending.
  static func openFile(_ path: String, writable: Bool) throws(LedgerStoreError) -> LedgerFile {
    let flags = writable ? (O_RDWR | O_APPEND | O_CLOEXEC) : (O_RDONLY | O_CLOEXEC)
    let descriptor = open(path, flags, 0)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT { throw .notFound(path: path) }
      throw .io(operation: "open", path: path, errno: code)
    }
    return LedgerFile(descriptor: descriptor, path: path)
  }

  func release() { _ = close(descriptor) }

  /// Takes an exclusive (writers) or shared (readers) `flock`, polling every `pollMilliseconds` for at most
  /// `timeoutMilliseconds` (counted in polls, so the library never reads the clock).
  func lock(exclusive: Bool, timeoutMilliseconds: Int, pollMilliseconds: Int) throws(LedgerStoreError) {
    let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
    let attempts = max(1, timeoutMilliseconds / max(1, pollMilliseconds) + 1)
    for attempt in 0..<attempts {
      if flock(descriptor, operation) == 0 { return }
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else { throw .io(operation: "flock", path: path, errno: code) }
      if attempt + 1 < attempts { usleep(useconds_t(max(1, pollMilliseconds) * 1000)) }
    }
    throw .busy(path: path, waitedMilliseconds: timeoutMilliseconds)
  }

  /// The whole file's bytes.
  func readAll() throws(LedgerStoreError) -> [UInt8] {
    guard lseek(descriptor, 0, SEEK_SET) >= 0 else { throw .io(operation: "seek", path: path, errno: errno) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(operation: "read", path: path, errno: errno)
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Writes all of `bytes` (at the end: the file is opened with O_APPEND), retrying short writes.
  func writeAll(_ bytes: [UInt8]) throws(LedgerStoreError) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(operation: "write", path: path, errno: errno)
      }
      written += count
    }
  }

  /// Forces the file's data to stable storage (`F_FULLFSYNC` on Darwin, `fsync` elsewhere).
  func sync() throws(LedgerStoreError) {
    #if canImport(Darwin)
      if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
    #endif
    guard fsync(descriptor) == 0 else { throw .syncFailed(path: path, errno: errno) }
  }

  /// Cuts the file to `length` bytes.
  func truncate(to length: Int) throws(LedgerStoreError) {
    guard ftruncate(descriptor, off_t(length)) == 0 else { throw .io(operation: "truncate", path: path, errno: errno) }
  }

  /// Syncs the directory holding `path`, so a newly created or renamed entry is durable (EVM.md §10). Systems
  /// that cannot sync a directory (EINVAL) are tolerated, as SQLite does.
  static func syncDirectory(of path: String) throws(LedgerStoreError) {
    let directory = LedgerFile.directory(of: path)
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC, 0)
    guard descriptor >= 0 else { throw .io(operation: "open directory", path: directory, errno: errno) }
    defer { _ = close(descriptor) }
    if fsync(descriptor) != 0 && errno != EINVAL { throw .syncFailed(path: directory, errno: errno) }
  }

  /// The directory part of `path` (`.` when there is none).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
