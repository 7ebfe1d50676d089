import Testing
@testable import Hashing

/// A message and its SHA-256 as published (EVM.md §7: FIPS 180-4, NIST SHA2_Additional, padding extras).
struct SHA256Vector: Sendable, CustomTestStringConvertible {
  let name: String
  let message: [UInt8]
  let hex: String
  var testDescription: String { name }

  init(_ name: String, _ message: [UInt8], _ hex: String) {
    self.name = name
    self.message = message
    self.hex = hex
  }

  init(_ name: String, _ byte: UInt8, count: Int, _ hex: String) {
    self.init(name, [UInt8](repeating: byte, count: count), hex)
  }

  static let abc56 = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
  static let abc112 = Array(
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
      .utf8)

  static let all: [SHA256Vector] = [
    .init("empty", [], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    .init("abc", Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    .init("448-bit abcdbcde...", abc56, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    .init("896-bit abcdefgh...", abc112, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    .init("one byte 0xbd", [0xbd], "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b"),
    .init("4 bytes c98c8e55", [0xc9, 0x8c, 0x8e, 0x55], "7abc22c0ae5af26ce93dbb94433a0e0b2e119d014f8e7f65bd56c61ccccd9504"),
    .init("55 zero bytes", 0, count: 55, "02779466cdec163811d078815c633f21901413081449002f24aa3e80f0b88ef7"),
    .init("56 zero bytes", 0, count: 56, "d4817aa5497628e7c77e6b606107042bbba3130888c5f47a375e6179be789fbb"),
    .init("57 zero bytes", 0, count: 57, "65a16cb7861335d5ace3c60718b5052e44660726da4cd13bb745381b235a1785"),
    .init("64 zero bytes", 0, count: 64, "f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a92759fb4b"),
    .init("1000 zero bytes", 0, count: 1000, "541b3e9daa09b20bf85fa273e5cbd3e80185aa4ec298e765db87742b70138a53"),
    .init("1000 x 'A'", 0x41, count: 1000, "c2e686823489ced2017f6059b8b239318b6364f6dcd835d0a519105a1eadd6e4"),
    .init("1005 x 'U'", 0x55, count: 1005, "f4d62ddec0f3dd90ea1380fa16a5ff8dc4c54b21740650f24afc4120903552b0"),
    .init("'a'", Array("a".utf8), "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"),
    .init("55 x 'a'", 0x61, count: 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    .init("56 x 'a'", 0x61, count: 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    .init("63 x 'a'", 0x61, count: 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
    .init("64 x 'a'", 0x61, count: 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    .init(
      "'0123456789' x 6", Array(String(repeating: "0123456789", count: 6).utf8),
      "5e43c8704ac81f33d701c1ace046ba9f257062b4d17e78f3254cbf243177e4f2"),
  ]
}

@Suite("SHA-256")
struct SHA256Tests {
  @Test("Matches every FIPS 180-4 and NIST vector in one shot", arguments: SHA256Vector.all)
  func matchesVector(_ vector: SHA256Vector) {
    #expect(SHA256.hash(vector.message).hex == vector.hex)
    #expect(vector.message.withUnsafeBytes { SHA256.hash($0) }.hex == vector.hex)
  }

  @Test("Hashes one million 'a' (a multi-block run with a 64-bit length)")
  func millionA() {
    let message = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(SHA256.hash(message).hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("Hashes one million zero bytes fed in uneven chunks")
  func millionZeroInChunks() {
    var hasher = SHA256()
    var remaining = 1_000_000
    var chunk = 1
    while remaining > 0 {
      let take = min(chunk, remaining)
      hasher.update([UInt8](repeating: 0, count: take))
      remaining -= take
      chunk = chunk * 3 + 1
    }
    #expect(hasher.finalize().hex == "d29751f2649b32ff572b5e0a9f541ea660a50f94ff0beedfb0b692b924cc8025")
  }

  @Test("Streaming equals one-shot at every split point of the 448- and 896-bit messages")
  func everySplitPoint() {
    for vector in SHA256Vector.all where vector.name.contains("-bit") {
      for split in 0...vector.message.count {
        var hasher = SHA256()
        hasher.update(vector.message[..<split])
        hasher.update(vector.message[split...])
        #expect(hasher.finalize().hex == vector.hex, "split at \(split) of \(vector.name)")
      }
    }
  }

  @Test("Streaming equals one-shot for every two-way split of lengths around the padding boundaries")
  func paddingBoundaries() {
    for length in [0, 1, 54, 55, 56, 57, 62, 63, 64, 65, 119, 120, 127, 128, 129] {
      let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
      let whole = SHA256.hash(message)
      for split in 0...length {
        var hasher = SHA256()
        message[..<split].withUnsafeBytes { hasher.update($0) }
        hasher.update(message[split...])
        #expect(hasher.finalize() == whole, "length \(length) split \(split)")
      }
      var byteByByte = SHA256()
      for byte in message { byteByByte.update(CollectionOfOne(byte)) }
      #expect(byteByByte.finalize() == whole, "length \(length) byte by byte")
    }
  }

  @Test("Padding lengths 55 and 56 need one and two final blocks and give different digests")
  func fiftyFiveFiftySix() {
    let h55 = SHA256.hash([UInt8](repeating: 0x61, count: 55))
    let h56 = SHA256.hash([UInt8](repeating: 0x61, count: 56))
    #expect(h55 != h56)
  }

  @Test("Finalize leaves the hasher usable: the running hash can be read and then extended")
  func finalizeDoesNotConsume() {
    var hasher = SHA256()
    hasher.update("ab".utf8)
    let prefix = hasher.finalize()
    hasher.update("c".utf8)
    #expect(prefix == SHA256.hash("ab".utf8))
    #expect(hasher.finalize().hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test("Accepts non-contiguous sequences and strings")
  func sequencesAndStrings() {
    let lazy = (0..<5000).lazy.map { UInt8(truncatingIfNeeded: $0) }
    #expect(SHA256.hash(lazy) == SHA256.hash(Array(lazy)))
    #expect(SHA256.hash(utf8: "abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hash(utf8: "Čelik/š") == SHA256.hash(Array("Čelik/š".utf8)))
  }

  @Test("An empty update changes nothing")
  func emptyUpdate() {
    var hasher = SHA256()
    hasher.update([UInt8]())
    hasher.update(UnsafeRawBufferPointer(start: nil, count: 0))
    #expect(hasher.finalize() == SHA256.hash([UInt8]()))
  }
}
