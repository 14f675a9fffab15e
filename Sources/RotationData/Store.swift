import RotationCore

/// A place that keeps series: SQLite (embedded default) or PostgreSQL (shared server).
///
/// Every implementation passes the same storage contract suite. Imports are atomic (one
/// transaction for the whole batch: a failure leaves the store exactly as it was) and
/// idempotent (importing the same data again reports every row `unchanged`). Values are
/// returned exactly as imported.
public protocol Store: Sendable {
    /// Imports every item in one transaction and returns one report per item, in order.
    /// Also records each file in the import log (file, content hash, time, counts).
    func importBatch(_ items: [ImportItem]) async throws -> [ImportReport]

    /// Every symbol held, sorted by symbol.
    func symbols() async throws -> [SymbolSummary]

    /// The bars of a price symbol, or the values of any other kind as a `Series`.
    /// Throws `DataError(.unknownSymbol)` for a symbol the store does not hold.
    func load(symbol: String) async throws -> LoadedSeries

    /// The import log, newest first.
    func importLog() async throws -> [ImportLogEntry]
}

/// One file recorded by an import, for provenance.
public struct ImportLogEntry: Sendable, Equatable, Codable {
    public var file: String
    public var contentHash: String
    public var symbol: String
    /// When the import ran, ISO-8601 UTC timestamp text.
    public var importedAt: String
    public var added: Int
    public var updated: Int
    public var unchanged: Int

    public init(file: String, contentHash: String, symbol: String, importedAt: String,
                added: Int, updated: Int, unchanged: Int) {
        self.file = file
        self.contentHash = contentHash
        self.symbol = symbol
        self.importedAt = importedAt
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    enum CodingKeys: String, CodingKey {
        case file, symbol, added, updated, unchanged
        case contentHash = "content_hash"
        case importedAt = "imported_at"
    }
}
