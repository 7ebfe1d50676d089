/// Lowercase hexadecimal encoding and decoding of byte sequences.
public enum Hex {
  private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Encodes bytes as lowercase hexadecimal, two digits per byte, most significant nibble first.
  public static func encode(_ bytes: some Sequence<UInt8>) -> String {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
      utf8.append(digits[Int(byte >> 4)])
      utf8.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Decodes hexadecimal digits (either case) into bytes.
  ///
  /// - Returns: `nil` when the text has an odd number of characters or a character that is not a hex digit.
  public static func decode(_ text: some StringProtocol) -> [UInt8]? {
    let utf8 = Array(text.utf8)
    guard utf8.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count / 2)
    var index = 0
    while index < utf8.count {
      guard let high = value(of: utf8[index]), let low = value(of: utf8[index + 1]) else { return nil }
      bytes.append(high << 4 | low)
      index += 2
    }
    return bytes
  }

  private static func value(of digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
