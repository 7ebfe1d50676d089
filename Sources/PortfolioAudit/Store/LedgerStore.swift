#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Hashing

/// The ledger file on disk: one writer at a time, append-only, durable once acknowledged (DESIGN §5).
///
/// Crash model (tested by killing writer processes):
/// - `append` takes an exclusive `flock`, reads and verifies the whole file, writes the new line and its newline
///   with one `write` call at the end of the file (O_APPEND), then `fsync`s, and only then returns the entry.
///   A returned entry is therefore on stable storage: an acknowledged append is never lost.
/// - A crash before the `fsync` completes can leave nothing, the whole line, or a prefix of it (or zero bytes
///   where the file grew before its data reached the disk). A prefix has no newline, and zeros do not parse;
///   either is reported as an interrupted write (``LedgerVerifier``); `repair` removes it and appends a `repair`
///   entry that records how many bytes with which SHA-256 were removed. Nothing else is ever truncated: a
///   complete last line that no longer parses is tampering, so `repair` never removes an acknowledged entry.
/// - `create` writes the genesis line to a temporary file in the same directory, `fsync`s it, links it to the
///   final name (which fails if a file is already there), then `fsync`s the directory: a ledger either exists
///   complete with its genesis entry or not at all.
/// - A failed `fsync` is reported (``LedgerStoreError/syncFailed(path:errno:)``) and never retried.
///
/// Locks are `flock` locks on the ledger file itself, so they exclude other processes and other threads that
/// open the file separately. Readers take a shared lock, so they never see a write in progress.
public struct LedgerStore: Sendable {
  /// The ledger file's path.
  public let path: String
  /// The raw MAC key, or `nil` for an unauthenticated (but still chained and tamper-evident) ledger.
  public let key: [UInt8]?
  /// How long to wait for the lock before failing with `busy`, in milliseconds.
  public var lockTimeoutMilliseconds: Int
  /// How often to retry the lock while waiting, in milliseconds.
  public var lockPollMilliseconds: Int

  /// A store for the ledger at `path`.
  public init(path: String, key: [UInt8]? = nil, lockTimeoutMilliseconds: Int = 10_000, lockPollMilliseconds: Int = 5) {
    self.path = path
    self.key = key
    self.lockTimeoutMilliseconds = lockTimeoutMilliseconds
    self.lockPollMilliseconds = lockPollMilliseconds
  }

  /// Creates the ledger file with its genesis entry.
  ///
  /// - Throws: `alreadyExists` when a file is already at `path`; `io` or `syncFailed`.
  @discardableResult
  public func create(ledgerID: String, time: LedgerTime, author: String) throws(LedgerStoreError) -> Ledger {
    let ledger = Ledger.create(ledgerID: ledgerID, time: time, author: author, key: key)
    var bytes = ledger.lines[0]
    bytes.append(0x0A)
    let temporary = "\(LedgerFile.directory(of: path))/.\(fileName).init-\(getpid())"
    _ = unlink(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .io(operation: "create", path: temporary, errno: errno) }
    let file = LedgerFile(descriptor: descriptor, path: temporary)
    do {
      try file.writeAll(bytes)
      try file.sync()
      file.release()
    } catch {
      file.release()
      _ = unlink(temporary)
      throw error
    }
    defer { _ = unlink(temporary) }
    guard link(temporary, path) == 0 else {
      let code = errno
      if code == EEXIST { throw .alreadyExists(path: path) }
      throw .io(operation: "link", path: path, errno: code)
    }
    try LedgerFile.syncDirectory(of: path)
    return ledger
  }

  /// Reads and verifies the ledger under a shared lock. Problems are in the result, not thrown.
  ///
  /// - Throws: `notFound`, `busy`, `io`.
  public func read() throws(LedgerStoreError) -> LedgerVerification {
    let file = try LedgerFile.openFile(path, writable: false)
    defer { file.release() }
    try file.lock(exclusive: false, timeoutMilliseconds: lockTimeoutMilliseconds, pollMilliseconds: lockPollMilliseconds)
    return LedgerVerifier.verify(try file.readAll(), key: key)
  }

