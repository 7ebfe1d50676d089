import Hashing
import PortfolioAudit

/// `dcbplan audit verify`: check every entry (syntax, canonical form, seq, chain, MACs with a key).
struct AuditVerifyCommand: Command {
  static let name = "verify"
  static let abstract = "Verify the whole ledger and print its size, root and whether MACs were checked."
  static let discussion = """
    Exits 0 when every entry verifies. Exits 4 naming the first bad entry when the ledger was
    altered, or saying so when the last write was interrupted (fix that with 'audit repair').
    Without a key the chain is checked but not authenticated: compare the root with a
    checkpoint you kept ('audit prove --from').
    """
  static let arguments: [ArgumentSpec] = AuditLedgerOptions.arguments

  var ledger: AuditLedgerOptions

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let start = context.clock.monotonicNanoseconds()
      let store = try ledger.store(in: context)
      let (verification, failure) = try AuditOutcome.verified(store, in: context)
      if let failure {
        context.diagnostics.note("\(verification.ledger.count) entries before the problem verified")
        return failure
      }
      let seconds = context.clock.secondsSince(start)
      let count = verification.ledger.count
      context.stdout.line("ledger      \(ledger.display(in: context))")
      context.stdout.line("entries     \(count)")
      context.stdout.line("root        \(verification.ledger.tree.root.hex)")
      context.stdout.line("checkpoint  \(verification.ledger.checkpoint)")
      context.stdout.line(
        "macs        "
          + (verification.macsChecked
            ? "checked (HMAC-SHA256 with the key)"
            : verification.ledger.isAuthenticated
              ? "NOT checked: the entries carry MACs but no key was given (--key-file or $DCBPLAN_LEDGER_KEY_FILE)"
              : "none: the ledger was written without a key, so it is tamper-evident but unauthenticated"))
      if seconds > 0 {
        context.stderr.line("verified \(count) entries in \(RatioFormat.string(seconds, decimals: 3)) s (\(Int((Double(count) / seconds).rounded())) entries/s)")
      }
      context.stdout.line("verified")
      return .success
    }
  }
}
