import Foundation
import PortfolioReports

/// Writes the files of `dcbplan report`: one file to stdout or `--out FILE`, or the CSV set into `--out DIR`
/// (one file per table), each file atomically (DESIGN §6).
enum ReportWriter {
  /// Writes `files`.
  ///
  /// A single file goes to stdout, or to `out`; when `out` names an existing folder, into it under its own name
  /// (`report.html`). Several files (CSV) go into the folder `out`, created if missing (its parent must exist).
  ///
  /// - Throws: `CLIError.cannotWrite` (exit 73) when a file or the folder cannot be written; files already
  ///   written stay, and an existing file is replaced only whole.
  static func write(_ files: [ReportFile], format: ReportOutputFormat, out: String?, in context: CommandContext) throws(CLIError) {
    if format.documentFormat?.isMultiFile == true {
      guard let out else { throw .cannotWrite(path: "-", reason: "csv needs a folder: give --out DIR") }
      let folder = context.resolve(out)
      try makeFolder(folder, shown: DataLocator.display(folder, in: context))
      for file in files {
        try AtomicFileWriter.write(text: file.contents, to: folder.appendingPathComponent(file.fileName))
      }
      return
    }
    guard let file = files.first else { return }
    guard let out, out != "-" else {
      context.stdout.write(file.contents)
      return
    }
    var target = context.resolve(out)
    if DataLocator.isDirectory(target) { target = target.appendingPathComponent(file.fileName) }
    try AtomicFileWriter.write(text: file.contents, to: target)
  }

  /// Creates `folder` unless it exists (the parent must exist, so a typo does not grow a tree).
  private static func makeFolder(_ folder: URL, shown: String) throws(CLIError) {
    if DataLocator.isDirectory(folder) { return }
    if DataLocator.isFile(folder) { throw .cannotWrite(path: shown, reason: "is a file; csv writes one file per table into a folder") }
    let parent = folder.deletingLastPathComponent()
    guard DataLocator.isDirectory(parent) else {
      throw .cannotWrite(path: shown, reason: "the parent folder \(parent.path) does not exist")
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    } catch {
      throw .cannotWrite(path: shown, reason: "cannot create the folder: \(error.localizedDescription)")
    }
  }
}