  /// Appends one event and returns the entry once it is on stable storage.
  ///
  /// - Throws: `needsRepair` after an interrupted write, `verificationFailed` when the ledger does not verify,
  ///   `keyMismatch` when the store has a key and the ledger has no MACs or the reverse, `busy`, `notFound`, `io`,
  ///   `syncFailed`.
  @discardableResult
  public func append(_ event: LedgerEvent, time: LedgerTime, author: String) throws(LedgerStoreError) -> LedgerEntry {
    try append([event], time: time, author: author)[0]
  }

  /// Appends several events in order under one lock, with one `fsync` at the end, and returns their entries.
  ///
  /// The lines go out in a single `write`; after a crash a prefix of them may be present, the last possibly torn.
  public func append(_ events: [LedgerEvent], time: LedgerTime, author: String) throws(LedgerStoreError) -> [LedgerEntry] {
    try withExclusiveLock { file, verification throws(LedgerStoreError) in
      if let problem = verification.problem {
        if case .interruptedWrite = problem { throw .needsRepair(path: path, problem: problem) }
        throw .verificationFailed(path: path, problem: problem)
      }
      var ledger = verification.ledger
      var bytes: [UInt8] = []
      var entries: [LedgerEntry] = []
      for event in events {
        let entry = ledger.append(event, time: time, author: author, key: key)
        bytes.append(contentsOf: ledger.lines[entry.seq])
        bytes.append(0x0A)
        entries.append(entry)
      }
      try file.writeAll(bytes)
      try file.sync()
      return entries
    }
  }

  /// Removes the partial line an interrupted write left, then appends a `repair` entry recording it.
  ///
  /// - Returns: the repair entry, or `nil` when there was nothing to repair.
  /// - Throws: `verificationFailed` when the ledger is tampered or empty (that is not repairable), `keyMismatch`
  ///   (as `append`), `busy`, `io`, `syncFailed`.
  @discardableResult
  public func repair(time: LedgerTime, author: String) throws(LedgerStoreError) -> LedgerEntry? {
    try withExclusiveLock { file, verification throws(LedgerStoreError) in
      guard let problem = verification.problem else { return nil }
      guard case .interruptedWrite(let tail) = problem, verification.ledger.count > 0 else {
        throw .verificationFailed(path: path, problem: problem)
      }
      let bytes = try file.readAll()
      let removed = Array(bytes[tail.offset...])
      try file.truncate(to: tail.offset)
      try file.sync()
      var ledger = verification.ledger
      let event = RepairEvent(
        reason: tail.reason, removedBytes: removed.count, removedSHA256: SHA256.hash(removed).hex)
      let entry = ledger.append(.repair(event), time: time, author: author, key: key)
      var line = ledger.lines[entry.seq]
      line.append(0x0A)
      try file.writeAll(line)
      try file.sync()
      return entry
    }
  }

  private var fileName: String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  private func withExclusiveLock<Result>(
    _ body: (LedgerFile, LedgerVerification) throws(LedgerStoreError) -> Result
  ) throws(LedgerStoreError) -> Result {
    let file = try LedgerFile.openFile(path, writable: true)
    defer { file.release() }
    try file.lock(exclusive: true, timeoutMilliseconds: lockTimeoutMilliseconds, pollMilliseconds: lockPollMilliseconds)
    let bytes = try file.readAll()
    if let keyed = Self.isAuthenticated(bytes), keyed != (key != nil) {
      throw .keyMismatch(path: path, ledgerIsKeyed: keyed)
    }
    return try body(file, LedgerVerifier.verify(bytes, key: key))
  }

  /// Whether the ledger in `bytes` is authenticated: its first line decodes and carries a MAC (every later entry
  /// must then carry one too). `nil` when the first line is missing or does not decode (verification says why).
  static func isAuthenticated(_ bytes: [UInt8]) -> Bool? {
    guard let newline = bytes.firstIndex(of: 0x0A), let genesis = try? LedgerEntry.decode(line: Array(bytes[..<newline]))
    else { return nil }
    return genesis.mac != nil
  }
}
