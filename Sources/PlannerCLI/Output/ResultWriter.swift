/// Sends a command's result to stdout, or with `--out FILE` to that file, atomically (DESIGN §6).
public enum ResultWriter {
  /// Writes `text` to `out` (relative to the working directory) or, when `out` is `nil` or `-`, to stdout.
  ///
  /// - Throws: `CLIError.cannotWrite` (exit 73); an existing file is then left untouched.
  public static func write(_ text: String, out: String?, in context: CommandContext) throws(CLIError) {
    guard let out, out != "-" else {
      context.stdout.write(text)
      return
    }
    try AtomicFileWriter.write(text: text, to: context.resolve(out))
  }
}
