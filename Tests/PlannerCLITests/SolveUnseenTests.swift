import Foundation
import OptimizationModel
import PlannerTestSupport
import Testing

@testable import PlannerCLI

/// `dcbplan solve` with our real solver on models of shapes it was not tuned on
/// (`PlannerTestSupport/Fixtures/unseen/`): exit codes of DESIGN §6, the JSON keys of issue 3, and a
/// solution file that reads back as a feasible point with the reported objective.
@Suite("solve command on unseen model shapes", .tags(.medium))
struct SolveUnseenTests {
  /// Copies `unseen/NAME.mps` into a fresh folder and runs `dcbplan solve NAME.mps ARGS --format json`.
  private func solve(_ name: String, _ arguments: [String] = []) throws -> (CapturedRun, [String: Any], TemporaryDirectory) {
    let directory = try TemporaryDirectory()
    _ = try directory.write(try TestFixtures.text("unseen/\(name).mps"), to: "\(name).mps")
    let run = runInProcess(["solve", "\(name).mps", "--format", "json"] + arguments, in: directory.url)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return (run, try #require(object, "\(name): not a JSON object: \(run.stdout) \(run.stderr)"), directory)
  }

  static let keys = ["bound", "columns", "gap", "integers", "iterations", "limit", "model", "nodes", "objective", "rows", "seconds", "sense", "status"]

  @Test("Optimal exits 0 with every JSON key, the objective in the model's sense and a feasible solution file")
  func optimal() throws {
    let answers = try HiGHSAnswerFile.load()
    for name in ["cfl_5x15_s3_bv_max", "gint_min_10x6_s1", "fixed_spaces_1"] {
      let (run, json, directory) = try solve(name, ["--gap", "0", "--solution", "out.sol"])
      defer { directory.remove() }
      #expect(run.status == .success, "\(name): \(run.stderr)")
      #expect(json.keys.sorted() == Self.keys)
      #expect(json["status"] as? String == "optimal")
      let expected = try #require(answers[name])
      let objective = try #require(json["objective"] as? Double)
      #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(name): \(objective) vs \(expected)")
      #expect(json["gap"] as? Double == 0)
      // `name value` lines; names may hold blanks (fixed format), so the value is the last field.
      let model = try MPSReader.read(try TestFixtures.text("unseen/\(name).mps"))
      let text = try String(contentsOf: directory.url.appendingPathComponent("out.sol"), encoding: .utf8)
      var values: [String: Double] = [:]
      for line in text.split(separator: "\n") {
        let cut = try #require(line.lastIndex(of: " "))
        values[String(line[..<cut])] = Double(line[line.index(after: cut)...])
      }
      let point = try model.variables.map { variable in try #require(values[variable.name], "\(name): no value for \(variable.name)") }
      #expect(model.isFeasible(point, tolerance: 1e-6))
      #expect(abs(model.objectiveValue(of: point) - objective) <= 1e-6 * max(1, abs(objective)))
    }
  }

  @Test("Infeasible models, crossed bounds in the file included, exit 2 with a null objective", arguments: ["crossed_upneg", "crossed_int", "crossed_lohi", "infeas_parity_s1", "infeas_lp_s1"])
  func infeasible(_ name: String) throws {
    let (run, json, directory) = try solve(name, ["--gap", "0", "--solution", "out.sol"])
    defer { directory.remove() }
    #expect(run.status == .infeasible, "\(name): \(run.stderr)")
    #expect(json["status"] as? String == "infeasible")
    #expect(json["objective"] is NSNull)
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("out.sol").path))
  }

  @Test("Unbounded LPs and MIPs exit 5", arguments: ["unbd_lp_s1", "unbd_mip_s1"])
  func unbounded(_ name: String) throws {
    let (run, json, directory) = try solve(name)
    defer { directory.remove() }
    #expect(run.status == .unbounded, "\(name): \(run.stderr)")
    #expect(json["status"] as? String == "unbounded")
  }

  @Test("A node limit exits 3 with the limit named, an incumbent and a bound on the right side")
  func limit() throws {
    let (run, json, directory) = try solve("gint_min_10x6_s1", ["--gap", "0", "--node-limit", "1"])
    defer { directory.remove() }
    #expect(run.status == .limitReached)
    #expect(json["status"] as? String == "limit-reached")
    #expect(json["limit"] as? String == "nodes")
    let bound = try #require(json["bound"] as? Double)
    if let objective = json["objective"] as? Double {
      #expect(bound <= objective + 1e-9)  // a minimization
    }
  }
}

/// The HiGHS optima of `unseen/highs.json` (optimal entries only), by name.
enum HiGHSAnswerFile {
  static func load() throws -> [String: Double] {
    let object = try JSONSerialization.jsonObject(with: Data(try TestFixtures.text("unseen/highs.json").utf8))
    let entries = try #require(object as? [String: [String: Any]])
    return entries.compactMapValues { $0["objective"] as? Double }
  }
}
