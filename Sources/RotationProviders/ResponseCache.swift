import Foundation
import RotationCore
import RotationData

/// Raw answers on disk, so a re-run needs no network:
/// `DIR/PROVIDER/SYMBOL-URLHASH.EXT` holds the bytes exactly as received and
/// `….meta.json` their URL, download time and content hash. The key is the URL (which depends
/// only on the provider, its base URL, the symbol and the range). An entry whose bytes no
/// longer match their recorded hash is ignored. Only answers that parsed are stored.
struct ResponseCache {
    /// What the sidecar file records.
    struct Record: Codable {
        var url: String
        var source: String
        var fetchedAt: String
        var contentHash: String
        var bytes: Int

        enum CodingKeys: String, CodingKey {
            case url, source, bytes
            case fetchedAt = "fetched_at"
            case contentHash = "content_hash"
        }
    }

    let directory: String

    /// The body file for an answer.
    func file(provider: ProviderName, symbol: String, url: String) -> String {
        let safe = String(symbol.map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "_" })
        let key = ContentHash.fnv1a64(Array(url.utf8)).prefix(12)
        let ext: String
        switch provider {
        case .yahoo: ext = "json"
        case .french: ext = "zip"
        case .stooq, .fred, .ishares: ext = "csv"
        }
        return "\(directory)/\(provider.rawValue)/\(safe)-\(key).\(ext)"
    }

    /// The cached body and record for `file` and `url`, or `nil` when absent, unreadable, for
    /// another URL or altered since it was written.
    func read(file: String, url: String) -> (body: [UInt8], record: Record)? {
        guard let meta = FileManager.default.contents(atPath: file + ".meta.json"),
              let record = try? JSONDecoder().decode(Record.self, from: meta), record.url == url,
              let data = FileManager.default.contents(atPath: file) else { return nil }
        let body = [UInt8](data)
        guard ContentHash.fnv1a64(body) == record.contentHash else { return nil }
        return (body, record)
    }

    /// Stores a body and its record, each written to a temporary file and renamed into place.
    /// Throws `DataError(.io)` naming the cache file when that fails.
    func write(file: String, body: [UInt8], record: Record) throws {
        do {
            let folder = (file as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try ResponseCache.replace(file, with: Data(body))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try ResponseCache.replace(file + ".meta.json", with: try encoder.encode(record))
        } catch {
            throw DataError(.io, "cannot write the cache (use --cache DIR to put it elsewhere)", at: SourceLocation(file: file))
        }
    }

    private static func replace(_ path: String, with data: Data) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try data.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
