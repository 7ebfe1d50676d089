import Foundation

/// Encodes results as JSON with sorted keys, two-space pretty printing and a final newline (STYLE C5).
public enum JSONOutput {
  /// The JSON text of `value`.
  ///
  /// - Throws: `CLIError.invalidData` if the value cannot be encoded (a non-finite number).
  public static func encode(_ value: some Encodable) throws(CLIError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      let data = try encoder.encode(value)
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      throw .invalidData("cannot encode the result as JSON: \(error)")
    }
  }
}
