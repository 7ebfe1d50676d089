/// HMAC-SHA256 (RFC 2104, FIPS 198-1), streaming and one-shot.
///
/// A key longer than the 64-byte block is first hashed with SHA-256; a shorter one is padded with zeros
/// (RFC 2104 §2). The tag is the full 32 bytes (no truncation).
///
/// ```swift
/// let tag = HMACSHA256.authenticationCode(for: "Hi There".utf8, key: [UInt8](repeating: 0x0b, count: 20))
/// tag.hex  // "b0344c61..."
/// ```
public struct HMACSHA256: Sendable {
  private var inner: SHA256
  private var outer: SHA256

  /// Starts an authentication code for `key` (raw bytes; any length, including empty).
  public init(key: some Sequence<UInt8>) {
    var block = Array(key)
    if block.count > SHA256.blockByteCount { block = SHA256.hash(block).bytes }
    block.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - block.count))
    inner = SHA256()
    inner.update(block.map { $0 ^ 0x36 })
    outer = SHA256()
    outer.update(block.map { $0 ^ 0x5c })
  }

  /// Appends message bytes.
  public mutating func update(_ bytes: some Sequence<UInt8>) { inner.update(bytes) }

  /// Appends message bytes from a raw buffer.
  public mutating func update(_ buffer: UnsafeRawBufferPointer) { inner.update(buffer) }

  /// The tag of everything appended so far: SHA-256((K ^ opad) || SHA-256((K ^ ipad) || message)).
  ///
  /// The authenticator is unchanged, so more bytes may be appended afterwards.
  public func finalize() -> SHA256Digest {
    var finisher = outer
    finisher.update(inner.finalize().bytes)
    return finisher.finalize()
  }

  /// The HMAC-SHA256 tag of `message` under `key` in one call.
  public static func authenticationCode(
    for message: some Sequence<UInt8>, key: some Sequence<UInt8>
  ) -> SHA256Digest {
    var authenticator = HMACSHA256(key: key)
    authenticator.update(message)
    return authenticator.finalize()
  }
}
