import Hashing
import PortfolioAudit

/// `dcbplan audit repair`: remove the partial line an interrupted write left and record that in a `repair` entry.
struct AuditRepairCommand: Command {
  static let name = "repair"
  static let abstract = "Remove an interrupted write's partial last line and record the repair."
  static let discussion = """
    Only a torn last line (no newline, or not JSON) is removed; its size and SHA-256 go into a
    'repair' entry. A ledger that was altered is never repaired (exit 4).
    """
  static let arguments: [ArgumentSpec] = AuditLedgerOptions.arguments + AuditLedgerOptions.writerArguments

  var ledger: AuditLedgerOptions
  var writer: AuditWriterOptions

  init(parsing arguments: ParsedArguments) throws {
    ledger = try AuditLedgerOptions(parsing: arguments)
    writer = try AuditWriterOptions(parsing: arguments)
  }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let store = try ledger.store(in: context)
      guard let entry = try store.repair(time: writer.time(in: context), author: writer.author(in: context)) else {
        context.stdout.line("nothing to repair: \(ledger.display(in: context)) verifies")
        return .success
      }
      if case .repair(let event) = entry.event {
        context.stdout.line(
          "removed \(event.removedBytes) bytes (\(event.reason); sha256 \(event.removedSHA256)); recorded as entry \(entry.seq)")
      }
      return .success
    }
  }
}
