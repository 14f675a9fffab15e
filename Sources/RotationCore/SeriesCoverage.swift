/// What one series of an answer stands on: the last day it has a value on or before the answer's
/// as-of day, whether that is earlier than the as-of day, and the basis its returns are really on.
///
/// JSON `{symbol, last_date, ends_before_as_of, basis}`. Answers that put several series side by
/// side (`perf`, `relative`, `rrg`) carry one per series under `series`, with `notes` saying in
/// words what a reader would otherwise miss: a series whose data end before the as-of day (its
/// figures stand on an earlier day than the others'), and a `--total-return` series without
/// dividend data (`adj_close` equal to `close`), whose return is a price return (issue 16,
/// cases 3 and 4).
public struct SeriesCoverage: Sendable, Equatable, Codable {
    public var symbol: String
    /// The last day with a value on or before the as-of day; `nil` when there is none.
    @ExplicitNull public var lastDate: TradingDay? = nil
    /// True when `lastDate` is earlier than the answer's as-of day (or missing).
    public var endsBeforeAsOf: Bool
    /// `total` only when total return was asked for and the series has dividend data.
    public var basis: PriceBasis
    /// True when total return was asked for but the series has no dividend data.
    public var priceReturnOnly: Bool

    public init(symbol: String, lastDate: TradingDay?, endsBeforeAsOf: Bool, basis: PriceBasis, priceReturnOnly: Bool = false) {
        self.symbol = symbol
        self.lastDate = lastDate
        self.endsBeforeAsOf = endsBeforeAsOf
        self.basis = basis
        self.priceReturnOnly = priceReturnOnly
    }

    enum CodingKeys: String, CodingKey {
        case symbol, basis
        case lastDate = "last_date", endsBeforeAsOf = "ends_before_as_of", priceReturnOnly = "price_return_only"
    }

    /// The coverage of `values` (NaN = missing) on `days` as of `asOf`.
    public static func of(symbol: String, days: [TradingDay], values: [Double], asOf: TradingDay,
                          requested: PriceBasis, hasDividendData: Bool) -> SeriesCoverage {
        var i = days.lastIndex(onOrBefore: asOf) ?? -1
        while i >= 0 && values[i].isNaN { i -= 1 }
        let last = i >= 0 ? days[i] : nil
        let priceOnly = requested == .total && !hasDividendData
        return SeriesCoverage(symbol: symbol, lastDate: last, endsBeforeAsOf: last.map { $0 < asOf } ?? true,
                              basis: priceOnly ? .price : requested, priceReturnOnly: priceOnly)
    }

    /// The sentence a reader needs, if any: `NDX: data end 2026-02-06, before the as-of day
    /// 2026-08-21, so its figures stand on 2026-02-06` and/or `QQQ: adj_close equals close (no
    /// dividend data), so its total return is a price return`.
    public func notes(asOf: TradingDay) -> [String] {
        var notes: [String] = []
        if endsBeforeAsOf {
            if let lastDate {
                notes.append("\(symbol): data end \(lastDate), before the as-of day \(asOf), so its figures stand on \(lastDate)")
            } else {
                notes.append("\(symbol): no data on or before the as-of day \(asOf)")
            }
        }
        if priceReturnOnly {
            notes.append("\(symbol): adj_close equals close (no dividend data), so its total return is a price return")
        }
        return notes
    }
}

/// The `series` and `notes` keys of an answer that carries coverage (written only when `series`
/// is not empty, so documents built without it keep their old shape).
public struct CoverageKeys: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
    public static let series = CoverageKeys(stringValue: "series")
    public static let notes = CoverageKeys(stringValue: "notes")

    /// Writes `series` and `notes` into `encoder`'s keyed container.
    public static func encode(_ series: [SeriesCoverage], notes: [String], to encoder: any Encoder) throws {
        guard !series.isEmpty else { return }
        var c = encoder.container(keyedBy: CoverageKeys.self)
        try c.encode(series, forKey: .series)
        try c.encode(notes, forKey: .notes)
    }
}

extension DailyBars {
    /// True when some row has an `adj_close` that differs from its `close`: the vendor's
    /// adjusted series carries dividends (or splits). Indexes and Stooq files repeat the close.
    public var hasDividendData: Bool {
        for i in days.indices where !adjClose[i].isNaN && !close[i].isNaN && adjClose[i] != close[i] {
            return true
        }
        return false
    }
}
