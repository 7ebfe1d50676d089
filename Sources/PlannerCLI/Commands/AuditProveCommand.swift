import Hashing
import PortfolioAudit

/// `dcbplan audit prove --from SIZE:ROOT` (consistency) or `--entry SEQ --at SIZE:ROOT` (inclusion).
struct AuditProveCommand: Command {
  static let name = "prove"
  static let abstract = "Prove the ledger extends a kept checkpoint, or that one entry is in it."
  static let discussion = """
    --from SIZE:HEXROOT   RFC 6962 consistency proof from that checkpoint to the ledger now.
    --entry SEQ --at SIZE:HEXROOT   inclusion proof of entry SEQ (0-based) under that checkpoint.
    Prints the proof's hashes and 'verified', or exits 4 saying why it fails.
    """
  static let arguments: [ArgumentSpec] =
    AuditLedgerOptions.arguments + [
      .option("from", value: "SIZE:HEXROOT", help: "A checkpoint the ledger must extend."),
      .option("entry", value: "SEQ", help: "The entry to prove (0-based seq)."),
      .option("at", value: "SIZE:HEXROOT", help: "The checkpoint the entry must be in."),
    ]

  var ledger: AuditLedgerOptions
  var from: LedgerCheckpoint?
  var entry: Int?
  var at: LedgerCheckpoint?

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
    from = try Self.checkpoint(arguments, "from")
    at = try Self.checkpoint(arguments, "at")
    entry = try arguments.integer("entry")
  }

  static func checkpoint(_ arguments: ParsedArguments, _ name: String) throws -> LedgerCheckpoint? {
    guard let text = arguments.value(name) else { return nil }
    guard let checkpoint = LedgerCheckpoint(text) else {
      throw UsageError.invalidValue(option: name, value: text, reason: "expected SIZE:HEXROOT (64 hex digits)")
    }
    return checkpoint
  }

  func validate() throws {
    switch (from, entry, at) {
    case (.some, nil, nil), (nil, .some, .some): return
    default: throw UsageError.conflict("give either --from SIZE:HEXROOT, or --entry SEQ with --at SIZE:HEXROOT")
    }
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let (verification, failure) = try AuditOutcome.verified(try ledger.store(in: context), in: context)
      if let failure { return failure }
      let current = verification.ledger
      let check: ProofCheck
      if let from {
        check = current.consistency(from: from)
        context.stdout.line("consistency proof from \(from) to \(current.checkpoint)")
      } else if let entry, let at {
        check = current.inclusion(seq: entry, at: at)
        context.stdout.line("inclusion proof of entry \(entry) in \(at)")
      } else {
        return .usageError
      }
      for hash in check.proof { context.stdout.line("  \(hash.hex)") }
      guard check.verified else {
        context.diagnostics.error(check.reason ?? "the proof does not verify")
        return .ledgerVerificationFailed
      }
      context.stdout.line("verified")
      return .success
    }
  }
}
