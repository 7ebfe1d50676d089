import Hashing
import PortfolioAudit
import PortfolioDomain

/// `dcbplan audit record milestone|cost|note|correction|rebaseline ...`: append one event.
struct AuditRecordCommand: Command {
  /// What to record.
  enum Kind: String, CaseIterable {
    case milestone, cost, note, correction, rebaseline
  }

  static let name = "record"
  static let abstract = "Append a milestone, cost, note, correction or rebaseline to the ledger."
  static let discussion = """
    milestone   --candidate ID --milestone ID --status started|accepted|slipped|progress --date DATE
                [--forecast DATE --reason TEXT] (slipped) [--percent P] (progress) [--evidence REF]
    cost        --candidate ID --date DATE --amount DOLLARS --source ID --reference REF [--milestone ID]
    note        --text TEXT [--candidate ID]
    correction  --ref-seq N --action amend|void [--set FIELD=VALUE ...] --reason TEXT
    rebaseline  --candidate ID [--move MILESTONE=DATE ...] [--value MILESTONE=DOLLARS ...] --reason TEXT --approver NAME

    The entry is acknowledged only after it is on disk (fsync). Milestones and costs need the
    baseline first, and their candidates, milestones and sources must be in it; a correction must
    target a live milestone or cost entry and leave a valid payload. A ledger with an interrupted
    write refuses new entries until 'audit repair'.
    """
  static let arguments: [ArgumentSpec] =
    [.positional("TYPE", help: "What to record.", choices: Kind.allCases.map(\.rawValue))]
    + AuditLedgerOptions.arguments + AuditLedgerOptions.writerArguments + [
      .option("candidate", value: "ID", help: "The candidate."),
      .option("milestone", value: "ID", help: "The milestone."),
      .option(
        "status", value: "STATUS", help: "Milestone status.", choices: MilestoneEvent.Status.allCases.map(\.rawValue)),
      .option("date", value: "DATE", help: "When it happened (YYYY-MM-DD)."),
      .option("forecast", value: "DATE", help: "New forecast date of a slipped milestone."),
      .option("reason", value: "TEXT", help: "Why (slip, correction, rebaseline)."),
      .option("percent", value: "P", help: "Physical percent complete (progress), e.g. 37.5."),
      .option("evidence", value: "REF", help: "Supporting document reference."),
      .option("amount", value: "DOLLARS", help: "Cost in US dollars, up to two decimals (negative: a credit)."),
      .option("source", value: "ID", help: "The funding source that paid."),
      .option("reference", value: "REF", help: "Invoice or transaction reference."),
      .option("text", value: "TEXT", help: "Note text."),
      .option("ref-seq", value: "N", help: "The seq of the entry a correction corrects."),
      .option("action", value: "ACTION", help: "Correction action.", choices: ["amend", "void"]),
      .repeatable("set", value: "FIELD=VALUE", help: "A corrected payload field (integers stay integers)."),
      .repeatable("move", value: "MILESTONE=DATE", help: "Rebaseline: a milestone's new planned date."),
      .repeatable("value", value: "MILESTONE=DOLLARS", help: "Rebaseline: a milestone's new planned value."),
      .option("approver", value: "NAME", help: "Who approved a rebaseline."),
    ]

  var kind: Kind
  var ledger: AuditLedgerOptions
  var writer: AuditWriterOptions
  var arguments: ParsedArguments

  init(parsing arguments: ParsedArguments) throws {
    guard let kind = Kind(rawValue: arguments.positional("TYPE") ?? "") else { throw UsageError.missingArgument("TYPE") }
    self.kind = kind
    ledger = try AuditLedgerOptions(parsing: arguments)
    writer = try AuditWriterOptions(parsing: arguments)
    self.arguments = arguments
  }

  func validate() throws { _ = try event(state: nil) }

  func run(in context: CommandContext) throws -> ExitStatus {
    try AuditOutcome.run(in: context) {
      let store = try ledger.store(in: context)
      let (verification, failure) = try AuditOutcome.verified(store, in: context)
      if let failure {
        context.diagnostics.note("nothing was recorded")
        return failure
      }
      let state = LedgerState(ledger: verification.ledger)
      let event = try self.event(state: state)
      try Self.checkReferences(event, state: state)
      let entry = try store.append(event, time: writer.time(in: context), author: writer.author(in: context))
      context.stdout.line("recorded entry \(entry.seq) (\(entry.event.typeName)) in \(ledger.display(in: context))")
      return .success
    }
  }

