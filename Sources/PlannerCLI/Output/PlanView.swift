import Foundation
import MIPSolver
import PortfolioDomain
import PortfolioPlanning

/// Renders a plan for `dcbplan plan`: the program officer's table (or Markdown), the payments as CSV,
/// or the plan JSON of DESIGN §3.
struct PlanView {
  let result: PlanResult
  let portfolio: Portfolio
  let scenario: Scenario
  let gapAsked: Double

  var plan: PortfolioPlan { result.plan }

  func render(_ format: PlanFormat) throws -> String {
    switch format {
    case .json:
      do {
        return String(decoding: try plan.jsonData(), as: UTF8.self)
      } catch {
        throw CLIError.invalidData("cannot encode the plan as JSON: \(error)")
      }
    case .csv: return csv()
    case .table: return text(markdown: false)
    case .md: return text(markdown: true)
    }
  }

  /// One row per payment: candidate, kind, tier, start, finish, source, year, amount.
  func csv() -> String {
    var writer = CSVWriter(header: ["candidate", "kind", "tier", "start_year", "finish_year", "source", "year", "amount_usd"])
    for allocation in plan.allocations {
      let kind = portfolio.candidate(allocation.candidate)?.kind.rawValue ?? ""
      for payment in allocation.funding {
        writer.append([
          allocation.candidate.rawValue, kind, allocation.tier.rawValue, allocation.startYear.description,
          allocation.finishYear.description, payment.source.rawValue, payment.year.description, String(payment.amount.wholeDollars),
        ])
      }
    }
    return writer.text
  }

  // MARK: - Table and Markdown

  private func heading(_ title: String, markdown: Bool) -> String {
    markdown ? "## \(title)\n\n" : "\(title)\n\n"
  }

