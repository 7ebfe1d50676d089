import Foundation
import PortfolioAudit
import PortfolioDomain

/// What every `audit` subcommand shares: the ledger path and key (DESIGN §5), the author, the entry time, the
/// lock wait, and the mapping of ledger errors to exit codes (DESIGN §6).
struct AuditLedgerOptions: Sendable {
  /// `--ledger FILE`, else `DCBPLAN_LEDGER`, else `dcb-ledger.jsonl` in the working directory.
  var ledger: String?
  /// `--key-file FILE`, else `DCBPLAN_LEDGER_KEY_FILE`; the file's raw bytes are the HMAC key.
  var keyFile: String?
  /// `--wait SECONDS`: how long to wait for another writer's lock before exiting 75.
  var waitSeconds: Double

  static let defaultLedger = "dcb-ledger.jsonl"

  static let arguments: [ArgumentSpec] = [
    .option("ledger", value: "FILE", help: "The ledger (default: $DCBPLAN_LEDGER, else ./dcb-ledger.jsonl)."),
    .option(
      "key-file", value: "FILE",
      help: "Raw HMAC key for entry MACs (default: $DCBPLAN_LEDGER_KEY_FILE; none: unauthenticated)."),
    .option("wait", value: "SECONDS", help: "How long to wait for another writer's lock (default 10); then exit 75."),
  ]

  /// Options for commands that write entries: `--author`, `--time`.
  static let writerArguments: [ArgumentSpec] = [
    .option("author", value: "NAME", help: "Who writes the entry (default: $DCBPLAN_AUTHOR, else $USER)."),
    .option("time", value: "TIME", help: "Entry time YYYY-MM-DDTHH:MM:SSZ (default: now, UTC)."),
  ]

  init(parsing arguments: ParsedArguments) throws {
    ledger = arguments.value("ledger")
    keyFile = arguments.value("key-file")
    waitSeconds = try arguments.number("wait", in: 0...3600) ?? 10
  }

  /// The ledger's URL.
  func ledgerURL(in context: CommandContext) -> URL {
    let path = ledger ?? context.environment["DCBPLAN_LEDGER"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultLedger
    return context.resolve(path)
  }

  /// The key's bytes, or `nil` when no key is configured.
  ///
  /// - Throws: `CLIError.missingInput` when the key file cannot be read or is empty.
  func key(in context: CommandContext) throws(CLIError) -> [UInt8]? { try Self.key(file: keyFile, in: context) }

  /// The bytes of the key file `file`, else of `$DCBPLAN_LEDGER_KEY_FILE`; `nil` when neither is set. `report`
  /// reads its `--key-file` through this too.
  ///
  /// - Throws: `CLIError.missingInput` when the key file cannot be read or is empty.
  static func key(file: String?, in context: CommandContext) throws(CLIError) -> [UInt8]? {
    guard let path = file ?? context.environment["DCBPLAN_LEDGER_KEY_FILE"].flatMap({ $0.isEmpty ? nil : $0 })
    else { return nil }
    let url = context.resolve(path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .missingInput(path: DataLocator.display(url, in: context), reason: "key file cannot be read")
    }
    guard !data.isEmpty else { throw .missingInput(path: DataLocator.display(url, in: context), reason: "key file is empty") }
    return Array(data)
  }

  /// The store for the ledger, with the key and lock wait.
  func store(in context: CommandContext) throws(CLIError) -> LedgerStore {
    LedgerStore(
      path: ledgerURL(in: context).path, key: try key(in: context),
      lockTimeoutMilliseconds: Int(waitSeconds * 1000), lockPollMilliseconds: 5)
  }

  /// The ledger path as a user would type it.
  func display(in context: CommandContext) -> String { DataLocator.display(ledgerURL(in: context), in: context) }
}

/// Who and when, for commands that write entries.
struct AuditWriterOptions: Sendable {
  var author: String?
  var time: LedgerTime?

  init(parsing arguments: ParsedArguments) throws {
    author = arguments.value("author")
    if let text = arguments.value("time") {
      guard let time = LedgerTime(text) else {
        throw UsageError.invalidValue(option: "time", value: text, reason: "expected a UTC time YYYY-MM-DDTHH:MM:SSZ")
      }
      self.time = time
    }
  }

  func author(in context: CommandContext) -> String {
    author ?? context.environment["DCBPLAN_AUTHOR"].flatMap { $0.isEmpty ? nil : $0 }
      ?? context.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
  }

  func time(in context: CommandContext) -> LedgerTime {
    time ?? LedgerTime(secondsSince1970: Int64(context.clock.now().timeIntervalSince1970.rounded(.down)))
  }
}

/// Mapping of ledger outcomes to diagnostics and exit codes.
enum AuditOutcome {
  /// Runs `body`, turning ledger store errors into DESIGN §6 exit codes: busy 75, verification or repair
  /// needed 4, missing ledger 66, unwritable 73, a key given to an unauthenticated ledger or missing for an
  /// authenticated one 64.
  static func run(in context: CommandContext, _ body: () throws -> ExitStatus) throws -> ExitStatus {
    do {
      return try body()
    } catch let error as LedgerStoreError {
      switch error {
      case .busy:
        context.diagnostics.error(error.description)
        return .ledgerBusy
      case .needsRepair:
        context.diagnostics.error(error.description)
        context.diagnostics.note("nothing was appended; run 'dcbplan audit repair' first")
        return .ledgerVerificationFailed
      case .verificationFailed:
        context.diagnostics.error(error.description)
        return .ledgerVerificationFailed
      case .keyMismatch:
        context.diagnostics.error(error.description)
        context.diagnostics.note("nothing was written")
        return .usageError
      case .notFound(let path):
        throw CLIError.missingInput(path: path, reason: "ledger not found (create it with 'dcbplan audit init')")
      case .alreadyExists(let path):
        throw CLIError.cannotWrite(path: path, reason: "a file already exists there; a ledger is never overwritten")
      case .io(let operation, let path, _) where ["open", "read", "seek", "flock"].contains(operation):
        // The ledger could not be read (or locked for reading): an input problem, not an output one.
        throw CLIError.missingInput(path: path, reason: error.description)
      case .io(_, let path, _), .syncFailed(let path, _):
        throw CLIError.cannotWrite(path: path, reason: error.description)
      }
    }
  }

  /// Reads and verifies the ledger; prints the problem and returns exit 4 when it does not verify.
  static func verified(_ store: LedgerStore, in context: CommandContext) throws -> (LedgerVerification, ExitStatus?) {
    let verification = try store.read()
    if let problem = verification.problem {
      context.diagnostics.error("\(DataLocator.display(URL(fileURLWithPath: store.path), in: context)): \(problem)")
      return (verification, .ledgerVerificationFailed)
    }
    return (verification, nil)
  }
}

/// Parses `--amount` values: dollars with at most two decimals, optionally negative (`1250000`, `-300.5`).
enum AuditAmount {
  static func parse(_ text: String) -> Money? {
    var body = Substring(text)
    var negative = false
    if body.hasPrefix("-") {
      negative = true
      body = body.dropFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 13,
      whole.allSatisfy(\.isASCII), let dollars = Int64(whole), dollars >= 0
    else { return nil }
    var cents: Int64 = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(fraction)
      else { return nil }
      cents = fraction.count == 1 ? value * 10 : value
    }
    let total = dollars * 100 + cents
    return Money(cents: negative ? -total : total)
  }
}
