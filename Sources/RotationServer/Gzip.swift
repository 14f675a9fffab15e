import CompressNIO
import Foundation
import Hummingbird

/// gzip for answers (CompressNIO over zlib): whether a request accepts it, the compression
/// itself, and a small memo of compressed bodies by content hash, so a kept page is compressed
/// once, not on every request.
enum Gzip {
    /// Bodies smaller than this are sent as they are (the gzip header and a round trip of
    /// decompression cost more than they save).
    static let minimumBytes = 1024

    /// True when `Accept-Encoding` lists `gzip` (or `*`) with a non-zero quality.
    static func accepted(by request: Request) -> Bool {
        guard let header = request.headers[.acceptEncoding] else { return false }
        return header.split(separator: ",").contains { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, coding == "gzip" || coding == "x-gzip" || coding == "*" else { return false }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0
        }
    }

    /// The gzip stream of `body`, or nil when it is too small or would not be smaller.
    static func compress(_ body: Data) -> Data? {
        guard body.count >= minimumBytes else { return nil }
        var buffer = ByteBuffer(bytes: body)
        guard let compressed = try? buffer.compress(with: .gzip()), compressed.readableBytes < body.count else { return nil }
        return Data(compressed.readableBytesView)
    }

    /// Compressed bodies by content hash, at most 256 of them (the oldest leaves first).
    static let memo = Memo(maxEntries: 256)

    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: Data?] = [:]
        private var order: [String] = []
        private let maxEntries: Int

        init(maxEntries: Int) { self.maxEntries = maxEntries }

        /// The compressed `body` whose content hash is `key` (nil when gzip does not pay).
        func compressed(_ body: Data, key: String) -> Data? {
            lock.lock()
            let kept = entries[key]
            lock.unlock()
            if let kept { return kept }
            let result = Gzip.compress(body)
            lock.lock()
            if entries.updateValue(result, forKey: key) == nil { order.append(key) }
            while order.count > maxEntries { entries.removeValue(forKey: order.removeFirst()) }
            lock.unlock()
            return result
        }
    }
}