  private func table(_ columns: [TextTable.Column], _ rows: [[String]], markdown: Bool) -> String {
    if markdown {
      var text = "| " + columns.map(\.header).joined(separator: " | ") + " |\n"
      text += "|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
      for row in rows { text += "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
      return text + "\n"
    }
    var table = TextTable(columns: columns)
    for row in rows { table.append(row) }
    return table.render() + "\n"
  }

  private func usd(_ money: Money) -> String { MoneyFormat.dollars(money.wholeDollars) }

  private func number(_ value: Double, digits: Int = 6) -> String {
    let scale = pow(10.0, Double(digits))
    let rounded = (value * scale).rounded() / scale
    var text = String(format: "%.\(digits)f", rounded)
    while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  func text(markdown: Bool) -> String {
    var text = markdown ? "# DCB Planner plan\n\n" : ""
    let horizon = scenario.horizon
    let summary = [
      "scenario   \(scenario.name) (horizon \(horizon.first)-\(horizon.last), DCB budget \(usd(scenario.dcbBudget.min))..\(usd(scenario.dcbBudget.max)) USD)",
      "status     \(plan.status.rawValue)" + statusDetail(),
      "objective  \(number(plan.objective)) (\(plan.objectiveMode ?? "weighted"); bound \(number(plan.bound)), gap \(number(plan.gap * 100, digits: 4))% of \(number(gapAsked * 100, digits: 4))% asked)",
      "funded     \(plan.allocations.count) of \(portfolio.candidates.count) candidates, \(usd(Money(dollars: plan.totalCostUSD ?? 0))) USD in total",
      "inputs     sha256 \(plan.inputsSHA256)",
    ]
    if markdown {
      for line in summary {
        let label = line.prefix { $0 != " " }
        let rest = line.dropFirst(label.count).drop { $0 == " " }
        text += "- **\(label)** \(rest)\n"
      }
      text += "\n"
    } else {
      text += summary.joined(separator: "\n") + "\n\n"
    }
    guard result.solution.hasPlan else {
      if let report = result.infeasibility {
        text += heading("No plan exists: these constraints conflict", markdown: markdown)
        text += report.sentences.map { "- \($0)\n" }.joined() + "\n"
        text += "Relax any one of them (see --budget, --force-out, the scenario's sources and policies) and plan again.\n"
      }
      return text
    }
    text += fundedSection(markdown: markdown)
    text += moneySection(markdown: markdown)
    text += criteriaSection(markdown: markdown)
    text += leftOutSection(markdown: markdown)
    if let binding = plan.bindingConstraints, !binding.isEmpty {
      text += heading("Binding constraints", markdown: markdown)
      text += binding.map { "- \($0)\n" }.joined() + "\n"
    }
    return text
  }

  private func statusDetail() -> String {
    let solution = result.solution
    var parts = ["\(solution.primary.nodes) nodes"]
    if let secondary = solution.secondary { parts.append("second solve \(secondary.nodes) nodes") }
    return " (" + parts.joined(separator: ", ") + ")"
  }

  private func fundedSection(markdown: Bool) -> String {
    var text = heading("Funded", markdown: markdown)
    for kind in CandidateKind.allCases {
      let rows: [[String]] = plan.allocations.compactMap { allocation in
        guard let candidate = portfolio.candidate(allocation.candidate), candidate.kind == kind else { return nil }
        var bySource: [SourceID: Money] = [:]
        for payment in allocation.funding { bySource[payment.source, default: .zero] += payment.amount }
        let sources = bySource.keys.sorted().map { "\($0) \(usd(bySource[$0] ?? .zero))" }.joined(separator: ", ")
        let years = allocation.startYear == allocation.finishYear ? "\(allocation.startYear)" : "\(allocation.startYear)-\(allocation.finishYear)"
        let locked = scenario.lock(for: candidate.id) != nil ? " (locked)" : ""
        return [candidate.id.rawValue, candidate.title, allocation.tier.rawValue + locked, years, usd(allocation.totalFunding), sources]
      }
      guard !rows.isEmpty else { continue }
      text += markdown ? "### \(kind.rawValue)\n\n" : "\(kind.rawValue)\n"
      text += table(
        [.init("candidate"), .init("title"), .init("tier"), .init("years"), .init("cost (USD)", .right), .init("sources (USD)")], rows,
        markdown: markdown)
    }
    return text
  }

  private func moneySection(markdown: Bool) -> String {
    let years = scenario.horizon.years
    var rows: [[String]] = []
    for source in portfolio.sources where scenario.isEnabled(source.id) {
      let amounts = years.map { year in plan.totals.bySourceYear.filter { $0.source == source.id && $0.year == year }.map(\.amount).sum() }
      let total = amounts.sum()
      var cap = (scenario.override(for: source.id)?.maxTotal ?? source.maxTotal).map(usd) ?? "-"
      if source.id == portfolio.dcbFund?.id { cap = "\(usd(scenario.dcbBudget.min))..\(usd(scenario.dcbBudget.max))" }
      rows.append([source.id.rawValue] + amounts.map(usd) + [usd(total), cap])
      let caps = years.map { source.cap(in: $0) }
      if caps.contains(where: { $0 != nil }) {
        rows.append(["  yearly cap"] + caps.map { $0.map(usd) ?? "-" } + ["", ""])
      }
    }
    let totals = years.map { year in plan.totals.bySourceYear.filter { $0.year == year }.map(\.amount).sum() }
    rows.append(["all sources"] + totals.map(usd) + [usd(totals.sum()), ""])
    var text = heading("Money by source and year (USD)", markdown: markdown)
    text += table(
      [.init("source")] + years.map { .init($0.description, .right) } + [.init("total", .right), .init("cap", .right)], rows, markdown: markdown)
    return text
  }

  private func criteriaSection(markdown: Bool) -> String {
    let rows = plan.criteria.map { result -> [String] in
      let criterion = scenario.criterion(result.id)
      let goal = criterion?.goal
      let met = goal.map { result.achieved >= $0 - 1e-9 ? "met" : "short by \(number($0 - result.achieved, digits: 3))" } ?? ""
      return [
        result.id.rawValue, criterion.map { number($0.weight, digits: 3) } ?? "", number(result.achieved, digits: 3),
        goal.map { number($0, digits: 3) } ?? "-", met,
      ]
    }
    var text = heading("Criteria (untimed achievement)", markdown: markdown)
    text += table([.init("criterion"), .init("weight", .right), .init("achieved", .right), .init("goal", .right), .init("")], rows, markdown: markdown)
    return text
  }

  private func leftOutSection(markdown: Bool) -> String {
    guard let leftOut = plan.leftOut, !leftOut.isEmpty else { return "" }
    let rows = leftOut.map { entry -> [String] in
      [entry.candidate.rawValue, portfolio.candidate(entry.candidate)?.kind.rawValue ?? "", entry.reason]
    }
    var text = heading("Left out", markdown: markdown)
    text += table([.init("candidate"), .init("kind"), .init("why")], rows, markdown: markdown)
    return text
  }
}
