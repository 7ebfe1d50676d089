/// A 32-byte SHA-256 digest (also used for HMAC-SHA256 tags and Merkle tree hashes).
///
/// Equality is ordinary byte equality; use ``constantTimeEquals(_:)`` when comparing a secret-derived
/// value such as a MAC against an untrusted one.
public struct SHA256Digest: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 32 digest bytes, most significant first (the FIPS 180-4 byte order).
  public let bytes: [UInt8]

  /// The number of bytes in a digest.
  public static let byteCount = 32

  /// Wraps exactly 32 bytes.
  ///
  /// - Returns: `nil` when `bytes` is not 32 bytes long.
  public init?(bytes: [UInt8]) {
    guard bytes.count == SHA256Digest.byteCount else { return nil }
    self.bytes = bytes
  }

  /// Internal initializer for bytes already known to be 32 long.
  init(uncheckedBytes bytes: [UInt8]) {
    assert(bytes.count == SHA256Digest.byteCount, "digest must be 32 bytes, got \(bytes.count)")
    self.bytes = bytes
  }

  /// Parses 64 hexadecimal digits (upper or lower case).
  ///
  /// - Returns: `nil` unless `hex` is exactly 64 hex digits.
  public init?(hex: some StringProtocol) {
    guard let decoded = Hex.decode(hex), decoded.count == SHA256Digest.byteCount else { return nil }
    self.bytes = decoded
  }

  /// The digest as 64 lowercase hexadecimal digits.
  public var hex: String { Hex.encode(bytes) }

  /// Same as ``hex``.
  public var description: String { hex }

  /// Lexicographic byte order (so digests can be sorted deterministically).
  public static func < (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
    lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
  }

  /// Compares two digests in time that does not depend on where they first differ.
  ///
  /// Use it to check a MAC, so that a forger cannot learn a correct prefix byte by byte.
  public func constantTimeEquals(_ other: SHA256Digest) -> Bool {
    var difference: UInt8 = 0
    for index in 0..<SHA256Digest.byteCount {
      difference |= bytes[index] ^ other.bytes[index]
    }
    return difference == 0
  }
}
