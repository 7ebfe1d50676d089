import Foundation
import PlannerCLI
import PortfolioDomain
import PortfolioPlanning

/// `dcbplan-bench export-variants OUT_DIR [--seeds 1..N] [--samples A..B] [--data DIR]`: writes the
/// planner's models as free MPS files for the solver benchmark (issue 4), byte for byte the same on every run:
///
/// - `planner_bih.mps`: the bundled dataset under the default scenario (what `dcbplan plan
///   --export-model` writes);
/// - `planner_bih_<scenario>.mps`: the same under each named scenario of `Config/scenarios`;
/// - `planner_bih_s<seed>.mps`: the default scenario with scores drawn from their low/likely/high
///   triangles, costs scaled by a drawn overrun and pledge shortfalls drawn, with the robustness
///   analysis's own sampler (`RobustnessAnalysis.draw(seed: seed, index: 0)`, i.e. `SplitMix64`);
/// - `planner_bih_r<index>.mps`: sample `index` of `dcbplan robust` itself (the scenario's seed), to
///   study the samples that robust solves (each to a 0.5% gap) one by one: `solve --gap 0.005` takes
///   the same tree as robust does in process for a sample whose base plan breaks (robust then passes no
///   start point; on the bundled data, every sample), since the solver reads rows in variable order,
///   whichever order the model was built in.
///
/// `--seeds` and `--samples` take `N` (the first N: seeds 1 to N, samples 0 to N-1), `A..B`, or a comma
/// list; the seeds default to `1..6`, the samples to none. Each file is
/// written atomically; one line per file goes to standard output (name, rows, columns). The seeded
/// variants need the base plan to build the analysis, so the command solves the bundled model once.
///
/// Side by side with HiGHS (release build; the top-level README's benchmark section has the table):
///
/// ```
/// .build/release/dcbplan-bench export-variants /tmp/planner-models --seeds 1..6
/// .build/release/dcbplan-bench solve /tmp/planner-models --gap 1e-4 --repeats 3
/// python3 Tests/PlannerTestSupport/Fixtures/planner/side_by_side.py /tmp/planner-models \
///   .build/release/dcbplan --gaps 1e-4,0 --repeats 3 --time-limit 60
/// ```
///
/// `side_by_side.py` runs `dcbplan solve FILE --gap G` and HiGHS 1.16 (highspy, one thread, the same
/// gap) alternately in fresh processes and prints medians, ratios and both objectives.
enum ExportVariants {
  static let usage =
    "usage: dcbplan-bench export-variants OUT_DIR [--seeds 1..N|A,B,...] [--samples A..B|A,B,...] [--data DIR]"

