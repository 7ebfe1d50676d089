import Foundation

/// The reference results of the bundled benchmark instances (`Fixtures/optima.json`, copied from
/// the solver benchmark kit): proven optimum in minimization form as the MPS is written, published
/// value, sizes, and HiGHS 1.16's time.
public struct KnownOptima: Sendable {
  /// One instance's entry.
  public struct Entry: Sendable, Decodable, Equatable {
    /// The proven optimum, in the sense the MPS file is written (all bundled files minimize).
    public var optimum: Double
    /// The published optimum, when the instance's source lists one.
    public var known: Double?
    /// Constraint rows (objective row excluded).
    public var rows: Int?
    /// Columns.
    public var cols: Int?
    /// Non-zero constraint coefficients (objective excluded), when listed.
    public var nnz: Int?
    /// `"LP"` for the Netlib LPs; absent for MIPs.
    public var kind: String?
    /// HiGHS 1.16's wall seconds (one thread, gap 0, MPS read included).
    public var highsSeconds: Double?
    /// HiGHS's status (`"optimal"` for all bundled instances).
    public var highsStatus: String?

    enum CodingKeys: String, CodingKey {
      case optimum, known, rows, cols, nnz, kind
      case highsSeconds = "highs_seconds_gap0_1thread"
      case highsStatus = "highs_status"
    }
  }

  /// Entries by instance name (the file name without `.mps`).
  public let entries: [String: Entry]

  /// The instance names, sorted.
  public var names: [String] { entries.keys.sorted() }

  /// Decodes `Fixtures/optima.json`.
  public static func load() throws -> KnownOptima {
    let text = try TestFixtures.text("optima.json")
    let entries = try JSONDecoder().decode([String: Entry].self, from: Data(text.utf8))
    return KnownOptima(entries: entries)
  }

  /// The entry of `name` (file name without `.mps`), or `nil`.
  public subscript(name: String) -> Entry? { entries[name] }

  /// The proven optimum of `name`, or `nil` when the instance is not listed.
  public func optimum(_ name: String) -> Double? { entries[name]?.optimum }
}
