import RotationCore

/// A store that also keeps an index's dated membership snapshots and member prices imported
/// from a wide matrix. Separate from `Store` so that a driver can implement prices first.
///
/// The guarantees are `Store`'s: one transaction per batch (a failure leaves the store exactly
/// as it was) and idempotence (the same batch again reports every row `unchanged`).
///
/// - A snapshot is the complete member list of one index on one date, keyed by (index, date).
///   Re-importing it compares member by member: a ticker the store lacks is `added`, one whose
///   name, sector, weight or market value differs is `updated`, an identical one `unchanged`,
///   and a stored member the new list lacks is `removed` (the list is replaced, not merged).
/// - A member price matrix writes each ticker's closes into that ticker's bars as `adj_close`
///   only (other bar fields are left as stored), merged by day like any price import.
public protocol MembershipStore: Store {
    /// Imports series items, snapshots and member price matrices in one transaction and
    /// returns one report per item, in order.
    func importBatch(_ items: [BatchImportItem]) async throws -> [BatchImportReport]

    /// Every stored snapshot, sorted by index then date.
    func snapshotSummaries() async throws -> [SnapshotSummary]

    /// All snapshots of `index` (found case-insensitively), ascending by date. Throws
    /// `DataError(.unknownSymbol)` when the store holds no snapshot of it.
    func membershipHistory(index: String) async throws -> MembershipHistory

    /// The bars of each held price symbol among `symbols` (exact names), read in one
    /// transaction; symbols the store does not hold as prices are left out.
    func loadBars(symbols: [String]) async throws -> [DailyBars]
}

/// One snapshot to import: which index, from which file, and its members.
public struct SnapshotImportItem: Sendable {
    public var file: String
    /// FNV-1a 64-bit hash of the file's bytes (see `ContentHash`).
    public var contentHash: String
    /// The index (or fund) the list belongs to, e.g. `IWM`.
    public var index: String
    public var snapshot: MembershipSnapshot
    /// Security names by ticker, where the file has them.
    public var names: [String: String]

    public init(file: String, contentHash: String, index: String, snapshot: MembershipSnapshot,
                names: [String: String] = [:]) {
        self.file = file
        self.contentHash = contentHash
        self.index = index
        self.snapshot = snapshot
        self.names = names
    }
}

extension SnapshotImportItem {
    /// Checks what every store refuses before writing: no index name, no members, or a weight or
    /// market value that is not a finite number (the first such ticker in byte order is named).
    ///
    /// - Throws: `DataError(.badInput)` naming the file.
    public func validate() throws(DataError) {
        let at = SourceLocation(file: file)
        guard !index.isEmpty else { throw DataError(.badInput, "no index name for the snapshot (pass --symbol)", at: at) }
        guard !snapshot.members.isEmpty else {
            throw DataError(.badInput, "no members on \(snapshot.date) (no equity rows with a ticker)", at: at)
        }
        let bad = snapshot.members.filter { !$0.value.weight.isFinite || !($0.value.marketValue?.isFinite ?? true) }
        if let ticker = bad.keys.min() {
            throw DataError(.badInput, "member \"\(ticker)\" has a weight or market value that is not a finite number", at: at)
        }
    }
}

/// A wide matrix of member closes to import as `adj_close` bars, one series per ticker.
public struct MemberPricesImportItem: Sendable {
    public var file: String
    public var contentHash: String
    public var panel: MemberPanel

    public init(file: String, contentHash: String, panel: MemberPanel) {
        self.file = file
        self.contentHash = contentHash
        self.panel = panel
    }
}

/// Anything `rotation import` writes.
public enum BatchImportItem: Sendable {
    /// A price, return, rate or factor series (as `Store.importBatch` takes).
    case series(ImportItem)
    /// A dated membership snapshot.
    case snapshot(SnapshotImportItem)
    /// A member price matrix.
    case memberPrices(MemberPricesImportItem)

    /// The file the item came from.
    public var file: String {
        switch self {
        case .series(let item): item.file
        case .snapshot(let item): item.file
        case .memberPrices(let item): item.file
        }
    }
}

/// What an import did with one item: the contract's `imports[]` element with a `kind`.
///
/// `kind` is the series kind (`price`, `return`, `rate`, `factor`), `membership` for a
/// snapshot or `member_prices` for a matrix. For a snapshot `symbol` is the index, the counts
/// are members, `removed` counts stored members the new list lacks, and both dates are the
/// snapshot's date. For a matrix `symbol` is `null`, `tickers` is the number of ticker columns
/// and the counts are price rows (ticker-days) summed over all tickers. The contract's keys are
/// always present (`symbol: null` for a matrix, dates `null` when nothing was read); `removed`
/// and `tickers` only where they apply.
public struct BatchImportReport: Sendable, Equatable, Codable {
    public var kind: String
    @ExplicitNull public var symbol: String? = nil
    public var file: String
    public var added: Int
    public var updated: Int
    public var unchanged: Int
    public var removed: Int?
    public var tickers: Int?
    @ExplicitNull public var firstDate: TradingDay? = nil
    @ExplicitNull public var lastDate: TradingDay? = nil

    public init(kind: String, symbol: String?, file: String, added: Int, updated: Int, unchanged: Int,
                removed: Int? = nil, tickers: Int? = nil, firstDate: TradingDay?, lastDate: TradingDay?) {
        self.kind = kind
        self.symbol = symbol
        self.file = file
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
        self.tickers = tickers
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// A series import's report with its kind.
    public init(_ report: ImportReport, kind: SeriesKind) {
        self.init(kind: kind.rawValue, symbol: report.symbol, file: report.file, added: report.added,
                  updated: report.updated, unchanged: report.unchanged, firstDate: report.firstDate,
                  lastDate: report.lastDate)
    }

    enum CodingKeys: String, CodingKey {
        case kind, symbol, file, added, updated, unchanged, removed, tickers
        case firstDate = "first_date"
        case lastDate = "last_date"
    }
}

/// One stored snapshot, for `rotation symbols`.
///
/// `weight` is summed here, in one defined order (tickers byte-wise ascending, plain double
/// additions), from the stored weights: SQLite's `SUM` compensates rounding and PostgreSQL's sums
/// `NUMERIC` exactly, so the databases' own sums differ in the last bits between stores.
public struct SnapshotSummary: Sendable, Equatable, Codable {
    public var index: String
    public var date: TradingDay
    public var members: Int
    /// Σ weights of the members (fractions): how much of the fund the list covers.
    public var weight: Double

    public init(index: String, date: TradingDay, members: Int, weight: Double) {
        self.index = index
        self.date = date
        self.members = members
        self.weight = weight
    }
}

extension SnapshotSummary {
    /// Summaries from stored member rows sorted by index, day and ticker (byte-wise); a row with
    /// a `nil` weight stands for a snapshot without members.
    public static func summarize(_ rows: some Sequence<(index: String, day: TradingDay, weight: Double?)>) -> [SnapshotSummary] {
        var summaries: [SnapshotSummary] = []
        for row in rows {
            if summaries.last?.index != row.index || summaries.last?.date != row.day {
                summaries.append(SnapshotSummary(index: row.index, date: row.day, members: 0, weight: 0))
            }
            guard let weight = row.weight else { continue }
            summaries[summaries.count - 1].members += 1
            summaries[summaries.count - 1].weight += weight
        }
        return summaries
    }
}
