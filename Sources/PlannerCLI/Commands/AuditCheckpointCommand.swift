import Hashing
import PortfolioAudit

/// `dcbplan audit checkpoint`: print `SIZE:HEXROOT` for the auditor to keep.
struct AuditCheckpointCommand: Command {
  static let name = "checkpoint"
  static let abstract = "Print the ledger's checkpoint SIZE:HEXROOT (after verifying it) for the auditor to keep."
  static let discussion = """
    Keep the line somewhere the ledger's writer cannot change it. Later, 'audit prove --from
    SIZE:HEXROOT' shows the ledger still extends it; a rewrite of any earlier entry fails.
    """
  static let arguments: [ArgumentSpec] = AuditLedgerOptions.arguments

  var ledger: AuditLedgerOptions

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let (verification, failure) = try AuditOutcome.verified(try ledger.store(in: context), in: context)
      if let failure { return failure }
      context.stdout.line(verification.ledger.checkpoint.description)
      return .success
    }
  }
}
