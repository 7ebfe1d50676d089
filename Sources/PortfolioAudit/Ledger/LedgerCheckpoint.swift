import PortfolioDomain

import Hashing

/// A tree head to keep: the number of entries and the RFC 6962 root over the lines, written `SIZE:HEXROOT`.
public struct LedgerCheckpoint: Sendable, Hashable, CustomStringConvertible {
  /// The number of entries (leaves) covered.
  public var size: Int
  /// The Merkle root of the first `size` lines.
  public var root: SHA256Digest

  /// Creates a checkpoint.
  public init(size: Int, root: SHA256Digest) {
    self.size = size
    self.root = root
  }

  /// Parses `SIZE:HEXROOT` (decimal size, 64 hex digits); `nil` when malformed.
  public init?(_ text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let size = Int(parts[0]), let root = SHA256Digest(hex: parts[1])
    else { return nil }
    self.init(size: size, root: root)
  }

  /// `SIZE:HEXROOT`.
  public var description: String { "\(size):\(root.hex)" }
}
