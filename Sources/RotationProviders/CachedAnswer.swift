import Foundation
import RotationCore
import RotationData

/// One answer of a source outside the `Provider` protocol (SEC, FINRA), through the same
/// on-disk cache as `FetchEngine`: `DIR/SOURCE/NAME-URLHASH.EXT`, with its `.meta.json`.
struct CachedAnswer {
    let cache: ResponseCache
    let source: String
    let refresh: Bool

    /// The body of `url`: from the cache (unless `refresh`), else from `get`; `validate`
    /// throws for an answer that does not parse, which is then neither cached nor returned.
    func body(url: String, name: String, ext: String, now: () -> Date, get: () async throws -> [UInt8],
              validate: ([UInt8], String) throws -> Void) async throws -> ([UInt8], Provenance) {
        let key = ContentHash.fnv1a64(Array(url.utf8)).prefix(12)
        let file = "\(cache.directory)/\(source)/\(name)-\(key).\(ext)"
        if !refresh, let hit = cache.read(file: file, url: url) {
            try validate(hit.body, file)
            return (hit.body, Provenance(source: source, symbol: name, storedAs: name, url: url, fetchedAt: hit.record.fetchedAt,
                                         contentHash: hit.record.contentHash, cacheFile: file, fromCache: true))
        }
        let body = try await get()
        try validate(body, url)
        let record = ResponseCache.Record(url: url, source: source, fetchedAt: FetchEngine.timestamp(now()),
                                          contentHash: ContentHash.fnv1a64(body), bytes: body.count)
        try cache.write(file: file, body: body, record: record)
        return (body, Provenance(source: source, symbol: name, storedAs: name, url: url, fetchedAt: record.fetchedAt,
                                 contentHash: record.contentHash, cacheFile: file, fromCache: false))
    }
}
