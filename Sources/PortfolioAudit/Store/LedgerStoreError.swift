/// Why a ledger file operation failed. The CLI maps these to exit codes (DESIGN §6): `busy` 75,
/// `needsRepair` and `verificationFailed` 4, `notFound` 66, `alreadyExists` 73, `io` and `syncFailed` 73,
/// `keyMismatch` 64 (the command line must give the key, or drop it).
public enum LedgerStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Another writer held the lock for longer than the timeout.
  case busy(path: String, waitedMilliseconds: Int)
  /// The ledger file does not exist.
  case notFound(path: String)
  /// `create` found a file already there.
  case alreadyExists(path: String)
  /// A system call failed (operation, path, errno).
  case io(operation: String, path: String, errno: Int32)
  /// `fsync` failed: the data may not be on disk. Stop writing (never retry, EVM.md §10).
  case syncFailed(path: String, errno: Int32)
  /// The last write was interrupted; `audit repair` must run before anything is appended.
  case needsRepair(path: String, problem: LedgerProblem)
  /// The ledger does not verify (tampering, or an empty file).
  case verificationFailed(path: String, problem: LedgerProblem)
  /// A write was refused because the store's key does not match the ledger's kind: the ledger is authenticated
  /// (its genesis entry carries a MAC) and no key was given, or it is not and a key was given. Appending anyway
  /// would leave entries that fail verification forever.
  case keyMismatch(path: String, ledgerIsKeyed: Bool)

  /// A lowercase message naming the file.
  public var description: String {
    switch self {
    case .busy(let path, let waited):
      return "\(path): ledger is busy: another writer held the lock for more than \(waited) ms"
    case .notFound(let path): return "\(path): ledger not found (create it with 'dcbplan audit init')"
    case .alreadyExists(let path): return "\(path): a file already exists there"
    case .io(let operation, let path, let code): return "\(path): \(operation) failed: \(SystemError.message(code))"
    case .syncFailed(let path, let code):
      return "\(path): fsync failed (\(SystemError.message(code))): the last write may not be on disk; "
        + "stop writing and check the disk"
    case .needsRepair(let path, let problem): return "\(path): \(problem)"
    case .verificationFailed(let path, let problem): return "\(path): \(problem)"
    case .keyMismatch(let path, let keyed):
      return keyed
        ? "\(path): the ledger is authenticated (its entries carry MACs) but no key was given; give its key with "
          + "--key-file or $DCBPLAN_LEDGER_KEY_FILE"
        : "\(path): the ledger is not authenticated (its entries carry no MACs) but a key was given; write it "
          + "without --key-file and $DCBPLAN_LEDGER_KEY_FILE"
    }
  }
}
