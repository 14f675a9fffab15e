/// A dated series of one value per day (a return series, a factor, a rate, or one column of
/// bars), sorted by day, one value per day. Missing values are not stored.
public struct Series: Sendable, Equatable {
    public var name: String
    public var kind: SeriesKind
    public private(set) var days: [TradingDay]
    public private(set) var values: [Double]

    /// `days` must be strictly ascending and as long as `values`.
    public init(name: String, kind: SeriesKind, days: [TradingDay], values: [Double]) {
        precondition(days.count == values.count, "Series days and values differ in length")
        precondition(zip(days, days.dropFirst()).allSatisfy { $0 < $1 }, "Series days must be strictly ascending")
        self.name = name
        self.kind = kind
        self.days = days
        self.values = values
    }

    public var count: Int { days.count }
    public var isEmpty: Bool { days.isEmpty }
}

extension DailyBars {
    /// The closes on a basis as a `Series`, dropping days where that column is missing.
    public func closeSeries(basis: PriceBasis) -> Series {
        let column = closes(basis: basis)
        var d: [TradingDay] = []
        var v: [Double] = []
        d.reserveCapacity(count)
        v.reserveCapacity(count)
        for i in 0..<count where !column[i].isNaN {
            d.append(days[i])
            v.append(column[i])
        }
        return Series(name: symbol, kind: .price, days: d, values: v)
    }
}

extension Series {
    /// The rows whose value is not NaN.
    public var presentOnly: Series {
        let keep = values.indices.filter { !values[$0].isNaN }
        return Series(name: name, kind: kind, days: keep.map { days[$0] }, values: keep.map { values[$0] })
    }
}
