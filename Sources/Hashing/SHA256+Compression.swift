/// The eight 32-bit working words of SHA-256's chaining value (FIPS 180-4 §6.2).
struct SHA256State: Sendable {
  var h0, h1, h2, h3, h4, h5, h6, h7: UInt32

  /// The initial hash value H(0) (FIPS 180-4 §5.3.3): the first 32 bits of the fractional parts of the
  /// square roots of the first eight primes.
  static let initial = SHA256State(
    h0: 0x6a09_e667, h1: 0xbb67_ae85, h2: 0x3c6e_f372, h3: 0xa54f_f53a,
    h4: 0x510e_527f, h5: 0x9b05_688c, h6: 0x1f83_d9ab, h7: 0x5be0_cd19)

  /// The state as 32 big-endian bytes.
  var digest: SHA256Digest {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(SHA256Digest.byteCount)
    for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
      bytes.append(UInt8(truncatingIfNeeded: word >> 24))
      bytes.append(UInt8(truncatingIfNeeded: word >> 16))
      bytes.append(UInt8(truncatingIfNeeded: word >> 8))
      bytes.append(UInt8(truncatingIfNeeded: word))
    }
    return SHA256Digest(uncheckedBytes: bytes)
  }
}

extension SHA256 {
  /// The round constants K0...K63 (FIPS 180-4 §4.2.2): the first 32 bits of the fractional parts of the cube
  /// roots of the first 64 primes.
  static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  /// Runs the SHA-256 block function over every 64-byte block of `blocks`, updating `state`.
  ///
  /// The hot loop reads the message through unaligned big-endian loads, keeps the message schedule in one
  /// stack-allocated 64-word buffer reused for every block, and unrolls the rounds eight at a time with the
  /// working variables renamed instead of shuffled, so it allocates nothing and performs no bounds checks.
  ///
  /// - Precondition: `blocks.count` is a multiple of 64.
  static func compress(_ state: inout SHA256State, blocks: UnsafeRawBufferPointer) {
    precondition(blocks.count % blockByteCount == 0, "sha-256 block input of \(blocks.count) bytes")
    guard let base = blocks.baseAddress else { return }
    let blockCount = blocks.count / blockByteCount
    roundConstants.withUnsafeBufferPointer { constants in
      guard let k = constants.baseAddress else { return }
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        guard let w = schedule.baseAddress else { return }
        var h0 = state.h0, h1 = state.h1, h2 = state.h2, h3 = state.h3
        var h4 = state.h4, h5 = state.h5, h6 = state.h6, h7 = state.h7
        var block = base
        for _ in 0..<blockCount {
          for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
          }
          for t in 16..<64 {
            let x = w[t &- 15], y = w[t &- 2]
            let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x &>> 3)
            let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y &>> 10)
            w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
          }
          var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
          var t = 0
          while t < 64 {
            round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
            t &+= 8
          }
          h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
          h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
          block += blockByteCount
        }
        state = SHA256State(h0: h0, h1: h1, h2: h2, h3: h3, h4: h4, h5: h5, h6: h6, h7: h7)
      }
    }
  }

  /// Rotates right by `count` bits (ROTR, FIPS 180-4 §3.2).
  @inline(__always)
  private static func rotate(_ x: UInt32, _ count: UInt32) -> UInt32 {
    (x &>> count) | (x &<< (32 &- count))
  }

  /// One SHA-256 round: with `kw` = K_t + W_t, adds T1 to `d` and sets `h` to T1 + T2 (FIPS 180-4 §6.2.2 step 3),
  /// the other six words being renamed by the caller.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let sigma1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
    let choose = (e & f) ^ (~e & g)
    let t1 = h &+ sigma1 &+ choose &+ kw
    let sigma0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
    let majority = (a & b) ^ (a & c) ^ (b & c)
    d &+= t1
    h = t1 &+ sigma0 &+ majority
  }
}
