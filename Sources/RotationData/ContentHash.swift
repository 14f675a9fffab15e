/// FNV-1a, 64-bit: a fast, dependency-free fingerprint of a file's bytes for the import log.
/// It identifies content for provenance ("was this the same file?"); it is not a security hash.
public enum ContentHash {
    /// 16 lowercase hex digits.
    public static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
