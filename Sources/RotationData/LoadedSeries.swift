import RotationCore

/// What one input file (or one column of it) holds: daily bars or a dated value series.
public enum LoadedSeries: Sendable, Equatable {
    case bars(DailyBars)
    case series(Series)

    /// The symbol (bars) or name (series) it will be stored under.
    public var symbol: String {
        switch self {
        case .bars(let bars): bars.symbol
        case .series(let series): series.name
        }
    }

    /// The kind of series it is.
    public var kind: SeriesKind {
        switch self {
        case .bars: .price
        case .series(let series): series.kind
        }
    }

    /// Number of dated rows.
    public var count: Int {
        switch self {
        case .bars(let bars): bars.count
        case .series(let series): series.count
        }
    }

    /// First and last day, or `nil` when empty.
    public var dateRange: ClosedRange<TradingDay>? {
        let days: [TradingDay]
        switch self {
        case .bars(let bars): days = bars.days
        case .series(let series): days = series.days
        }
        guard let first = days.first, let last = days.last else { return nil }
        return first...last
    }
}

/// One file's contribution to an import: where it came from and what it holds.
public struct ImportItem: Sendable {
    /// The file as the user named it.
    public var file: String
    /// FNV-1a 64-bit hash of the file's bytes, hex (see `ContentHash`).
    public var contentHash: String
    public var payload: LoadedSeries

    public init(file: String, contentHash: String, payload: LoadedSeries) {
        self.file = file
        self.contentHash = contentHash
        self.payload = payload
    }
}

/// What an import did to one symbol: the contract's `imports[]` element.
public struct ImportReport: Sendable, Equatable, Codable {
    public var symbol: String
    public var file: String
    /// Rows for days the store did not hold.
    public var added: Int
    /// Rows for days the store held with different values (revised vendor history).
    public var updated: Int
    /// Rows identical to what the store held.
    public var unchanged: Int
    public var firstDate: TradingDay?
    public var lastDate: TradingDay?

    public init(symbol: String, file: String, added: Int, updated: Int, unchanged: Int,
                firstDate: TradingDay?, lastDate: TradingDay?) {
        self.symbol = symbol
        self.file = file
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    enum CodingKeys: String, CodingKey {
        case symbol, file, added, updated, unchanged
        case firstDate = "first_date"
        case lastDate = "last_date"
    }
}

/// One line of `rotation symbols`.
public struct SymbolSummary: Sendable, Equatable, Codable {
    public var symbol: String
    public var kind: SeriesKind
    public var firstDate: TradingDay?
    public var lastDate: TradingDay?
    public var rows: Int
    /// True for member prices: a price series with no `close` at all, only the `adj_close` a
    /// member price matrix writes. `rotation symbols` lists these apart from the user's series.
    public var memberPrices: Bool

    public init(symbol: String, kind: SeriesKind, firstDate: TradingDay?, lastDate: TradingDay?, rows: Int,
                memberPrices: Bool = false) {
        self.symbol = symbol
        self.kind = kind
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.rows = rows
        self.memberPrices = memberPrices
    }

    enum CodingKeys: String, CodingKey {
        case symbol, kind, rows
        case firstDate = "first_date"
        case lastDate = "last_date"
        case memberPrices = "member_prices"
    }

    /// Decodes documents written before `member_prices` existed as well (absent = false).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(symbol: try container.decode(String.self, forKey: .symbol),
                  kind: try container.decode(SeriesKind.self, forKey: .kind),
                  firstDate: try container.decodeIfPresent(TradingDay.self, forKey: .firstDate),
                  lastDate: try container.decodeIfPresent(TradingDay.self, forKey: .lastDate),
                  rows: try container.decode(Int.self, forKey: .rows),
                  memberPrices: try container.decodeIfPresent(Bool.self, forKey: .memberPrices) ?? false)
    }
}
