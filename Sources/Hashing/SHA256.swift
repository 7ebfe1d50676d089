/// SHA-256 (FIPS 180-4 §6.2), streaming and one-shot, in pure Swift with no dependencies.
///
/// Feed bytes with any number of `update` calls, then call ``finalize()``; the digest does not depend on how
/// the message was split. `finalize()` does not change the hasher, so a running hash can be read at any point
/// and then extended.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update("ab".utf8)
/// hasher.update("c".utf8)
/// hasher.finalize().hex  // "ba7816bf..."
/// SHA256.hash("abc".utf8) == hasher.finalize()  // true
/// ```
///
/// - Complexity: O(n) in the message length; the block function works on the caller's memory without copying
///   whole blocks and without heap allocation (see `SHA256+Compression.swift`).
public struct SHA256: Sendable {
  /// The size of one message block in bytes.
  public static let blockByteCount = 64

  /// The chaining value H0...H7.
  var state: SHA256State = .initial
  /// The tail of the message that does not yet fill a block (0 to 63 bytes).
  private var pending: [UInt8] = []
  /// The message length so far in bytes (the padding writes it in bits, modulo 2^64 as the standard says).
  private var messageByteCount: UInt64 = 0

  /// A hasher for an empty message.
  public init() {
    pending.reserveCapacity(SHA256.blockByteCount)
  }

  /// Appends the bytes of a raw buffer to the message.
  ///
  /// Full blocks are hashed straight from `input`; only a partial tail is copied.
  public mutating func update(_ input: UnsafeRawBufferPointer) {
    guard let base = input.baseAddress, input.count > 0 else { return }
    messageByteCount &+= UInt64(input.count)
    var offset = 0
    var chaining = state
    if !pending.isEmpty {
      let take = min(SHA256.blockByteCount - pending.count, input.count)
      pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
      offset = take
      guard pending.count == SHA256.blockByteCount else { return }
      pending.withUnsafeBytes { SHA256.compress(&chaining, blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let fullLength = (input.count - offset) / SHA256.blockByteCount * SHA256.blockByteCount
    if fullLength > 0 {
      SHA256.compress(&chaining, blocks: UnsafeRawBufferPointer(start: base + offset, count: fullLength))
      offset += fullLength
    }
    state = chaining
    if offset < input.count {
      pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: input.count - offset))
    }
  }

  /// Appends a sequence of bytes to the message (an `Array`, `ArraySlice`, a `String`'s `utf8` view, ...).
  ///
  /// Contiguous collections are hashed in place; other sequences are copied in chunks of 4 KiB.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(UnsafeRawBufferPointer(buffer))
    }
    if done != nil { return }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(4096)
    for byte in bytes {
      chunk.append(byte)
      if chunk.count == 4096 {
        chunk.withUnsafeBytes { update($0) }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    chunk.withUnsafeBytes { update($0) }
  }

  /// Appends the UTF-8 bytes of a string.
  public mutating func update(utf8 text: String) {
    var copy = text
    copy.withUTF8 { update(UnsafeRawBufferPointer($0)) }
  }

  /// The digest of everything appended so far (FIPS 180-4 §5.1.1 padding: 0x80, zeros, 64-bit bit length).
  ///
  /// The hasher itself is unchanged: more bytes may be appended afterwards.
  public func finalize() -> SHA256Digest {
    var tail = pending
    tail.append(0x80)
    while tail.count % SHA256.blockByteCount != SHA256.blockByteCount - 8 { tail.append(0) }
    let bitLength = messageByteCount &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    var chaining = state
    tail.withUnsafeBytes { SHA256.compress(&chaining, blocks: $0) }
    return chaining.digest
  }

  /// The SHA-256 digest of a byte sequence in one call.
  public static func hash(_ bytes: some Sequence<UInt8>) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The SHA-256 digest of a raw buffer in one call.
  public static func hash(_ buffer: UnsafeRawBufferPointer) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(buffer)
    return hasher.finalize()
  }

  /// The SHA-256 digest of a string's UTF-8 bytes.
  public static func hash(utf8 text: String) -> SHA256Digest {
    var hasher = SHA256()
    hasher.update(utf8: text)
    return hasher.finalize()
  }
}
