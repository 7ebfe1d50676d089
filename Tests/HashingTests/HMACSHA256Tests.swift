import Testing
@testable import Hashing

/// An RFC 4231 test case (EVM.md §5, verified there).
struct HMACVector: Sendable, CustomTestStringConvertible {
  let testCase: Int
  let key: [UInt8]
  let data: [UInt8]
  let hex: String
  var testDescription: String { "RFC 4231 case \(testCase)" }

  static let all: [HMACVector] = [
    HMACVector(
      testCase: 1, key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
      hex: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    HMACVector(
      testCase: 2, key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
      hex: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    HMACVector(
      testCase: 3, key: [UInt8](repeating: 0xaa, count: 20), data: [UInt8](repeating: 0xdd, count: 50),
      hex: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
    HMACVector(
      testCase: 6, key: [UInt8](repeating: 0xaa, count: 131),
      data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
      hex: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    HMACVector(
      testCase: 7, key: [UInt8](repeating: 0xaa, count: 131),
      data: Array(
        ("This is a test using a larger than block-size key and a larger than block-size data. "
          + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
      hex: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ]
}

@Suite("HMAC-SHA256")
struct HMACSHA256Tests {
  @Test("Matches the RFC 4231 vectors, including a key longer than the block", arguments: HMACVector.all)
  func matchesVector(_ vector: HMACVector) {
    #expect(HMACSHA256.authenticationCode(for: vector.data, key: vector.key).hex == vector.hex)
  }

  @Test("Streaming equals one-shot at every split point", arguments: HMACVector.all)
  func streaming(_ vector: HMACVector) {
    for split in 0...vector.data.count {
      var authenticator = HMACSHA256(key: vector.key)
      authenticator.update(vector.data[..<split])
      vector.data[split...].withUnsafeBytes { authenticator.update($0) }
      #expect(authenticator.finalize().hex == vector.hex, "split at \(split)")
    }
  }

  @Test("A key of exactly one block is used as is, and differs from that key hashed")
  func blockSizedKey() {
    let key = [UInt8](repeating: 0x42, count: 64)
    let direct = HMACSHA256.authenticationCode(for: "m".utf8, key: key)
    let prehashed = HMACSHA256.authenticationCode(for: "m".utf8, key: SHA256.hash(key).bytes)
    #expect(direct != prehashed)
    let long = [UInt8](repeating: 0x42, count: 65)
    #expect(
      HMACSHA256.authenticationCode(for: "m".utf8, key: long)
        == HMACSHA256.authenticationCode(for: "m".utf8, key: SHA256.hash(long).bytes))
  }

  @Test("A different key or message gives a different tag")
  func keyAndMessageMatter() {
    let base = HMACSHA256.authenticationCode(for: "ledger line".utf8, key: "k1".utf8)
    #expect(base != HMACSHA256.authenticationCode(for: "ledger line".utf8, key: "k2".utf8))
    #expect(base != HMACSHA256.authenticationCode(for: "ledger linE".utf8, key: "k1".utf8))
  }
}
