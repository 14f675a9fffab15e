/// Daily closes of an index's members, column by column: one shared days axis and one close
/// column per ticker, `.nan` where the ticker has no close that day (not yet listed,
/// delisted, or a gap in the source).
///
/// The layout is column-major so that breadth indicators run one contiguous pass per ticker.
public struct MemberPanel: Sendable, Equatable {
    /// Trading days, strictly ascending: the rows of every column.
    public let days: [TradingDay]
    /// Tickers in column order.
    public let tickers: [String]
    /// `closes[j][i]` is ticker `j`'s close on `days[i]`, `.nan` when missing.
    public let closes: [[Double]]
    /// Column of each ticker.
    public let columnIndex: [String: Int]

    /// Every column must be as long as `days`; `days` must be strictly ascending and the
    /// tickers unique (programmer errors, checked with preconditions).
    public init(days: [TradingDay], tickers: [String], closes: [[Double]]) {
        precondition(tickers.count == closes.count, "MemberPanel needs one close column per ticker")
        precondition(closes.allSatisfy { $0.count == days.count }, "MemberPanel columns differ in length")
        precondition(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "MemberPanel days must be strictly ascending")
        var index: [String: Int] = [:]
        index.reserveCapacity(tickers.count)
        for (j, ticker) in tickers.enumerated() {
            precondition(index.updateValue(j, forKey: ticker) == nil, "MemberPanel ticker \(ticker) appears twice")
        }
        self.days = days
        self.tickers = tickers
        self.closes = closes
        self.columnIndex = index
    }

    /// A panel from separate per-ticker close series (e.g. a directory of price files), on the
    /// union of their days, `.nan` where a ticker has no close. Each series' days must be
    /// strictly ascending and as long as its closes; a later duplicate ticker replaces an earlier.
    public init(aligning columns: [(ticker: String, days: [TradingDay], closes: [Double])]) {
        var unique: [String: Int] = [:]
        var kept: [(ticker: String, days: [TradingDay], closes: [Double])] = []
        for column in columns {
            precondition(column.days.count == column.closes.count, "days and closes differ in length")
            if let k = unique[column.ticker] { kept[k] = column } else { unique[column.ticker] = kept.count; kept.append(column) }
        }
        let days = Set(kept.flatMap(\.days)).sorted()
        var row: [TradingDay: Int] = [:]
        for (i, day) in days.enumerated() { row[day] = i }
        let closes = kept.map { column in
            var values = [Double](repeating: .nan, count: days.count)
            for (day, close) in zip(column.days, column.closes) { values[row[day]!] = close }
            return values
        }
        self.init(days: days, tickers: kept.map(\.ticker), closes: closes)
    }

    /// Number of days (rows).
    public var dayCount: Int { days.count }

    /// The close of `ticker` on row `row`, or `nil` when the ticker is unknown or has no close.
    public func close(_ ticker: String, at row: Int) -> Double? {
        guard let j = columnIndex[ticker] else { return nil }
        let value = closes[j][row]
        return value.isNaN ? nil : value
    }
}
