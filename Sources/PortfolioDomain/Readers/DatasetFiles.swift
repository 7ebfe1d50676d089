/// The contents of a dataset's files, by name. The library never reads files itself: the CLI
/// (or a test) reads the folder and hands the bytes over.
public struct DatasetFiles: Sendable, Equatable {
  /// One file: its name (`firms.csv`) and raw bytes.
  public struct File: Sendable, Equatable {
    /// The file's name without folders.
    public var name: String
    /// The raw bytes (UTF-8 text).
    public var contents: [UInt8]
    /// Creates a file from bytes.
    public init(name: String, contents: [UInt8]) {
      self.name = name
      self.contents = contents
    }
    /// Creates a file from text.
    public init(name: String, text: String) {
      self.name = name
      self.contents = Array(text.utf8)
    }
  }

  /// The nine tables of DESIGN §3, in the order they are read.
  public static let tableNames = [
    "firms.csv", "candidates.csv", "tiers.csv", "scores.csv", "sources.csv", "source-years.csv", "eligibility.csv",
    "relations.csv", "milestones.csv",
  ]

  /// The files, sorted by name.
  public private(set) var files: [File]

  /// Creates a set of files; names must be unique (the last one wins).
  public init(_ files: [File]) {
    var byName: [String: File] = [:]
    for file in files { byName[file.name] = file }
    self.files = byName.values.sorted { $0.name < $1.name }
  }

  /// Creates a set of files from texts keyed by name.
  public init(texts: [String: String]) {
    self.init(texts.map { File(name: $0.key, text: $0.value) })
  }

  /// The file with this name.
  public subscript(name: String) -> File? { files.first { $0.name == name } }

  /// The table files present (those of `tableNames`), sorted by name: the inputs of the manifest hash.
  public var tableFiles: [File] { files.filter { DatasetFiles.tableNames.contains($0.name) } }

  /// Returns a copy with `name` replaced (or added).
  public func replacing(_ name: String, with text: String) -> DatasetFiles {
    DatasetFiles(files.filter { $0.name != name } + [File(name: name, text: text)])
  }
}
