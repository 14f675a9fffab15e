/// Daily bars of one symbol, stored column by column, sorted by day, one row per day.
///
/// A missing value (an empty field in the source) is `nil` through the accessors and
/// `.nan` in the raw columns: inputs containing NaN are rejected when read, so `.nan` in a
/// column always means "the source had no value". Use `value(_:at:)` outside hot loops.
public struct DailyBars: Sendable, Equatable {
    public var symbol: String
    public private(set) var days: [TradingDay]
    public private(set) var open: [Double]
    public private(set) var high: [Double]
    public private(set) var low: [Double]
    public private(set) var close: [Double]
    public private(set) var adjClose: [Double]
    public private(set) var volume: [Double]

    /// Columns must have the same length as `days`; `days` must be strictly ascending.
    public init(symbol: String, days: [TradingDay], open: [Double], high: [Double], low: [Double],
                close: [Double], adjClose: [Double], volume: [Double]) {
        precondition([open.count, high.count, low.count, close.count, adjClose.count, volume.count]
            .allSatisfy { $0 == days.count }, "DailyBars columns differ in length")
        precondition(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "DailyBars days must be strictly ascending")
        self.symbol = symbol
        self.days = days
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.adjClose = adjClose
        self.volume = volume
    }

    /// An empty set of bars.
    public init(symbol: String) {
        self.init(symbol: symbol, days: [], open: [], high: [], low: [], close: [], adjClose: [], volume: [])
    }

    public var count: Int { days.count }
    public var isEmpty: Bool { days.isEmpty }

    /// The column for a field.
    public func column(_ field: BarField) -> [Double] {
        switch field {
        case .open: open
        case .high: high
        case .low: low
        case .close: close
        case .adjClose: adjClose
        case .volume: volume
        }
    }

    /// The value of `field` on row `index`, or `nil` when the source had none.
    public func value(_ field: BarField, at index: Int) -> Double? {
        let v = column(field)[index]
        return v.isNaN ? nil : v
    }

    /// The closing column for a basis: `close` for price, `adj_close` for total return.
    ///
    /// When the file has no `adj_close` value on any row (index levels, Stooq exports), the
    /// total basis uses `close`: the data has no dividend information, so both bases coincide
    /// (`hasAdjustedClose` tells which applied). Otherwise a row missing `adj_close` is missing
    /// on the total basis too; the two columns are never mixed row by row.
    public func closes(basis: PriceBasis) -> [Double] {
        basis == .price || !hasAdjustedClose ? close : adjClose
    }

    /// True when at least one row has an `adj_close` value.
    public var hasAdjustedClose: Bool { adjClose.contains { !$0.isNaN } }

    /// The index of the last row on or before `day`, or `nil` if every row is later.
    public func lastIndex(onOrBefore day: TradingDay) -> Int? {
        days.lastIndex(onOrBefore: day)
    }

    /// Rows whose day lies in `range` (inclusive bounds).
    public func slice(from start: TradingDay?, through end: TradingDay?) -> DailyBars {
        let lower = start.map { days.firstIndex(onOrAfter: $0) } ?? 0
        let upper = end.map { (days.lastIndex(onOrBefore: $0) ?? -1) + 1 } ?? days.count
        guard lower < upper else { return DailyBars(symbol: symbol) }
        let r = lower..<upper
        return DailyBars(symbol: symbol, days: Array(days[r]), open: Array(open[r]), high: Array(high[r]),
                         low: Array(low[r]), close: Array(close[r]), adjClose: Array(adjClose[r]),
                         volume: Array(volume[r]))
    }
}

/// A column of `DailyBars`, named as in the contract's CSV header.
public enum BarField: String, Sendable, CaseIterable, Codable {
    case open, high, low, close
    case adjClose = "adj_close"
    case volume
}

extension Array where Element == TradingDay {
    /// Binary search in an ascending array: the last index whose day is ≤ `day`.
    public func lastIndex(onOrBefore day: TradingDay) -> Int? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] <= day { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// Binary search in an ascending array: the first index whose day is ≥ `day` (`count` if none).
    public func firstIndex(onOrAfter day: TradingDay) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
