import Hashing
import PortfolioAudit

/// `dcbplan audit init [--ledger FILE] [--key-file FILE] [--id ID]`: create a ledger with its genesis entry.
struct AuditInitCommand: Command {
  static let name = "init"
  static let abstract = "Create a new ledger holding only its genesis entry."
  static let discussion = """
    The file is written completely (temporary file, fsync, link, directory fsync) or not at all,
    and an existing file is never overwritten (exit 73). With a key file every entry carries an
    HMAC-SHA256 'mac'; keep the key apart from the ledger.
    """
  static let arguments: [ArgumentSpec] =
    AuditLedgerOptions.arguments + AuditLedgerOptions.writerArguments + [
      .option("id", value: "ID", help: "The ledger's identity (default: dcb-bih/audit).")
    ]

  var ledger: AuditLedgerOptions
  var writer: AuditWriterOptions
  var id: String

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
    writer = try AuditWriterOptions(parsing: arguments)
    id = arguments.value("id") ?? "dcb-bih/audit"
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let store = try ledger.store(in: context)
      let created = try store.create(ledgerID: id, time: writer.time(in: context), author: writer.author(in: context))
      context.stdout.line("created \(ledger.display(in: context)) (ledger '\(id)', \(store.key == nil ? "no key: entries are chained but not authenticated" : "entries carry HMAC-SHA256 macs"))")
      context.stdout.line("checkpoint \(created.checkpoint)")
      return .success
    }
  }
}