  static func run(arguments: [String]) -> Int32 {
    var rest = arguments[...]
    guard let output = rest.popFirst(), !output.hasPrefix("--") else {
      printError("missing output directory\n\(usage)")
      return exitUsage
    }
    var seeds: [UInt64] = Array(1...6)
    var samples: [UInt64] = []
    var data: String?
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else {
        printError("missing value after \(flag)\n\(usage)")
        return exitUsage
      }
      switch flag {
      case "--seeds":
        guard let parsed = parseSeeds(value) else {
          printError("invalid --seeds '\(value)' (expected N, A..B or a comma list)")
          return exitUsage
        }
        seeds = parsed
      case "--samples":
        guard let parsed = parseSeeds(value, first: 0) else {
          printError("invalid --samples '\(value)' (expected N, A..B or a comma list)")
          return exitUsage
        }
        samples = parsed
      case "--data": data = value
      default:
        printError("unknown option '\(flag)'\n\(usage)")
        return exitUsage
      }
    }
    do {
      try BenchFiles.makeDirectory(output)
      for (name, text) in try models(data: data, seeds: seeds, samples: samples) {
        let path = (output as NSString).appendingPathComponent("\(name).mps")
        try BenchFiles.write(text, to: path)
        print(summary(name: name, text: text))
      }
    } catch {
      printError("\(error)")
      return exitInvalidInput
    }
    return 0
  }

  /// The numbers of `text`: `N` (the first `N` from `first`: seeds count from 1, sample indices from 0),
  /// `A..B` or `A,B,C`; `nil` when malformed or empty.
  static func parseSeeds(_ text: String, first: UInt64 = 1) -> [UInt64]? {
    if let range = text.range(of: "..") {
      guard let low = UInt64(text[..<range.lowerBound]), let high = UInt64(text[range.upperBound...]), low <= high,
        high - low < 10_000
      else { return nil }
      return Array(low...high)
    }
    if text.contains(",") {
      let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { UInt64($0) }
      guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
      return parts.compactMap { $0 }
    }
    guard let count = UInt64(text), count >= 1, count < 10_000 else { return nil }
    return Array(first..<(first + count))
  }

  /// The models to write, in output order: (file name without `.mps`, MPS text).
  /// - Parameter samples: indices of the robust analysis's own samples (`dcbplan robust` under the
  ///   scenario's seed), written as `planner_bih_r<index>`.
  static func models(data: String?, seeds: [UInt64], samples: [UInt64] = []) throws -> [(String, String)] {
    let context = CommandContext.live
    let base = try inputs(data: data, scenario: nil, in: context)
    var result: [(String, String)] = [("planner_bih", try text(base.portfolio, base.scenario))]
    let folder = try DataLocator.configDirectory(in: context).appendingPathComponent("scenarios")
    for name in DataLocator.scenarioNames(in: folder) {
      let variant = try inputs(data: data, scenario: name, in: context)
      result.append(("planner_bih_\(name)", try text(variant.portfolio, variant.scenario)))
    }
    if !seeds.isEmpty || !samples.isEmpty {
      let options = PlannerOptions(scenario: base.scenario)
      let session = AnalysisSession(portfolio: base.portfolio, scenario: base.scenario, options: options)
      // `draw` reads only the session; the base plan is needed to build the analysis value.
      let plan = try Planner().plan(portfolio: base.portfolio, scenario: base.scenario, options: options, inputsSHA256: "")
      let analysis = RobustnessAnalysis(session: session, base: plan.solution)
      for seed in seeds {
        let (portfolio, scenario) = analysis.draw(seed: seed, index: 0)
        result.append(("planner_bih_s\(seed)", try text(portfolio, scenario, label: "\(scenario.name), sample seed \(seed)")))
      }
      let seed = base.scenario.uncertainty.seed
      for index in samples {
        let (portfolio, scenario) = analysis.draw(seed: seed, index: Int(index))
        result.append(
          ("planner_bih_r\(index)", try text(portfolio, scenario, label: "\(scenario.name), robust sample \(index) of seed \(seed)")))
      }
    }
    return result
  }

  struct ValidInputs {
    var portfolio: Portfolio
    var scenario: Scenario
  }

  static func inputs(data: String?, scenario: String?, in context: CommandContext) throws -> ValidInputs {
    let loaded = try PortfolioInputs.load(data: data, scenario: scenario, in: context)
    guard let resolved = loaded.scenario, !loaded.hasErrors else {
      throw BenchFiles.FileError(description: "the inputs (scenario \(scenario ?? "default")) have errors; run dcbplan validate")
    }
    return ValidInputs(portfolio: loaded.portfolio, scenario: resolved)
  }

  /// The model `dcbplan plan --export-model` writes for these inputs.
  static func text(_ portfolio: Portfolio, _ scenario: Scenario, label: String? = nil) throws -> String {
    let options = PlannerOptions(scenario: scenario)
    let planning = PlanningFormulation.build(portfolio: portfolio, scenario: scenario, options: options.formulation)
    return try ModelExport.mps(planning, scenario: label ?? scenario.name)
  }

  /// `name: R rows, C columns` from the export's header comment (third line).
  static func summary(name: String, text: String) -> String {
    let lines = text.split(separator: "\n", maxSplits: 3)
    let sizes = lines.count > 2 ? lines[2].dropFirst(2) : ""
    return "\(name): \(sizes)"
  }

  static func printError(_ message: String) {
    FileHandle.standardError.write(Data("dcbplan-bench export-variants: \(message)\n".utf8))
  }
}