  /// The event the options describe; with `state` nil only the options are checked (rebaselines need the ledger).
  func event(state: LedgerState?) throws -> LedgerEvent {
    switch kind {
    case .milestone:
      let status = try arguments.choice("status", as: MilestoneEvent.Status.self)
      guard let status else { throw UsageError.missingValue(option: "status") }
      let event = MilestoneEvent(
        candidate: CandidateID(try required("candidate")), milestone: MilestoneID(try required("milestone")),
        status: status, date: try date("date", required: true) ?? CalendarDate(year: 2000, month: 1, day: 1),
        forecastDate: try date("forecast", required: false), reason: arguments.value("reason"),
        percentComplete: try percent(), evidence: arguments.value("evidence"))
      let check = LedgerEvent.milestone(event)
      do {
        _ = try LedgerEvent(type: check.typeName, payload: check.payload)
      } catch {
        throw UsageError.conflict("milestone \(error.message)")
      }
      return check
    case .cost:
      let text = try required("amount")
      guard let amount = AuditAmount.parse(text) else {
        throw UsageError.invalidValue(option: "amount", value: text, reason: "expected dollars with at most 13 digits and two decimals")
      }
      return .cost(
        CostEvent(
          candidate: CandidateID(try required("candidate")), date: try date("date", required: true) ?? CalendarDate(year: 2000, month: 1, day: 1),
          amount: amount, source: SourceID(try required("source")), reference: try required("reference"),
          milestone: arguments.value("milestone").map(MilestoneID.init)))
    case .note:
      return .note(NoteEvent(text: try required("text"), candidate: arguments.value("candidate").map(CandidateID.init)))
    case .correction:
      guard let refSeq = try arguments.integer("ref-seq") else { throw UsageError.missingValue(option: "ref-seq") }
      let action = try arguments.choice("action", as: CorrectionEvent.Action.self) ?? .amend
      var fields: [String: CanonicalJSON] = [:]
      for assignment in arguments.values("set") {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
          throw UsageError.invalidValue(option: "set", value: assignment, reason: "expected FIELD=VALUE")
        }
        let key = String(assignment[..<equals])
        let value = String(assignment[assignment.index(after: equals)...])
        fields[key] = Int64(value).map(CanonicalJSON.integer) ?? .string(value)
      }
      if action == .amend && fields.isEmpty { throw UsageError.conflict("an 'amend' correction needs at least one --set") }
      if action == .void && !fields.isEmpty { throw UsageError.conflict("a 'void' correction takes no --set") }
      return .correction(CorrectionEvent(refSeq: refSeq, action: action, fields: fields, reason: try required("reason")))
    case .rebaseline:
      let candidate = CandidateID(try required("candidate"))
      let reason = try required("reason")
      let approver = try required("approver")
      let moves = try pairs("move")
      let values = try pairs("value")
      if moves.isEmpty && values.isEmpty { throw UsageError.conflict("a rebaseline needs at least one --move or --value") }
      guard let state else {
        return .note(NoteEvent(text: "options checked"))
      }
      guard var current = state.candidate(candidate)?.milestones else {
        throw CLIError.invalidData("candidate '\(candidate)' is not in the ledger's baseline")
      }
      for (id, text) in moves {
        guard let index = current.firstIndex(where: { $0.milestone.rawValue == id }) else {
          throw CLIError.invalidData("milestone '\(id)' is not in the baseline of '\(candidate)'")
        }
        guard let newDate = CalendarDate.parse(text) else {
          throw UsageError.invalidValue(option: "move", value: text, reason: "expected YYYY-MM-DD")
        }
        current[index].plannedDate = newDate
      }
      for (id, text) in values {
        guard let index = current.firstIndex(where: { $0.milestone.rawValue == id }) else {
          throw CLIError.invalidData("milestone '\(id)' is not in the baseline of '\(candidate)'")
        }
        guard let amount = AuditAmount.parse(text) else {
          throw UsageError.invalidValue(option: "value", value: text, reason: "expected dollars with at most 13 digits and two decimals")
        }
        current[index].plannedValue = amount
      }
      return .rebaseline(
        RebaselineEvent(candidate: candidate, milestones: current, bac: current.map(\.plannedValue).sum(), reason: reason, approver: approver))
    }
  }

  /// Refuses what replay could not use, so that a typo never becomes a permanent entry: a milestone or cost before
  /// any baseline; a candidate, milestone or source the baseline does not have; a correction that replay would
  /// skip (its target is no live milestone or cost entry, or the amended payload does not decode). An amended
  /// event is checked as if it were recorded anew.
  static func checkReferences(_ event: LedgerEvent, state: LedgerState) throws {
    switch event {
    case .milestone(let milestone):
      let candidate = try baselineCandidate(milestone.candidate, for: event, in: state)
      try check(milestone.milestone, of: candidate)
    case .cost(let cost):
      let candidate = try baselineCandidate(cost.candidate, for: event, in: state)
      if let milestone = cost.milestone { try check(milestone, of: candidate) }
      // A known source that does not fund this candidate is allowed (another pledge may pay an overrun); a source
      // that funds nothing in the baseline is a typo.
      let sources = Set(state.baseline?.candidates.flatMap { $0.funding.map(\.source) } ?? [])
      guard sources.contains(cost.source) else {
        let known = sources.map(\.rawValue).sorted().joined(separator: ", ")
        throw CLIError.invalidData("source '\(cost.source)' funds nothing in the ledger's baseline (\(known))")
      }
    case .correction(let correction):
      let corrected: LedgerEvent?
      do {
        corrected = try state.applying(correction)
      } catch {
        throw CLIError.invalidData("correction of seq \(correction.refSeq) cannot be applied: \(error)")
      }
      if let corrected { try checkReferences(corrected, state: state) }
    default:
      return
    }
  }

  /// The baseline's candidate `id`, which `event` names.
  /// - Throws: `CLIError.invalidData` when the ledger has no baseline yet, or the baseline lacks the candidate.
  private static func baselineCandidate(_ id: CandidateID, for event: LedgerEvent, in state: LedgerState) throws
    -> BaselineCandidate
  {
    guard state.baseline != nil else {
      throw CLIError.invalidData(
        "the ledger has no baseline yet: record one with 'dcbplan audit baseline --plan PLAN.json' before \(event.typeName) entries")
    }
    guard let candidate = state.candidate(id) else {
      throw CLIError.invalidData("candidate '\(id)' is not in the ledger's baseline")
    }
    return candidate
  }

  /// Refuses a milestone the candidate's baseline does not have, naming the ones it has.
  private static func check(_ milestone: MilestoneID, of candidate: BaselineCandidate) throws {
    guard candidate.milestone(milestone) == nil else { return }
    let known = candidate.milestones.map(\.milestone.rawValue).joined(separator: ", ")
    throw CLIError.invalidData("milestone '\(milestone)' is not in the baseline of '\(candidate.candidate)' (\(known))")
  }

  private func required(_ name: String) throws -> String {
    guard let value = arguments.value(name), !value.isEmpty else { throw UsageError.missingValue(option: name) }
    return value
  }

  private func date(_ name: String, required: Bool) throws -> CalendarDate? {
    guard let text = arguments.value(name) else {
      if required { throw UsageError.missingValue(option: name) }
      return nil
    }
    guard let date = CalendarDate.parse(text) else {
      throw UsageError.invalidValue(option: name, value: text, reason: "expected a date YYYY-MM-DD")
    }
    return date
  }

  private func percent() throws -> DecimalPercent? {
    guard let text = arguments.value("percent") else { return nil }
    guard let percent = DecimalPercent(text) else {
      throw UsageError.invalidValue(option: "percent", value: text, reason: "expected a decimal such as 40 or 37.5")
    }
    return percent
  }

  private func pairs(_ name: String) throws -> [(String, String)] {
    try arguments.values(name).map { pair in
      guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
        throw UsageError.invalidValue(option: name, value: pair, reason: "expected MILESTONE=VALUE")
      }
      return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
    }
  }
}
