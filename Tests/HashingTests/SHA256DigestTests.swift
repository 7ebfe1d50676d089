import Testing
@testable import Hashing

@Suite("SHA-256 digest and hex")
struct SHA256DigestTests {
  @Test("Round-trips through hex in either case")
  func hexRoundTrip() throws {
    let digest = SHA256.hash("abc".utf8)
    let parsed = try #require(SHA256Digest(hex: digest.hex.uppercased()))
    #expect(parsed == digest)
    #expect(digest.description == digest.hex)
  }

  @Test("Rejects hex of the wrong length or with a non-hex character")
  func rejectsBadHex() {
    #expect(SHA256Digest(hex: "abcd") == nil)
    #expect(SHA256Digest(hex: String(repeating: "g", count: 64)) == nil)
    #expect(SHA256Digest(hex: String(repeating: "0", count: 63)) == nil)
    #expect(SHA256Digest(bytes: [1, 2, 3]) == nil)
    #expect(Hex.decode("0") == nil)
    #expect(Hex.decode("0x") == nil)
  }

  @Test("Hex encodes bytes lowercase, most significant nibble first")
  func hexEncoding() {
    #expect(Hex.encode([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
    #expect(Hex.decode("000FA0ff") == [0x00, 0x0f, 0xa0, 0xff])
  }

  @Test("Constant-time comparison agrees with equality")
  func constantTimeEquality() throws {
    let a = SHA256.hash("a".utf8)
    let b = SHA256.hash("b".utf8)
    #expect(a.constantTimeEquals(a))
    #expect(!a.constantTimeEquals(b))
    var lastByteFlipped = a.bytes
    lastByteFlipped[31] ^= 1
    #expect(!a.constantTimeEquals(try #require(SHA256Digest(bytes: lastByteFlipped))))
  }

  @Test("Orders digests by their bytes")
  func ordering() throws {
    let low = try #require(SHA256Digest(hex: "00" + String(repeating: "ff", count: 31)))
    let high = try #require(SHA256Digest(hex: "01" + String(repeating: "00", count: 31)))
    #expect(low < high)
  }
}
