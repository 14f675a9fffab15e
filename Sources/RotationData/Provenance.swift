/// Where fetched data came from: written to the JSON result and, through the import's file
/// field and content hash, to the store's import log.
public struct Provenance: Sendable, Equatable, Codable {
    /// The provider (`stooq`, `yahoo`, `fred`, `french`, `ishares`).
    public var source: String
    /// The symbol as the user asked for it (`^rut`).
    public var symbol: String
    /// The name stored (`RUT`, or the factor stem `FF3_MONTHLY`).
    public var storedAs: String
    public var url: String
    /// When the answer was downloaded (ISO-8601 UTC); on a cache hit, the original download.
    public var fetchedAt: String
    /// FNV-1a 64-bit hash of the raw answer (`ContentHash`), as for imported files.
    public var contentHash: String
    /// The raw answer in the cache.
    public var cacheFile: String
    /// True when the answer came from the cache (no network used).
    public var fromCache: Bool

    public init(source: String, symbol: String, storedAs: String, url: String, fetchedAt: String,
                contentHash: String, cacheFile: String, fromCache: Bool) {
        self.source = source
        self.symbol = symbol
        self.storedAs = storedAs
        self.url = url
        self.fetchedAt = fetchedAt
        self.contentHash = contentHash
        self.cacheFile = cacheFile
        self.fromCache = fromCache
    }

    /// The import log's file field for fetched data: `URL (SOURCE, fetched TIME)`.
    public var logFile: String { "\(url) (\(source), fetched \(fetchedAt))" }

    enum CodingKeys: String, CodingKey {
        case source, symbol, url
        case storedAs = "stored_as"
        case fetchedAt = "fetched_at"
        case contentHash = "content_hash"
        case cacheFile = "cache_file"
        case fromCache = "from_cache"
    }
}
