/// How `dcbplan` ends: exactly the exit codes of DESIGN §6, documented in the README.
public enum ExitStatus: Int32, Sendable, CaseIterable, CustomStringConvertible {
  /// 0: the command did what was asked (for a solve: proven optimal within the gap).
  case success = 0
  /// 2: the model or plan is infeasible (for `plan`, the conflicting constraints are named).
  case infeasible = 2
  /// 3: a node, gap or time limit stopped the solver before optimality was proven.
  case limitReached = 3
  /// 4: the ledger failed verification, or an interrupted write needs `audit repair`.
  case ledgerVerificationFailed = 4
  /// 5: the model is unbounded.
  case unbounded = 5
  /// 64: the command line is wrong (unknown command or option, missing or bad value).
  case usageError = 64
  /// 65: the input data is invalid (validation found errors).
  case invalidData = 65
  /// 66: an input file or folder does not exist or cannot be read.
  case missingInput = 66
  /// 73: the output file cannot be written (an existing file is left untouched).
  case cannotWriteOutput = 73
  /// 75: the ledger is locked by another writer beyond the wait timeout.
  case ledgerBusy = 75

  /// The process exit code.
  public var code: Int32 { rawValue }

  /// The README's wording for the code.
  public var description: String {
    switch self {
    case .success: "success"
    case .infeasible: "infeasible: no plan or solution satisfies every constraint"
    case .limitReached: "a limit stopped the solver before optimality was proven"
    case .ledgerVerificationFailed: "ledger verification failed, or an interrupted write needs repair"
    case .unbounded: "unbounded: the objective can improve without limit"
    case .usageError: "usage error"
    case .invalidData: "invalid input data"
    case .missingInput: "input file missing"
    case .cannotWriteOutput: "output cannot be written"
    case .ledgerBusy: "ledger busy (lock timeout)"
    }
  }
}
