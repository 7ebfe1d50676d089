import Foundation

/// File access for the benchmark tool (the libraries never touch files).
enum BenchFiles {
  struct FileError: Error, CustomStringConvertible {
    var description: String
  }

  /// The `.mps` files of `directory`, sorted by name.
  static func mpsFiles(in directory: String) throws -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw FileError(description: "cannot list directory '\(directory)'")
    }
    return names.filter { $0.hasSuffix(".mps") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
  }

  /// The UTF-8 text of `path`.
  static func text(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileError(description: "cannot read '\(path)'")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// Writes `text` to `path` atomically.
  static func write(_ text: String, to path: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw FileError(description: "cannot write '\(path)'")
    }
  }

  /// Creates `directory` (and parents) when missing.
  static func makeDirectory(_ directory: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw FileError(description: "cannot create directory '\(directory)'")
    }
  }

  /// The file name without directory and `.mps`.
  static func instanceName(_ path: String) -> String {
    let file = (path as NSString).lastPathComponent
    return file.hasSuffix(".mps") ? String(file.dropLast(4)) : file
  }
}
