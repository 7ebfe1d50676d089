/// The command tree of `dcbplan`: register a new subcommand by adding it here.
///
/// Order is the order of `dcbplan --help`. `help` is added by the dispatcher. A group of related
/// commands (`audit init`, `audit verify`, ...) is `.group(CommandGroup(name:abstract:entries:))`.
public enum CommandRegistry {
  /// The root group, named after the program.
  public static let root = CommandGroup(
    name: CommandLineTool.programName,
    abstract: "Plan and audit NATO DCB and pact investment in Bosnia and Herzegovina's defence industry.",
    entries: [
      .command(ValidateCommand.self),
      .command(ListCommand.self),
      .command(PlanCommand.self),
      .command(FrontierCommand.self),
      .command(SweepCommand.self),
      .command(ExplainCommand.self),
      .command(RobustCommand.self),
      .command(CompareCommand.self),
      .group(
        CommandGroup(
          name: "audit", abstract: "Keep the tamper-evident milestone ledger and report earned value.",
          entries: [
            .command(AuditInitCommand.self), .command(AuditBaselineCommand.self), .command(AuditRecordCommand.self),
            .command(AuditStatusCommand.self), .command(AuditVerifyCommand.self), .command(AuditCheckpointCommand.self),
            .command(AuditProveCommand.self), .command(AuditRepairCommand.self),
          ])),
    ])
}
