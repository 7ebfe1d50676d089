import PlannerTestSupport
import Testing

@testable import OptimizationModel

/// Every bundled public instance parses with the sizes listed for it, and round-trips through the writer.
@Suite("MPS fixtures")
struct MPSFixtureTests {
  /// Every bundled MPS file, as `folder/name`.
  static let fixtures: [String] =
    ["adlittle", "afiro", "bandm", "blend", "boeing2", "brandy", "capri", "e226", "etamacro", "grow7", "israel",
     "kb2", "lotfi", "recipe", "sc105", "sc50a", "sc50b", "scagr7", "share2b", "stocfor1"].map { "netlib/\($0)" }
    + ["bell5", "egout", "enigma", "flugpl", "lseu", "p0033", "p0201", "p0282", "rgn", "stein27", "vpm1"]
    .map { "miplib3/\($0)" }
    + ["mknap1_1", "mknap1_2", "mknap1_3", "mknap1_4", "mknap1_5", "mknap1_6", "mknap1_7", "mknapcb1_00",
       "mknapcb1_01"].map { "orlib/\($0)" }
    + ["pf_n12_s1", "pf_n12_s2", "pf_n12_s3", "pf_n40_s1", "pf_n40_s2", "pf_n40_s3", "pf_step1_n40_s1"]
    .map { "generated/\($0)" }

  /// Non-zero counts of the Netlib files, which `optima.json` does not list. Obtained with a
  /// 30-line Python script over the files (split each line on blanks, count the COLUMNS entries
  /// whose row is not the first N row), independent of this reader.
  static let netlibNonZeros: [String: Int] = [
    "adlittle": 383, "afiro": 83, "bandm": 2494, "blend": 491, "boeing2": 1196, "brandy": 2148,
    "capri": 1767, "e226": 2578, "etamacro": 2409, "grow7": 2612, "israel": 2269, "kb2": 286,
    "lotfi": 1078, "recipe": 663, "sc105": 280, "sc50a": 130, "sc50b": 118, "scagr7": 420,
    "share2b": 694, "stocfor1": 447,
  ]

  static func load(_ path: String) throws -> LinearModel {
    try MPSReader.read(try TestFixtures.text(path + ".mps"))
  }

  @Test("Every fixture parses with the listed rows, columns and non-zeros", arguments: fixtures)
  func parsesWithListedSizes(path: String) throws {
    let model = try Self.load(path)
    let name = String(path.split(separator: "/").last ?? "")
    let optima = try KnownOptima.load()
    let entry = try #require(optima[name], "no optima.json entry for \(name)")
    #expect(model.rows.count == entry.rows)
    #expect(model.variables.count == entry.cols)
    let nonZeros = entry.nnz ?? Self.netlibNonZeros[name]
    #expect(nonZeros != nil, "no non-zero count for \(name)")
    #expect(model.nonZeroCount == nonZeros)
    #expect(model.validate().isEmpty)
  }

  @Test("Every fixture round-trips through the free and fixed writers", arguments: fixtures)
  func roundTrips(path: String) throws {
    let model = try Self.load(path)
    let free = try MPSWriter.write(model)
    #expect(try MPSReader.read(free, format: .free) == model)
    #expect(try MPSReader.read(free) == model)
    if let fixed = try? MPSWriter.write(model, format: .fixed) {
      #expect(try MPSReader.read(fixed, format: .fixed) == model)
    }
  }

  @Test("The fixed-format MIPLIB files read the same in fixed and auto mode")
  func fixedAndAutoAgree() throws {
    for name in ["flugpl", "p0033", "bell5", "vpm1"] {
      let text = try TestFixtures.text("miplib3/\(name).mps")
      #expect(try MPSReader.read(text, format: .fixed) == MPSReader.read(text, format: .auto))
    }
  }

  @Test("Reads flugpl's integer columns, bounds and objective as written")
  func flugplDetails() throws {
    let model = try Self.load("miplib3/flugpl")
    #expect(model.name == "FLUGPL")
    #expect(model.objectiveName == "KOSTEN")
    #expect(model.variables.filter(\.isInteger).count == 11)
    #expect(model.sense == .minimize)
  }

  @Test("An RHS on the objective row becomes minus the objective constant (e226)")
  func objectiveConstant() throws {
    let model = try Self.load("netlib/e226")
    // e226's RHS section gives the objective row the value -7.113 (checked in the file).
    #expect(model.objectiveConstant == 7.113)
  }

  @Test("Ranges on boeing2 give two-sided rows")
  func ranges() throws {
    let model = try Self.load("netlib/boeing2")
    #expect(model.rows.contains { $0.lowerBound.isFinite && $0.upperBound.isFinite && $0.lowerBound < $0.upperBound })
  }
}
